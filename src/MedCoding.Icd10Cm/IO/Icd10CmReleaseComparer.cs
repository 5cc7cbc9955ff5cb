using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Icd10Cm.IO;

/// <summary>
/// Compares two releases field by field and entry by entry: the check that a compiled file reads back
/// exactly as the release it was written from.
/// </summary>
internal static class Icd10CmReleaseComparer
{
    /// <summary>Returns the first difference between two releases, in words, or <see langword="null"/> when they are identical.</summary>
    public static string? FindDifference(Icd10CmRelease expected, Icd10CmRelease actual)
    {
        var a = expected.Release;
        var b = actual.Release;
        if (a.System != b.System || a.Version != b.Version || a.Name != b.Name || a.EffectiveFrom != b.EffectiveFrom || a.EffectiveThrough != b.EffectiveThrough)
        {
            return $"the release is {b}, expected {a}";
        }

        if (expected.HasTabularList != actual.HasTabularList)
        {
            return $"HasTabularList is {actual.HasTabularList}, expected {expected.HasTabularList}";
        }

        if (expected.EntryArray.Length != actual.EntryArray.Length)
        {
            return $"{actual.EntryArray.Length} entries, expected {expected.EntryArray.Length}";
        }

        for (var i = 0; i < expected.EntryArray.Length; i++)
        {
            var x = expected.EntryArray[i];
            var y = actual.EntryArray[i];
            if (x.Name != y.Name || x.Kind != y.Kind || x.IsBillable != y.IsBillable || x.Title != y.Title || x.ShortTitle != y.ShortTitle || x.Ordinal != y.Ordinal)
            {
                return $"entry {i} is {y.Name} ({y.Kind}, billable {y.IsBillable}, '{y.Title}' / '{y.ShortTitle}'), expected {x.Name} ({x.Kind}, billable {x.IsBillable}, '{x.Title}' / '{x.ShortTitle}')";
            }

            if (expected.ParentArray[i] != actual.ParentArray[i])
            {
                return $"entry {i} ({x.Name}) has parent {actual.ParentArray[i]}, expected {expected.ParentArray[i]}";
            }

            if (DescribeNotes(expected.NoteArray[i]) is var n && n != DescribeNotes(actual.NoteArray[i]))
            {
                return $"entry {i} ({x.Name}) has notes {DescribeNotes(actual.NoteArray[i])}, expected {n}";
            }
        }

        return null;
    }

    /// <summary>Returns a canonical text of one entry's notes and 7th characters, for comparison.</summary>
    public static string DescribeNotes(InstructionalNotes notes)
    {
        if (notes.IsEmpty)
        {
            return string.Empty;
        }

        var parts = notes.Notes.Select(n => $"{n.Kind}:{n.Text}")
            .Concat(notes.SeventhCharacters.Select(s => $"7th {s.Character}={s.Meaning}[{string.Join("|", s.Notes)}]"));
        return string.Join("\n", parts);
    }
}
