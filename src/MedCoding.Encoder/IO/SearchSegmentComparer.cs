namespace MedCoding.Encoder.IO;

/// <summary>Compares two search segments: what the compiler checks after writing an index or title words and reading them back.</summary>
internal static class SearchSegmentComparer
{
    /// <summary>Returns the first difference between two segments, or <see langword="null"/> when they are identical: counts, words, synonyms, then every block byte for byte.</summary>
    public static string? FindDifference(SearchSegment expected, SearchSegment actual)
    {
        if (expected.DocumentCount != actual.DocumentCount || expected.TokenCount != actual.TokenCount || expected.PostingCount != actual.PostingCount
            || expected.TotalLength2 != actual.TotalLength2 || expected.RecordWidth != actual.RecordWidth)
        {
            return $"the search segment holds {expected.DocumentCount} documents, {expected.TokenCount} words and {expected.PostingCount} postings against {actual.DocumentCount}, {actual.TokenCount} and {actual.PostingCount}";
        }

        if (!expected.Words.AsSpan().SequenceEqual(actual.Words) || !expected.Frequency.AsSpan().SequenceEqual(actual.Frequency))
        {
            return "the search segment's words or their frequencies differ";
        }

        if (!expected.Synonyms.Select(s => s.Word + " = " + string.Join(' ', s.Targets)).SequenceEqual(actual.Synonyms.Select(s => s.Word + " = " + string.Join(' ', s.Targets)), StringComparer.Ordinal))
        {
            return "the search segment's synonyms differ";
        }

        (string Name, ReadOnlyMemory<byte> Expected, ReadOnlyMemory<byte> Actual)[] blocks =
        [
            ("document starts", expected.DocumentStarts, actual.DocumentStarts),
            ("documents' words", expected.Tokens, actual.Tokens),
            ("posting starts", expected.PostingStarts, actual.PostingStarts),
            ("postings", expected.Postings, actual.Postings),
            ("records", expected.Records, actual.Records),
        ];
        foreach (var (name, left, right) in blocks)
        {
            if (!left.Span.SequenceEqual(right.Span))
            {
                return $"the search segment's {name} differ";
            }
        }

        return null;
    }
}
