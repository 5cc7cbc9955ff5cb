namespace MedCoding.Icd10Pcs.IO;

/// <summary>
/// Compares two ICD-10-PCS releases field by field: entry by entry, table by table (rows and axis values), definition
/// by definition and device aggregation by device aggregation. The check that a compiled file reads back exactly as the
/// release it was written from.
/// </summary>
/// <remarks>The files the tables and definitions were read from are compared by file name: a compiled release keeps only the name.</remarks>
internal static class PcsReleaseComparer
{
    /// <summary>Returns the first difference between two releases, in words, or <see langword="null"/> when they are identical.</summary>
    /// <param name="expected">The release read from the official files.</param>
    /// <param name="actual">The release to check, e.g. read back from a compiled file.</param>
    /// <returns>The first difference, or <see langword="null"/>.</returns>
    public static string? FindDifference(PcsRelease expected, PcsRelease actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Release;
        var b = actual.Release;
        if (a.System != b.System || a.Version != b.Version || a.Name != b.Name || a.EffectiveFrom != b.EffectiveFrom || a.EffectiveThrough != b.EffectiveThrough)
        {
            return $"the release is {b}, expected {a}";
        }

        if (expected.HasOrderFile != actual.HasOrderFile)
        {
            return $"HasOrderFile is {actual.HasOrderFile}, expected {expected.HasOrderFile}";
        }

        return FindEntryDifference(expected, actual)
            ?? FindTablesDifference(expected.Tables, actual.Tables)
            ?? FindDefinitionsDifference(expected.Definitions, actual.Definitions);
    }

    private static string? FindEntryDifference(PcsRelease expected, PcsRelease actual)
    {
        if (expected.Entries.Count != actual.Entries.Count || expected.CodeCount != actual.CodeCount || expected.TableCount != actual.TableCount)
        {
            return $"{actual.Entries.Count} entries ({actual.CodeCount} codes, {actual.TableCount} tables), expected {expected.Entries.Count} ({expected.CodeCount}, {expected.TableCount})";
        }

        for (var i = 0; i < expected.Entries.Count; i++)
        {
            var x = expected.Entries[i];
            var y = actual.Entries[i];
            if (x.Name != y.Name || x.Kind != y.Kind || x.IsBillable != y.IsBillable || x.Title != y.Title || x.ShortTitle != y.ShortTitle || x.Ordinal != y.Ordinal)
            {
                return $"entry {i} is {y.Name} ({y.Kind}, billable {y.IsBillable}, '{y.Title}' / '{y.ShortTitle}', ordinal {y.Ordinal}), expected {x.Name} ({x.Kind}, billable {x.IsBillable}, '{x.Title}' / '{x.ShortTitle}', ordinal {x.Ordinal})";
            }

            if (!ReferenceEquals(actual.Find(y.Name), y))
            {
                return $"entry {i} ({y.Name}) is not what looking it up finds";
            }
        }

        return null;
    }

