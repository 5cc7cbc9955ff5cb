using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// The documents of one source of a search (an index, a release's Tabular titles, documents given one by one) ready to
/// be searched: their own vocabulary, each document's words (the forward index), each word's documents (the postings),
/// and a record per document that says what it stands for. A <see cref="SearchCorpus"/> searches several at once.
/// </summary>
/// <remarks>
/// <para>
/// Built once (<see cref="SearchSegmentBuilder"/>), when a package is compiled for the embedded data or the first time
/// a source is searched otherwise, and read in place from the compiled bytes (<see cref="IO.SearchSegmentFormat"/>):
/// the arrays are little-endian blocks of bytes, so that the memory of an embedded resource is searched as it lies.
/// </para>
/// <para>
/// Words are numbered most frequent first. A document's words are varints of <c>word &lt;&lt; 1 | secondary</c> (a
/// secondary word, a nonessential modifier or a cross-reference's target, counts half and plays no part in the exact
/// tiers); a word's postings are its documents in order, each a varint of the gap from the one before, less one.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class SearchSegment
{
    internal SearchSegment(
        string[] words,
        int[] frequency,
        int documentCount,
        int tokenCount,
        int postingCount,
        long totalLength2,
        int recordWidth,
        IReadOnlyList<SearchSynonym> synonyms,
        ReadOnlyMemory<byte> documentStarts,
        ReadOnlyMemory<byte> tokens,
        ReadOnlyMemory<byte> postingStarts,
        ReadOnlyMemory<byte> postings,
        ReadOnlyMemory<byte> records)
    {
        Words = words;
        Frequency = frequency;
        DocumentCount = documentCount;
        TokenCount = tokenCount;
        PostingCount = postingCount;
        TotalLength2 = totalLength2;
        RecordWidth = recordWidth;
        Synonyms = synonyms;
        DocumentStarts = documentStarts;
        Tokens = tokens;
        PostingStarts = postingStarts;
        Postings = postings;
        Records = records;
    }

    /// <summary>Gets the words, normalised, most frequent first.</summary>
    public string[] Words { get; }

    /// <summary>Gets how many documents hold each word.</summary>
    public int[] Frequency { get; }

    /// <summary>Gets the number of documents.</summary>
    public int DocumentCount { get; }

    /// <summary>Gets the number of words of all documents together.</summary>
    public int TokenCount { get; }

    /// <summary>Gets the number of (word, document) pairs.</summary>
    public int PostingCount { get; }

    /// <summary>Gets the length of all documents together, doubled: a word counts 2, a secondary word 1.</summary>
    public long TotalLength2 { get; }

    /// <summary>Gets the number of 32-bit numbers in each document's record.</summary>
    public int RecordWidth { get; }

    /// <summary>Gets the one-word synonyms the source gives (an index's <c>see</c> and <c>use</c> references).</summary>
    public IReadOnlyList<SearchSynonym> Synonyms { get; }

    /// <summary>Gets where each document's words start in <see cref="Tokens"/> (int32 little-endian, one more than the documents).</summary>
    public ReadOnlyMemory<byte> DocumentStarts { get; }

    /// <summary>Gets the documents' words, as varints.</summary>
    public ReadOnlyMemory<byte> Tokens { get; }

    /// <summary>Gets where each word's postings start in <see cref="Postings"/> (int32 little-endian, one more than the words).</summary>
    public ReadOnlyMemory<byte> PostingStarts { get; }

    /// <summary>Gets the postings, as varint gaps.</summary>
    public ReadOnlyMemory<byte> Postings { get; }

    /// <summary>Gets the documents' records (int32 little-endian, <see cref="RecordWidth"/> per document).</summary>
    public ReadOnlyMemory<byte> Records { get; }

    /// <summary>Returns number <paramref name="field"/> of a document's record.</summary>
    public int RecordOf(int document, int field) => BlockFormat.Int32At(Records.Span, (document * RecordWidth) + field);

    /// <summary>Returns the words of a document as written: each a word number, shifted left once, its lowest bit set for a secondary word.</summary>
    public IEnumerable<int> EncodedWordsOf(int document)
    {
        var start = BlockFormat.Int32At(DocumentStarts.Span, document);
        var end = BlockFormat.Int32At(DocumentStarts.Span, document + 1);
        var words = new List<int>(end - start);
        var tokens = Tokens.Span;
        for (var i = start; i < end;)
        {
            words.Add(ReadVarInt(tokens, ref i));
        }

        return words;
    }

    /// <summary>Reads a varint (unsigned LEB128) at <paramref name="position"/>, moving past it.</summary>
    internal static int ReadVarInt(ReadOnlySpan<byte> bytes, ref int position)
    {
        int b = bytes[position++];
        if (b < 0x80)
        {
            return b;
        }

        var value = b & 0x7F;
        var shift = 7;
        do
        {
            b = bytes[position++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80 && shift < 35);

        return value;
    }
}
