using MedCoding.CodeSets;
using MedCoding.Grouping.Formulas;
using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping;

/// <summary>Turns the outcome of the formulas into a <see cref="DrgResult"/> a coder can read.</summary>
internal sealed partial class CaseGrouper
{
    private DrgResult BuildResult(
        DrgCase drgCase,
        CaseFacts facts,
        Outcome outcome,
        List<GroupingStep> path,
        DiagnosisRow[] entries,
        SecondaryDiagnosisStatus[] statuses,
        List<HacEntry> hacs,
        List<ProcedureRow> procedures,
        List<ClusterEntry> metClusters)
    {
        var formula = outcome.Formula;
        var error = outcome.ReturnCode != GrouperReturnCode.Ok;
        var drg = error || formula is null ? UngroupableDrg : formula.Drg;
        var mdc = error ? 0 : outcome.Mdc;
        var drgEntry = _definitions.FindDrg(drg);

        var findings = new SecondaryDiagnosisFinding[entries.Length];
        var hacFindings = new List<HacFinding>();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var status = statuses[i];
            if (status == SecondaryDiagnosisStatus.Counted && formula is not null && !error)
            {
                facts.SeveritySuppression = formula.SeveritySuppression;
                if (facts.IsSuppressed(entry))
                {
                    status = SecondaryDiagnosisStatus.SuppressedByDrgLogic;
                }

                facts.SeveritySuppression = [];
            }

            List<int>? hacNumbers = null;
            if (entry.Exists && hacs.Count > 0 && drgCase.SecondaryDiagnoses[i].Poa.IsNotPresentOnAdmission())
            {
                foreach (var hac in hacs)
                {
                    if (entry.Has(hac.DiagnosisOperand))
                    {
                        (hacNumbers ??= []).Add(hac.Number);
                        hacFindings.Add(new HacFinding(hac.Number, hac.Title, entry.Code));
                    }
                }
            }

            findings[i] = new SecondaryDiagnosisFinding(drgCase.SecondaryDiagnoses[i], entry.Exists ? entry.Severity : CcSeverity.None, status, hacNumbers ?? (IReadOnlyList<int>)[]);
        }

        var type = drgEntry?.Type ?? DrgType.None;
        return new DrgResult
        {
            Release = _definitions.Release,
            Drg = drg,
            DrgTitle = drgEntry?.Title ?? "",
            Type = type,
            Mdc = mdc,
            MdcTitle = _definitions.MdcTitle(mdc),
            PrincipalDiagnosisMdc = outcome.PrincipalDiagnosisMdc,
            ReturnCode = outcome.ReturnCode,
            SecondaryDiagnoses = findings,
            DrivingProcedure = type == DrgType.Surgical && formula is not null ? DrivingProcedure(formula, procedures, metClusters) : null,
            Hacs = hacFindings,
            Path = path,
        };
    }

    /// <summary>Returns the first procedure, in claim order, that carries an operand the DRG's formula tests; else the codes of a met cluster that does.</summary>
    private static string? DrivingProcedure(DrgFormula formula, List<ProcedureRow> procedures, List<ClusterEntry> metClusters)
    {
        var wanted = formula.Formula.PositiveProcedureOperands;
        foreach (var entry in procedures)
        {
            foreach (var operand in wanted)
            {
                if (entry.Has(operand))
                {
                    return entry.Code;
                }
            }
        }

        foreach (var cluster in metClusters)
        {
            foreach (var operand in wanted)
            {
                if (Array.IndexOf(cluster.Operands, operand) >= 0)
                {
                    var codes = procedures.Where(p => p.IsInCluster(cluster.Index)).Select(p => p.Code);
                    return $"{string.Join('+', codes)} ({cluster.Id})";
                }
            }
        }

        return null;
    }

    private DrgResult Error(DrgCase drgCase, GrouperReturnCode code, List<GroupingStep> path)
    {
        var drgEntry = _definitions.FindDrg(UngroupableDrg);
        var findings = new SecondaryDiagnosisFinding[Math.Min(drgCase.SecondaryDiagnoses.Count, DrgCase.MaxSecondaryDiagnoses)];
        for (var i = 0; i < findings.Length; i++)
        {
            var entry = _definitions.Diagnoses.Find(drgCase.SecondaryDiagnoses[i].Code);
            findings[i] = new SecondaryDiagnosisFinding(drgCase.SecondaryDiagnoses[i], entry.Exists ? entry.Severity : CcSeverity.None, entry.Exists ? SecondaryDiagnosisStatus.NotCc : SecondaryDiagnosisStatus.UnknownCode, []);
        }

        return new DrgResult
        {
            Release = _definitions.Release,
            Drg = UngroupableDrg,
            DrgTitle = drgEntry?.Title ?? "",
            Type = DrgType.None,
            Mdc = 0,
            MdcTitle = "",
            PrincipalDiagnosisMdc = 0,
            ReturnCode = code,
            SecondaryDiagnoses = findings,
            DrivingProcedure = null,
            Hacs = [],
            Path = path,
        };
    }
}