    private static string? FindTablesDifference(PcsTables? expected, PcsTables? actual)
    {
        if (expected is null || actual is null)
        {
            return (expected is null) == (actual is null) ? null : $"the release {(actual is null ? "lacks" : "has")} the tables, expected {(expected is null ? "none" : "them")}";
        }

        if (expected.Version != actual.Version || expected.Title != actual.Title || Path.GetFileName(expected.SourcePath) != Path.GetFileName(actual.SourcePath))
        {
            return $"the tables are '{actual.Title}' ({actual.Version}, {Path.GetFileName(actual.SourcePath)}), expected '{expected.Title}' ({expected.Version}, {Path.GetFileName(expected.SourcePath)})";
        }

        if (expected.Tables.Count != actual.Tables.Count || expected.RowCount != actual.RowCount || expected.CodeCount != actual.CodeCount)
        {
            return $"{actual.Tables.Count} tables, {actual.RowCount} rows, {actual.CodeCount} codes, expected {expected.Tables.Count}, {expected.RowCount}, {expected.CodeCount}";
        }

        for (var t = 0; t < expected.Tables.Count; t++)
        {
            var x = expected.Tables[t];
            var y = actual.Tables[t];
            if (x.Prefix != y.Prefix || x.LineNumber != y.LineNumber || x.Section != y.Section || x.BodySystem != y.BodySystem || x.RootOperation != y.RootOperation || x.Rows.Count != y.Rows.Count)
            {
                return $"table {t} is {y} (line {y.LineNumber}, {y.Rows.Count} rows, definition '{y.Definition}'), expected {x} (line {x.LineNumber}, {x.Rows.Count} rows, definition '{x.Definition}')";
            }

            if (!ReferenceEquals(actual.FindTable(y.Prefix), y))
            {
                return $"table {t} ({y.Prefix}) is not what looking it up finds";
            }

            for (var r = 0; r < x.Rows.Count; r++)
            {
                var xr = x.Rows[r];
                var yr = y.Rows[r];
                if (xr.Index != yr.Index || xr.LineNumber != yr.LineNumber || !ReferenceEquals(yr.Table, y))
                {
                    return $"row {r} of table {x.Prefix} is row {yr.Index} at line {yr.LineNumber}, expected row {xr.Index} at line {xr.LineNumber}";
                }

                for (var axis = PcsAxis.BodyPart; axis <= PcsAxis.Qualifier; axis++)
                {
                    if (!xr.GetValues(axis).SequenceEqual(yr.GetValues(axis)))
                    {
                        return $"row {r} of table {x.Prefix} has at position {(int)axis} {Describe(yr.GetValues(axis))}, expected {Describe(xr.GetValues(axis))}";
                    }
                }
            }
        }

        return null;
    }

    private static string? FindDefinitionsDifference(PcsDefinitions? expected, PcsDefinitions? actual)
    {
        if (expected is null || actual is null)
        {
            return (expected is null) == (actual is null) ? null : $"the release {(actual is null ? "lacks" : "has")} the definitions, expected {(expected is null ? "none" : "them")}";
        }

        if (expected.Version != actual.Version || expected.Title != actual.Title || Path.GetFileName(expected.SourcePath) != Path.GetFileName(actual.SourcePath))
        {
            return $"the definitions are '{actual.Title}' ({actual.Version}, {Path.GetFileName(actual.SourcePath)}), expected '{expected.Title}' ({expected.Version}, {Path.GetFileName(expected.SourcePath)})";
        }

        if (expected.Definitions.Count != actual.Definitions.Count || expected.DeviceAggregates.Count != actual.DeviceAggregates.Count)
        {
            return $"{actual.Definitions.Count} definitions and {actual.DeviceAggregates.Count} device aggregations, expected {expected.Definitions.Count} and {expected.DeviceAggregates.Count}";
        }

        for (var i = 0; i < expected.Definitions.Count; i++)
        {
            var x = expected.Definitions[i];
            var y = actual.Definitions[i];
            if (Describe(x) != Describe(y))
            {
                return $"definition {i} is {Describe(y)}, expected {Describe(x)}";
            }

            if (!ReferenceEquals(actual.Find(y.Section, y.Axis, y.Titles[0]), y))
            {
                return $"definition {i} ({y.Titles[0]}) is not what looking it up finds";
            }
        }

        for (var i = 0; i < expected.DeviceAggregates.Count; i++)
        {
            var x = expected.DeviceAggregates[i];
            var y = actual.DeviceAggregates[i];
            if (x.Device != y.Device || x.Operation != y.Operation || !x.BodySystems.SequenceEqual(y.BodySystems) || x.ParentCharacter != y.ParentCharacter || x.Parent != y.Parent)
            {
                return $"device aggregation {i} is {y}, expected {x}";
            }
        }

        return null;
    }

    /// <summary>Returns a canonical text of a definition: every field, for comparison.</summary>
    public static string Describe(PcsDefinition definition) =>
        $"{definition.Section} '{definition.SectionTitle}' {(int)definition.Axis} '{definition.AxisTitle}' [{string.Join(" | ", definition.Titles)}] "
        + $"definition '{definition.Definition}' explanation '{definition.Explanation}' includes [{string.Join(" | ", definition.Includes)}]";

    private static string Describe(IReadOnlyList<PcsAxisValue> values) =>
        string.Join(", ", values.Select(v => $"{v.Character} '{v.Label}' ({v.AxisTitle}{(v.Definition is null ? string.Empty : ": " + v.Definition)})"));
}
