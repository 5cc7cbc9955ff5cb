using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping.IO;

/// <summary>
/// Compares two versions' tables table by table and row by row: the check that compiled tables read back exactly as
/// the tables read from CMS's files (the compiler runs it on its own output).
/// </summary>
/// <remarks>
/// Operands are compared by name, so two tables agree however their operands are numbered; codes, MDCs, severities, CC
/// exclusion lists (as codes), clusters, formulas (text, DRG, reroute, suppression, error code, grouping step), DRG
/// and MDC titles, HACs, discharge statuses and the significant-trauma body sites are compared value by value.
/// </remarks>
internal static class MsDrgDefinitionsComparer
{
    /// <summary>Returns the first difference between two versions' tables, in words, or <see langword="null"/> when they are the same.</summary>
    public static string? FindDifference(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Release;
        var b = actual.Release;
        if (a.System != b.System || a.Version != b.Version || a.Name != b.Name || a.EffectiveFrom != b.EffectiveFrom || a.EffectiveThrough != b.EffectiveThrough)
        {
            return $"the release is {b}, expected {a}";
        }

        return CompareDiagnoses(expected, actual)
            ?? CompareProcedures(expected, actual)
            ?? CompareClusters(expected, actual)
            ?? CompareExclusions(expected, actual)
            ?? CompareTitles(expected, actual)
            ?? CompareFormulas(expected, actual)
            ?? CompareHacs(expected, actual)
            ?? CompareStatuses(expected, actual)
            ?? Compare("the significant-trauma body sites", Names(expected, expected.Computed.TraumaSites), Names(actual, actual.Computed.TraumaSites));
    }

    private static string? CompareDiagnoses(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        var x = expected.Diagnoses;
        var y = actual.Diagnoses;
        if (x.Count != y.Count)
        {
            return $"{y.Count} diagnosis rows, expected {x.Count}";
        }

        for (var row = 0; row < x.Count; row++)
        {
            var e = x[row];
            var g = y[row];
            var what = $"diagnosis row {row} ({e.Code})";
            if (e.Code != g.Code || e.Mdc != g.Mdc || e.MdcIfMale != g.MdcIfMale || e.MdcIfFemale != g.MdcIfFemale || e.Severity != g.Severity || e.ExclusionListId != g.ExclusionListId)
            {
                return $"{what} is {Describe(g)}, expected {Describe(e)}";
            }

            if ((Compare($"{what}: operands", Names(expected, e.Operands), Names(actual, g.Operands))
                ?? Compare($"{what}: HAC numbers", string.Join(",", e.HacNumbers.ToArray()), string.Join(",", g.HacNumbers.ToArray()))) is { } difference)
            {
                return difference;
            }
        }

        return null;

        static string Describe(DiagnosisRow row) =>
            $"{row.Code} MDC {row.Mdc} (male {row.MdcIfMale}, female {row.MdcIfFemale}) {row.Severity} CC exclusion list {row.ExclusionListId}";
    }

    private static string? CompareProcedures(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        var x = expected.Procedures;
        var y = actual.Procedures;
        if (x.Count != y.Count)
        {
            return $"{y.Count} procedure rows, expected {x.Count}";
        }

        for (var row = 0; row < x.Count; row++)
        {
            var e = x[row];
            var g = y[row];
            var what = $"procedure row {row} ({e.Code})";
            if (e.Code != g.Code || e.IsOr != g.IsOr)
            {
                return $"{what} is {g.Code} (O.R. {g.IsOr}), expected {e.Code} (O.R. {e.IsOr})";
            }

            if ((Compare($"{what}: operands", Names(expected, e.Operands), Names(actual, g.Operands))
                ?? Compare($"{what}: clusters", Memberships(expected, e), Memberships(actual, g))) is { } difference)
            {
                return difference;
            }
        }

        return null;

        static string Memberships(MsDrgDefinitions definitions, ProcedureRow row) =>
            string.Join(",", row.Clusters.ToArray().Select(m => $"{definitions.Clusters[m.Cluster].Id}:{m.Choices}"));
    }

