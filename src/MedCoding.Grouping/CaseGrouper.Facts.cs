using MedCoding.CodeSets;
using MedCoding.Grouping.Formulas;
using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping;

/// <summary>Builds a case's facts: procedure and cluster operands, computed operands, HACs and the CC/MCC that count.</summary>
internal sealed partial class CaseGrouper
{
    private List<ProcedureRow> ReadProcedures(DrgCase drgCase, CaseFacts facts, out List<ClusterEntry> metClusters)
    {
        var codes = drgCase.Procedures;
        var count = Math.Min(codes.Count, DrgCase.MaxProcedures);
        var procedures = new List<ProcedureRow>(count);
        metClusters = [];
        for (var i = 0; i < count; i++)
        {
            var entry = _definitions.Procedures.Find(codes[i]);
            if (entry.Exists)
            {
                procedures.Add(entry);
                facts.Procedure.AddAll(entry.Operands);
            }
        }

        // A cluster is met when the case's codes cover each of its choices: gather the choice bits per cluster.
        var covered = facts.ClusterChoicesCovered;
        foreach (var entry in procedures)
        {
            foreach (var membership in entry.Clusters)
            {
                covered[membership.Cluster] = covered.GetValueOrDefault(membership.Cluster) | membership.Choices;
            }
        }

        foreach (var (index, choices) in covered)
        {
            var cluster = _definitions.Clusters[index];
            if (choices == cluster.AllChoices)
            {
                metClusters.Add(cluster);
                facts.Procedure.AddAll(cluster.Operands);
            }
        }

        return procedures;
    }

    private void SetComputedOperands(DrgCase drgCase, CaseFacts facts, DiagnosisRow pdx, int pdxMdc, bool invalidSex, List<ProcedureRow> procedures)
    {
        var set = facts.Procedure;
        var c = _computed;
        set.Add(c.AnyDx);
        set.Add(c.Mdc[pdxMdc]);
        set.Add(drgCase.DischargeStatus == Expired ? c.Died : c.Alive);
        if (drgCase.DischargeStatus == DischargedAma)
        {
            set.Add(c.Ama);
        }

        // Transferred to another acute care facility (DRG 789): 02 short-term hospital and 05 cancer or children's
        // hospital are confirmed by the expected cases; 66 critical access hospital and their planned-readmission
        // twins 82, 85, 94 follow CMS's transfer policy and are not exercised by them.
        if (drgCase.DischargeStatus is 2 or 5 or 66 or 82 or 85 or 94)
        {
            set.Add(c.TransferredToAcute);
        }

        if (!_definitions.IsValidDischargeStatus(drgCase.DischargeStatus))
        {
            set.Add(c.InvalidDischargeStatus);
        }

        if (invalidSex)
        {
            set.Add(c.InvalidSex);
        }

        if (pdx.Has(c.ECode))
        {
            set.Add(c.PdxECode);
        }

        if (set.Contains(c.ExtensiveOr) || set.Contains(c.NonExtensiveOr))
        {
            set.Add(c.OrProcedure);
        }

        // Bilateral or multiple major joints of the lower extremity: two or more different joints (hip, knee, ankle, each side).
        var joints = 0;
        foreach (var joint in c.LowerExtremityJoints)
        {
            joints += set.Contains(joint) ? 1 : 0;
        }

        AddWhen(set, c.Bilateral, joints >= 2);

        if (facts.Principal.Contains(c.SignificantTrauma) && CountTraumaSites(facts) >= 2)
        {
            set.Add(c.MultipleSignificantTrauma);
        }

        int stents = 0, vessels = 0, anterior = 0, posterior = 0, posterior1 = 0, anteriorSection = 0;
        foreach (var entry in procedures)
        {
            stents += Level(entry, c.Stents);
            vessels += Level(entry, c.Vessels);
            anterior += entry.Has(c.SingleAnteriorFusion) ? 1 : 0;
            posterior += entry.Has(c.SinglePosteriorFusion) ? 1 : 0;
            posterior1 += entry.Has(c.SinglePosteriorFusion1) ? 1 : 0;
            anteriorSection += entry.Has(c.SingleAnteriorSectionFusion) ? 1 : 0;
        }

        AddWhen(set, c.FourStents, stents >= 4);
        AddWhen(set, c.FourVessels, vessels >= 4);
        AddWhen(set, c.SingleAnteriorCounter, anterior >= 2);
        AddWhen(set, c.SinglePosteriorFusionCounter, posterior >= 2);
        AddWhen(set, c.SinglePosterior1Counter, posterior1 >= 2);
        AddWhen(set, c.SingleAnteriorSectionCounter, anteriorSection >= 2);
        AddWhen(set, c.SingleFusionCounter, (anterior >= 2 && posterior >= 1) || (anterior >= 1 && posterior >= 2));
    }

