using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.Mce.IO;

/// <summary>Compares two MCE releases table by table and row by row: the check that a compiled release reads back as the release it was written from.</summary>
internal static class MceReleaseComparer
{
    /// <summary>Returns the first difference between two releases, in words, or <see langword="null"/> when they are identical.</summary>
    public static string? FindDifference(MceRelease expected, MceRelease actual) =>
        ReleaseField.FindDifference(expected.Release, actual.Release)
        ?? (expected.ListsEveryValidCode != actual.ListsEveryValidCode ? $"ListsEveryValidCode is {actual.ListsEveryValidCode}, expected {expected.ListsEveryValidCode}" : null)
        ?? Compare("info", expected.Info, actual.Info)
        ?? Compare("flag attribute", expected.FlagAttributes, actual.FlagAttributes)
        ?? Compare("age group", expected.AgeGroups, actual.AgeGroups)
        ?? Compare("discharge status", expected.DischargeStatuses, actual.DischargeStatuses)
        ?? Compare("edit", expected.Edits, actual.Edits)
        ?? Compare("diagnosis row", expected.Diagnoses, actual.Diagnoses)
        ?? Compare("procedure row", expected.Procedures, actual.Procedures);

    private static string? Compare<T>(string what, IReadOnlyList<T> expected, IReadOnlyList<T> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"{actual.Count} {what}s, expected {expected.Count}";
        }

        using var x = expected.GetEnumerator();
        using var y = actual.GetEnumerator();
        for (var i = 0; x.MoveNext() && y.MoveNext(); i++)
        {
            if (!EqualityComparer<T>.Default.Equals(x.Current, y.Current))
            {
                return $"{what} {i} is {y.Current}, expected {x.Current}";
            }
        }

        return null;
    }
}