    private static string? CompareClusters(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        if (expected.Clusters.Length != actual.Clusters.Length)
        {
            return $"{actual.Clusters.Length} clusters, expected {expected.Clusters.Length}";
        }

        for (var i = 0; i < expected.Clusters.Length; i++)
        {
            var e = expected.Clusters[i];
            var g = actual.Clusters[i];
            if (Compare($"cluster {i}", Describe(expected, e), Describe(actual, g)) is { } difference)
            {
                return difference;
            }
        }

        return null;

        static string Describe(MsDrgDefinitions definitions, ClusterEntry cluster) =>
            $"{cluster.Id} index {cluster.Index} suppression [{string.Join(",", cluster.SuppressionMdcs)}] choices [{string.Join(" | ", cluster.Choices.Select(c => string.Join(",", c)))}] operands [{Names(definitions, cluster.Operands)}]";
    }

    private static string? CompareExclusions(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        var ids = Math.Max(expected.Exclusions.IdCount, actual.Exclusions.IdCount);
        for (var id = 0; id < ids; id++)
        {
            if (Compare($"CC exclusion list {id}", Codes(expected, id), Codes(actual, id)) is { } difference)
            {
                return difference;
            }
        }

        return null;

        static string Codes(MsDrgDefinitions definitions, int id) =>
            string.Join(",", definitions.Exclusions[id].ToArray().Select(row => definitions.Diagnoses[row].Code));
    }

    private static string? CompareTitles(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        for (var drg = 0; drg < expected.Drgs.Length; drg++)
        {
            if (expected.Drgs[drg] != actual.Drgs[drg])
            {
                return $"DRG {drg} is {actual.Drgs[drg]?.ToString() ?? "missing"}, expected {expected.Drgs[drg]?.ToString() ?? "none"}";
            }
        }

        for (var mdc = 0; mdc < expected.MdcTitles.Length; mdc++)
        {
            if (expected.MdcTitles[mdc] != actual.MdcTitles[mdc])
            {
                return $"MDC {mdc} is titled '{actual.MdcTitles[mdc]}', expected '{expected.MdcTitles[mdc]}'";
            }
        }

        return null;
    }

    private static string? CompareFormulas(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        if (expected.FormulaCount != actual.FormulaCount)
        {
            return $"{actual.FormulaCount} formulas, expected {expected.FormulaCount}";
        }

        for (var mdc = 0; mdc < expected.FormulasByMdc.Length; mdc++)
        {
            var x = expected.FormulasByMdc[mdc];
            var y = actual.FormulasByMdc[mdc];
            if (x.Length != y.Length)
            {
                return $"MDC {mdc} has {y.Length} formulas, expected {x.Length}";
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (Compare($"MDC {mdc} formula {i}", Describe(expected, x[i]), Describe(actual, y[i])) is { } difference)
                {
                    return difference;
                }
            }
        }

        return null;

        static string Describe(MsDrgDefinitions definitions, DrgFormula row) =>
            $"rank {row.Rank} drg {row.Drg} reroute {row.RerouteMdc} error {row.ErrorCode} suppression [{Names(definitions, row.SeveritySuppression)}] '{row.Text}' tests [{Names(definitions, row.Formula.Root.Atoms().Select(a => a.Operand).ToArray())}] step {row.Step}";
    }

    private static string? CompareHacs(MsDrgDefinitions expected, MsDrgDefinitions actual)
    {
        if (expected.Hacs.Length != actual.Hacs.Length)
        {
            return $"{actual.Hacs.Length} HACs, expected {expected.Hacs.Length}";
        }

        for (var i = 0; i < expected.Hacs.Length; i++)
        {
            var e = expected.Hacs[i];
            var g = actual.Hacs[i];
            if (Compare(
                $"HAC {i}",
                $"{e.Number} '{e.Title}' '{e.Text}' {expected.Operands.Name(e.DiagnosisOperand)}",
                $"{g.Number} '{g.Title}' '{g.Text}' {actual.Operands.Name(g.DiagnosisOperand)}") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? CompareStatuses(MsDrgDefinitions expected, MsDrgDefinitions actual) =>
        Compare("the valid discharge statuses", Statuses(expected), Statuses(actual));

    private static string Statuses(MsDrgDefinitions definitions) =>
        string.Join(",", Enumerable.Range(0, definitions.ValidDischargeStatuses.Length).Where(definitions.IsValidDischargeStatus));

    private static string Names(MsDrgDefinitions definitions, ReadOnlySpan<int> operands)
    {
        var names = new string[operands.Length];
        for (var i = 0; i < operands.Length; i++)
        {
            names[i] = definitions.Operands.Name(operands[i]);
        }

        return string.Join(",", names);
    }

    private static string? Compare(string what, string expected, string actual) =>
        string.Equals(expected, actual, StringComparison.Ordinal) ? null : $"{what} is '{actual}', expected '{expected}'";
}
