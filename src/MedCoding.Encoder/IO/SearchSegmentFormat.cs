using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Writes and reads a <see cref="SearchSegment"/> as the body of one field of a compiled file (the <c>Search</c> field of
/// an index, the <c>Search</c> field of title words; <c>docs/compiled-format.md</c>, "A search segment"): a header of
/// varints and strings, then five little-endian blocks read in place.
/// </summary>
/// <remarks>
/// Reading checks every number before the segment is used: the header, the blocks' lengths, that both tables of
/// offsets rise from 0 to the end of their blocks, that each document's words are whole varints naming words of the
/// segment (their count and length those announced), and that each word's postings are whole varints of rising
/// documents of the segment, as many as the word's frequency. The search then reads the blocks without checking again.
/// </remarks>
internal static class SearchSegmentFormat
{
    /// <summary>The most words, documents or postings a segment may announce.</summary>
    private const int MaxCount = 50_000_000;

    public static void Write(SearchSegment segment, PayloadWriter field)
    {
        field.WriteVarInt(SearchText.Version);
        field.WriteVarInt(segment.Words.Length);
        for (var w = 0; w < segment.Words.Length; w++)
        {
            field.WriteString(segment.Words[w]);
            field.WriteVarInt(segment.Frequency[w]);
        }

        field.WriteVarInt(segment.DocumentCount);
        field.WriteVarInt(segment.TokenCount);
        field.WriteVarInt(segment.PostingCount);
        field.WriteVarInt(checked((int)segment.TotalLength2));
        field.WriteVarInt(segment.RecordWidth);
        field.WriteVarInt(segment.Synonyms.Count);
        foreach (var synonym in segment.Synonyms)
        {
            field.WriteString(synonym.Word);
            field.WriteVarInt(synonym.Targets.Length);
            foreach (var target in synonym.Targets)
            {
                field.WriteString(target);
            }
        }

        foreach (var block in new[] { segment.DocumentStarts, segment.Tokens, segment.PostingStarts, segment.Postings, segment.Records })
        {
            BlockFormat.Write(field, block.Span);
        }
    }

    /// <summary>Reads a segment from a field's body, which it keeps (the blocks are slices of it).</summary>
    /// <param name="body">The field's body.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <returns>The segment, or <see langword="null"/> when its words were cut by another version of the search's rules (the reader then builds it again).</returns>
    /// <exception cref="CompiledDataException">The body breaks the format.</exception>
    public static SearchSegment? Read(ReadOnlyMemory<byte> body, string source)
    {
        var field = new PayloadReader(body.Span, source);
        if (field.ReadVarInt() != SearchText.Version)
        {
            return null;
        }

        var wordCount = field.ReadCount(); // at most one per byte left: a damaged count cannot ask for gigabytes
        var words = new string[wordCount];
        var frequency = new int[wordCount];
        for (var w = 0; w < wordCount; w++)
        {
            words[w] = field.ReadString();
            frequency[w] = field.ReadVarInt();
        }

        var documentCount = Count(ref field, "documents");
        var tokenCount = Count(ref field, "words of documents");
        var postingCount = Count(ref field, "postings");
        var totalLength2 = field.ReadVarInt();
        var recordWidth = field.ReadVarInt();
        if (recordWidth > 16)
        {
            throw field.Malformed($"the search segment's records are {recordWidth} numbers wide");
        }

        var synonyms = new SearchSynonym[field.ReadCount()];
        for (var i = 0; i < synonyms.Length; i++)
        {
            var word = field.ReadString();
            var targets = new string[field.ReadCount()];
            for (var t = 0; t < targets.Length; t++)
            {
                targets[t] = field.ReadString();
            }

            synonyms[i] = new SearchSynonym(word, targets);
        }

        var documentStarts = BlockFormat.Read(ref field, body, (long)(documentCount + 1) * sizeof(int), "search segment's document starts");
        var tokens = BlockFormat.Read(ref field, body, -1, "search segment's words of documents");
        var postingStarts = BlockFormat.Read(ref field, body, (long)(wordCount + 1) * sizeof(int), "search segment's posting starts");
        var postings = BlockFormat.Read(ref field, body, -1, "search segment's postings");
        var records = BlockFormat.Read(ref field, body, (long)documentCount * recordWidth * sizeof(int), "search segment's records");
        if (!field.AtEnd)
        {
            throw field.Malformed("the search segment is longer than its content");
        }

        CheckOffsets(documentStarts.Span, tokens.Length, "document", source);
        CheckOffsets(postingStarts.Span, postings.Length, "word's postings", source);
        CheckDocuments(documentStarts.Span, tokens.Span, wordCount, tokenCount, totalLength2, source);
        CheckPostings(postingStarts.Span, postings.Span, frequency, documentCount, postingCount, source);
        return new SearchSegment(words, frequency, documentCount, tokenCount, postingCount, totalLength2, recordWidth, synonyms, documentStarts, tokens, postingStarts, postings, records);
    }

    private static void CheckDocuments(ReadOnlySpan<byte> starts, ReadOnlySpan<byte> tokens, int wordCount, int tokenCount, long totalLength2, string source)
    {
        var documents = (starts.Length / sizeof(int)) - 1;
        var words = 0;
        long length2 = 0;
        for (var d = 0; d < documents; d++)
        {
            var end = BlockFormat.Int32At(starts, d + 1);
            for (var i = BlockFormat.Int32At(starts, d); i < end;)
            {
                var encoded = ReadVarInt(tokens, ref i, end);
                if (encoded < 0 || (encoded >> 1) >= wordCount)
                {
                    throw Malformed(source, $"search document {d} holds a word that is cut short or past the segment's {wordCount} words");
                }

                words++;
                length2 += (encoded & 1) == 0 ? 2 : 1;
            }
        }

        if (words != tokenCount || length2 != totalLength2)
        {
            throw Malformed(source, $"the search segment's documents hold {words} words, not the {tokenCount} announced, or another length");
        }
    }

    private static void CheckPostings(ReadOnlySpan<byte> starts, ReadOnlySpan<byte> postings, int[] frequency, int documentCount, int postingCount, string source)
    {
        var total = 0;
        for (var w = 0; w < frequency.Length; w++)
        {
            var end = BlockFormat.Int32At(starts, w + 1);
            long document = -1;
            var count = 0;
            for (var i = BlockFormat.Int32At(starts, w); i < end; count++)
            {
                var gap = ReadVarInt(postings, ref i, end);
                document += gap + 1;
                if (gap < 0 || document >= documentCount)
                {
                    throw Malformed(source, $"the postings of search word {w} are cut short or run past the segment's {documentCount} documents");
                }
            }

            if (count != frequency[w])
            {
                throw Malformed(source, $"search word {w} has {count} postings, not its frequency {frequency[w]}");
            }

            total += count;
        }

        if (total != postingCount)
        {
            throw Malformed(source, $"the search segment holds {total} postings, not the {postingCount} announced");
        }
    }

    /// <summary>Reads a varint ending before <paramref name="end"/>; -1 when it does not (or is longer than five bytes, or negative).</summary>
    private static int ReadVarInt(ReadOnlySpan<byte> bytes, ref int position, int end)
    {
        uint value = 0;
        for (var shift = 0; shift < 35 && position < end; shift += 7)
        {
            var b = bytes[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value <= int.MaxValue ? (int)value : -1;
            }
        }

        position = end;
        return -1;
    }

    private static CompiledDataException Malformed(string source, string problem) => new(CompiledDataProblem.Malformed, $"{source} is malformed: {problem}.");

    private static int Count(ref PayloadReader field, string what)
    {
        var count = field.ReadVarInt();
        return count <= MaxCount ? count : throw field.Malformed($"the search segment announces {count} {what}");
    }

    /// <summary>Checks that a table of offsets starts at 0, never falls, and ends at the end of its block.</summary>
    private static void CheckOffsets(ReadOnlySpan<byte> offsets, int end, string what, string source)
    {
        var previous = 0;
        var count = offsets.Length / sizeof(int);
        for (var i = 0; i < count; i++)
        {
            var offset = BlockFormat.Int32At(offsets, i);
            if (offset < previous || (i == 0 && offset != 0) || (i == count - 1 && offset != end))
            {
                throw Malformed(source, $"the search segment's {what} {i} starts at {offset}, out of order");
            }

            previous = offset;
        }
    }
}
