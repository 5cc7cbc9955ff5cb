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
        DiagnosisEntry?[] entries,
        SecondaryDiagnosisStatus[] statuses,
        List<HacEntry> hacs,
        List<(string Code, ProcedureEntry Entry)> procedures,
        List<ClusterEntry> metClusters)
    {
        var formula = outcome.Formula;
        var error = outcome.ReturnCode != GrouperReturnCode.Ok;
        var drg = error || formula is null ? UngroupableDrg : formula.Drg;
        var mdc = error ? 0 : outcome.Mdc;
        _definitions.Drgs.TryGetValue(drg, out var drgEntry);

        var findings = new SecondaryDiagnosisFinding[entries.Length];
        var hacFindings = new List<HacFinding>();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var status = statuses[i];
            if (status == SecondaryDiagnosisStatus.Counted && formula is not null && !error)
            {
                facts.SeveritySuppression = formula.SeveritySuppression;
                if (facts.IsSuppressed(entry!))
                {
                    status = SecondaryDiagnosisStatus.SuppressedByDrgLogic;
                }

                facts.SeveritySuppression = [];
            }

            List<int>? hacNumbers = null;
            if (entry is not null && hacs.Count > 0 && drgCase.SecondaryDiagnoses[i].Poa.IsNotPresentOnAdmission())
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

            findings[i] = new SecondaryDiagnosisFinding(drgCase.SecondaryDiagnoses[i], entry?.Severity ?? Severity.None, status, hacNumbers ?? (IReadOnlyList<int>)[]);
        }

        var type = drgEntry?.Type ?? DrgType.None;
        return new DrgResult
        {
            Version = _definitions.Version,
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
    private static string? DrivingProcedure(DrgFormula formula, List<(string Code, ProcedureEntry Entry)> procedures, List<ClusterEntry> metClusters)
    {
        var wanted = formula.Formula.PositiveProcedureOperands;
        foreach (var (code, entry) in procedures)
        {
            foreach (var operand in wanted)
            {
                if (entry.Has(operand))
                {
                    return code;
                }
            }
        }

        foreach (var cluster in metClusters)
        {
            foreach (var operand in wanted)
            {
                if (Array.IndexOf(cluster.Operands, operand) >= 0)
                {
                    var codes = procedures.Where(p => cluster.Choices.Any(choice => Array.IndexOf(choice, p.Code) >= 0)).Select(p => p.Code);
                    return $"{string.Join('+', codes)} ({cluster.Id})";
                }
            }
        }

        return null;
    }

    private DrgResult Error(DrgCase drgCase, GrouperReturnCode code, List<GroupingStep> path)
    {
        _definitions.Drgs.TryGetValue(UngroupableDrg, out var drgEntry);
        var findings = new SecondaryDiagnosisFinding[Math.Min(drgCase.SecondaryDiagnoses.Count, DrgCase.MaxSecondaryDiagnoses)];
        for (var i = 0; i < findings.Length; i++)
        {
            var found = _definitions.DiagnosisLookup.TryGetValue(drgCase.SecondaryDiagnoses[i].Code, out var entry);
            findings[i] = new SecondaryDiagnosisFinding(drgCase.SecondaryDiagnoses[i], entry?.Severity ?? Severity.None, found ? SecondaryDiagnosisStatus.NotCc : SecondaryDiagnosisStatus.UnknownCode, []);
        }

        return new DrgResult
        {
            Version = _definitions.Version,
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
