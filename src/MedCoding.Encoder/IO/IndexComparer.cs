namespace MedCoding.Encoder.IO;

/// <summary>Compares two indexes term by term: what the compiler checks after writing, and what the data tests check against the official files.</summary>
internal static class IndexComparer
{
    /// <summary>Returns the first difference between two indexes, or <see langword="null"/> when they are identical: release, title, file name, headings, then every term (depth first) field by field, then the search segment.</summary>
    public static string? FindDifference(AlphabeticIndex expected, AlphabeticIndex actual)
    {
        if (expected.Kind != actual.Kind || !expected.Release.Equals(actual.Release) || expected.Release.Name != actual.Release.Name
            || expected.Release.EffectiveFrom != actual.Release.EffectiveFrom || expected.Release.EffectiveThrough != actual.Release.EffectiveThrough)
        {
            return $"the release differs: {expected.Release} ({expected.Kind}) and {actual.Release} ({actual.Kind})";
        }

        if (expected.Title != actual.Title || expected.SourceFileName != actual.SourceFileName)
        {
            return $"the title or file differs: \"{expected.Title}\" ({expected.SourceFileName}) and \"{actual.Title}\" ({actual.SourceFileName})";
        }

        if (!expected.ColumnHeadings.SequenceEqual(actual.ColumnHeadings, StringComparer.Ordinal))
        {
            return $"the column headings differ: {string.Join(" | ", expected.ColumnHeadings)} and {string.Join(" | ", actual.ColumnHeadings)}";
        }

        if (expected.MainTerms.Count != actual.MainTerms.Count || expected.TermCount != actual.TermCount)
        {
            return $"{expected.MainTerms.Count} main terms and {expected.TermCount} terms against {actual.MainTerms.Count} and {actual.TermCount}";
        }

        using var left = expected.Terms.GetEnumerator();
        using var right = actual.Terms.GetEnumerator();
        var number = 0;
        while (left.MoveNext() & right.MoveNext())
        {
            number++;
            if (FindDifference(left.Current, right.Current) is { } difference)
            {
                return $"term {number} ({left.Current}): {difference}";
            }
        }

        return SearchSegmentComparer.FindDifference(expected.SearchSegment, actual.SearchSegment);
    }

    private static string? FindDifference(IndexTerm a, IndexTerm b)
    {
        if (a.Level != b.Level || a.Subterms.Count != b.Subterms.Count)
        {
            return $"level {a.Level} with {a.Subterms.Count} subterms against level {b.Level} with {b.Subterms.Count}";
        }

        if (a.Title != b.Title || a.NonessentialModifiers != b.NonessentialModifiers || a.ModifiersPosition != b.ModifiersPosition)
        {
            return $"the title \"{a.TitleWithModifiers}\" against \"{b.TitleWithModifiers}\"";
        }

        if (a.Code != b.Code || a.PcsCodes != b.PcsCodes || a.Manifestation != b.Manifestation || a.Warning != b.Warning)
        {
            return $"the code {a.Code ?? a.PcsCodes} [{a.Manifestation}] against {b.Code ?? b.PcsCodes} [{b.Manifestation}]";
        }

        if (!a.CrossReferences.SequenceEqual(b.CrossReferences))
        {
            return $"the cross-references {string.Join("; ", a.CrossReferences)} against {string.Join("; ", b.CrossReferences)}";
        }

        return a.Cells.SequenceEqual(b.Cells, StringComparer.Ordinal)
            ? null
            : $"the cells {string.Join(" ", a.Cells.Select(c => c ?? "--"))} against {string.Join(" ", b.Cells.Select(c => c ?? "--"))}";
    }
}
