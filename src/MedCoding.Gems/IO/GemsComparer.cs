namespace MedCoding.Gems.IO;

/// <summary>
/// Compares two sets of diagnosis GEMs entry by entry, both directions, with every flag: the check that a compiled file
/// reads back exactly as the GEMs read from the official files.
/// </summary>
internal static class GemsComparer
{
    /// <summary>Returns the first difference between two sets of GEMs, in words, or <see langword="null"/> when they are identical.</summary>
    /// <remarks>An irregularity's file is compared by name, not path: compiled GEMs keep only the name.</remarks>
    public static string? FindDifference(DiagnosisGems expected, DiagnosisGems actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Release;
        var b = actual.Release;
        if (a.System != b.System || a.Version != b.Version || a.Name != b.Name || a.EffectiveFrom != b.EffectiveFrom || a.EffectiveThrough != b.EffectiveThrough)
        {
            return $"the release is {b}, expected {a}";
        }

        foreach (var direction in new[] { GemDirection.Icd9ToIcd10, GemDirection.Icd10ToIcd9 })
        {
            var x = direction == GemDirection.Icd9ToIcd10 ? expected.ForwardEntries : expected.BackwardEntries;
            var y = direction == GemDirection.Icd9ToIcd10 ? actual.ForwardEntries : actual.BackwardEntries;
            if (x.Count != y.Count)
            {
                return $"{y.Count} {direction} entries, expected {x.Count}";
            }

            for (var i = 0; i < x.Count; i++)
            {
                // GemEntry is a record: source, target, dotted target, every flag and the line.
                if (x[i] != y[i])
                {
                    return $"{direction} entry {i} is {Describe(y[i])}, expected {Describe(x[i])}";
                }
            }

            if (expected.SourceCount(direction) != actual.SourceCount(direction))
            {
                return $"{actual.SourceCount(direction)} {direction} source codes, expected {expected.SourceCount(direction)}";
            }
        }

        if (expected.Irregularities.Count != actual.Irregularities.Count)
        {
            return $"{actual.Irregularities.Count} irregularities, expected {expected.Irregularities.Count}";
        }

        for (var i = 0; i < expected.Irregularities.Count; i++)
        {
            var x = expected.Irregularities[i];
            var y = actual.Irregularities[i];
            if (Path.GetFileName(x.FilePath) != Path.GetFileName(y.FilePath) || x.LineNumber != y.LineNumber || x.Description != y.Description)
            {
                return $"irregularity {i} is '{y}', expected '{x}'";
            }
        }

        return null;
    }

    private static string Describe(GemEntry entry) => $"{entry} ({entry.DisplayTarget ?? "no map"}, line {entry.LineNumber})";
}