    private int CountTraumaSites(CaseFacts facts)
    {
        var sites = 0;
        foreach (var site in _computed.TraumaSites)
        {
            if (HasSignificantTraumaAt(facts.PrincipalEntry, site) || AnyHasSignificantTraumaAt(facts.SecondaryEntries, site))
            {
                sites++;
            }
        }

        return sites;
    }

    private bool AnyHasSignificantTraumaAt(List<DiagnosisRow> entries, int site)
    {
        foreach (var entry in entries)
        {
            if (HasSignificantTraumaAt(entry, site))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasSignificantTraumaAt(DiagnosisRow entry, int site) => entry.Has(site) && entry.Has(_computed.SignificantTrauma);

    private static int Level(ProcedureRow entry, int[] levels)
    {
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            if (entry.Has(levels[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static void AddWhen(OperandSet set, int operand, bool condition)
    {
        if (condition)
        {
            set.Add(operand);
        }
    }

    /// <summary>Returns the HACs the case meets; their formulas' <c>SDX:</c> atoms see only secondaries not present on admission.</summary>
    private List<HacEntry> MetHacs(CaseFacts facts)
    {
        var met = new List<HacEntry>();
        if (facts.SecondaryNotPresentOnAdmission.Count == 0)
        {
            return met;
        }

        facts.SecondaryInScope = facts.SecondaryNotPresentOnAdmission;
        foreach (var hac in _definitions.Hacs)
        {
            if (hac.Formula.Evaluate(facts))
            {
                met.Add(hac);
            }
        }

        facts.SecondaryInScope = facts.Secondary;
        return met;
    }

    private SecondaryDiagnosisStatus[] ClassifySecondaries(DrgCase drgCase, CaseFacts facts, DiagnosisRow pdx, DiagnosisRow[] entries, List<HacEntry> hacs)
    {
        var statuses = new SecondaryDiagnosisStatus[entries.Length];
        var excluded = _definitions.Exclusions[pdx.ExclusionListId];
        var died = drgCase.DischargeStatus == Expired;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (!entry.Exists)
            {
                statuses[i] = SecondaryDiagnosisStatus.UnknownCode;
            }
            else if (entry.Severity == CcSeverity.None)
            {
                statuses[i] = SecondaryDiagnosisStatus.NotCc;
            }
            else if (excluded.BinarySearch(entry.Row) >= 0)
            {
                statuses[i] = SecondaryDiagnosisStatus.ExcludedByPrincipalDiagnosis;
            }
            else if (died && entry.Has(_computed.MccAlive))
            {
                statuses[i] = SecondaryDiagnosisStatus.ExcludedPatientDied;
            }
            else if (drgCase.SecondaryDiagnoses[i].Poa.IsNotPresentOnAdmission() && MeetsHac(entry, hacs))
            {
                statuses[i] = SecondaryDiagnosisStatus.ExcludedHospitalAcquired;
            }
            else
            {
                statuses[i] = SecondaryDiagnosisStatus.Counted;
                facts.AddCounted(entry, entry.Severity);
            }
        }

        return statuses;
    }

    private static bool MeetsHac(DiagnosisRow entry, List<HacEntry> hacs)
    {
        foreach (var hac in hacs)
        {
            if (entry.Has(hac.DiagnosisOperand))
            {
                return true;
            }
        }

        return false;
    }
}
