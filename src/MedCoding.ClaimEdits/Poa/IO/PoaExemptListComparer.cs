using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.Poa.IO;

/// <summary>Compares two POA-exempt lists entry by entry: the check that a compiled list reads back as the list it was written from.</summary>
internal static class PoaExemptListComparer
{
    /// <summary>Returns the first difference between two lists, in words, or <see langword="null"/> when they are identical.</summary>
    public static string? FindDifference(PoaExemptList expected, PoaExemptList actual)
    {
        if (ReleaseField.FindDifference(expected.Release, actual.Release) is { } release)
        {
            return release;
        }

        if (expected.Count != actual.Count)
        {
            return $"{actual.Count} codes, expected {expected.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var x = expected.Entries[i];
            var y = actual.Entries[i];
            if (x != y)
            {
                return $"entry {i} is {y.OrderNumber:D5} {y.Code} '{y.Description}', expected {x.OrderNumber:D5} {x.Code} '{x.Description}'";
            }
        }

        return null;
    }
}
