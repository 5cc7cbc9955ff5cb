using System.Buffers.Binary;
using System.Runtime.InteropServices;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder;

/// <summary>
/// Collects the documents of one <see cref="SearchSegment"/> word by word, then builds its forward index and postings:
/// one pass over the words, no string per word once the vocabulary knows it.
/// </summary>
/// <remarks>
/// A document is opened with <see cref="Begin"/>, given words with <see cref="AddText"/> or as words cut ahead of time
/// (<see cref="AddWords(ReadOnlySpan{int}, WordMap, bool)"/>: an index's words, numbered in its own vocabulary), and
/// closed with <see cref="End"/>, which gives its record; a document without a word is dropped. Words are kept as
/// <c>word &lt;&lt; 1 | secondary</c>.
/// </remarks>
internal sealed class SearchSegmentBuilder
{
    private static readonly string[] s_readingHints = ["by drug", "by site", "by type", "by body part", "by condition"];
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _wordText = [];
    private readonly List<int> _frequency = [];
    private readonly List<int> _lastDocument = [];
    private readonly List<int> _documentStart = [0];
    private readonly List<int> _records = [];
    private readonly Dictionary<string, List<string>> _synonyms = new(StringComparer.Ordinal);
    private readonly List<string> _synonymOrder = [];
    private readonly int _recordWidth;
    private long _totalLength2;
    private int[] _tokens;
    private int _tokenCount;
    private bool _open;
    private bool _built;

    /// <summary>Initializes a builder.</summary>
    /// <param name="recordWidth">The number of 32-bit numbers each document's record holds.</param>
    /// <param name="expectedWords">How many words all documents will hold, about (room made at once).</param>
    public SearchSegmentBuilder(int recordWidth, int expectedWords = 1 << 12)
    {
        _recordWidth = recordWidth;
        _tokens = new int[Math.Max(16, expectedWords)];
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the number of documents closed so far.</summary>
    public int DocumentCount => _documentStart.Count - 1;

    /// <summary>Opens a document.</summary>
    public void Begin()
    {
        if (_built)
        {
            throw new InvalidOperationException("The segment is built: a builder builds once.");
        }

        if (_open)
        {
            throw new InvalidOperationException("A document is already open.");
        }

        _open = true;
    }

    /// <summary>Adds the words of a text to the open document.</summary>
    /// <param name="text">The text; <see langword="null"/> adds nothing.</param>
    /// <param name="secondary">Whether the words are secondary (count half, no part in exact matches).</param>
    public void AddText(string? text, bool secondary = false)
    {
        if (text is null)
        {
            return;
        }

        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        foreach (var word in SearchText.Words(text, buffer))
        {
            Room(1)[0] = (Intern(word) << 1) | (secondary ? 1 : 0);
            _tokenCount++;
        }
    }

    /// <summary>Adds encoded words: cut by <see cref="Cut"/>, or through <see cref="Encode"/>.</summary>
    /// <param name="words">The encoded words.</param>
    public void AddWords(ReadOnlySpan<int> words)
    {
        words.CopyTo(Room(words.Length));
        _tokenCount += words.Length;
    }

    /// <summary>Adds words numbered in another vocabulary, through its map.</summary>
    /// <param name="words">The words' numbers in their own vocabulary.</param>
    /// <param name="map">The map of that vocabulary (<see cref="Vocabulary"/>).</param>
    /// <param name="secondary">Whether the words are secondary.</param>
    public void AddWords(ReadOnlySpan<int> words, WordMap map, bool secondary)
    {
        var tokens = Room(words.Length);
        var flag = secondary ? 1 : 0;
        for (var i = 0; i < words.Length; i++)
        {
            tokens[i] = Encode(map, words[i]) | flag;
        }

        _tokenCount += words.Length;
    }

    /// <summary>Cuts a text into encoded words, for a text that several documents share.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded (primary) words; empty for <see langword="null"/>.</returns>
    public int[] Cut(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        var words = new List<int>();
        foreach (var word in SearchText.Words(text, buffer))
        {
            words.Add(Intern(word) << 1);
        }

        return [.. words];
    }

    /// <summary>Closes the open document.</summary>
    /// <param name="record">What the document stands for: <c>recordWidth</c> numbers.</param>
    /// <returns>Whether the document was kept (it has words).</returns>
    public bool End(ReadOnlySpan<int> record)
    {
        if (!_open)
        {
            throw new InvalidOperationException("No document is open.");
        }

        if (record.Length != _recordWidth)
        {
            throw new ArgumentException($"A record holds {_recordWidth} numbers, not {record.Length}.", nameof(record));
        }

        _open = false;
        var start = _documentStart[^1];
        if (_tokenCount == start)
        {
            return false;
        }

        // The document's length and its words' document frequencies, counted while its words are at hand.
        var document = _documentStart.Count - 1;
        var frequency = CollectionsMarshal.AsSpan(_frequency);
        var lastDocument = CollectionsMarshal.AsSpan(_lastDocument);
        foreach (var token in _tokens.AsSpan(start, _tokenCount - start))
        {
            var word = token >> 1;
            _totalLength2 += (token & 1) == 0 ? 2 : 1;
            if (lastDocument[word] != document)
            {
                lastDocument[word] = document;
                frequency[word]++;
            }
        }

        _documentStart.Add(_tokenCount);
        foreach (var value in record)
        {
            _records.Add(value);
        }

        return true;
    }

    /// <summary>A map from another vocabulary to the segment's encoded words, filled as words are first used (-1 until then).</summary>
    /// <param name="words">The other vocabulary.</param>
    internal sealed class WordMap(string[] words)
    {
        /// <summary>Gets the other vocabulary's words.</summary>
        public string[] Words { get; } = words;

        /// <summary>Gets each word's encoded word in the segment, or -1.</summary>
        public int[] Encoded { get; } = NewMap(words.Length);

        private static int[] NewMap(int length)
        {
            var map = new int[length];
            Array.Fill(map, -1);
            return map;
        }
    }

    /// <summary>Returns a map from another vocabulary (an index's words) to this segment's words.</summary>
    /// <param name="words">The other vocabulary's words, normalised.</param>
    /// <returns>The map.</returns>
    public WordMap Vocabulary(string[] words) => new(words);

    /// <summary>Returns the encoded (primary) word of this segment for a word of another vocabulary.</summary>
    /// <param name="map">The map of that vocabulary.</param>
    /// <param name="word">The word's number there.</param>
    /// <returns>The encoded word: its number here, shifted left once.</returns>
    public int Encode(WordMap map, int word)
    {
        var encoded = map.Encoded[word];
        return encoded >= 0 ? encoded : map.Encoded[word] = Intern(map.Words[word]) << 1;
    }

    /// <summary>
    /// Records that a word stands for another text, from an index's own cross-references: "Overdose" with <c>see</c>
    /// "Table of Drugs and Chemicals, by drug, poisoning" makes a query's "overdose" also match "poisoning". The
    /// target's words are kept except the Table of Drugs' own name and the "by drug", "by site" that only say how to
    /// read a table.
    /// </summary>
    /// <param name="word">The word (any case; it is normalised); a text of more than one word is ignored.</param>
    /// <param name="target">The text it stands for.</param>
    public void AddSynonym(string word, string target)
    {
        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        var words = SearchText.Words(word, buffer);
        if (!words.MoveNext())
        {
            return;
        }

        var key = words.Current.ToString();
        if (words.MoveNext())
        {
            return; // one word only
        }

        if (!_synonyms.TryGetValue(key, out var targets))
        {
            _synonyms.Add(key, targets = []);
            _synonymOrder.Add(key);
        }

        var text = target;
        if (text.StartsWith("Table of Drugs", StringComparison.OrdinalIgnoreCase))
        {
            var comma = text.LastIndexOf(',');
            text = comma < 0 ? string.Empty : text[(comma + 1)..];
        }

        foreach (var hint in s_readingHints)
        {
            text = text.Replace(hint, " ", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var targetWord in SearchText.Words(text, buffer))
        {
            targets.Add(targetWord.ToString());
        }
    }

    /// <summary>Builds the segment: words numbered most frequent first, the forward index and the postings encoded.</summary>
    /// <returns>The segment.</returns>
    public SearchSegment Build()
    {
        if (_open)
        {
            throw new InvalidOperationException("A document is still open.");
        }

        _built = true;
        var documentCount = _documentStart.Count - 1;
        var frequency = CollectionsMarshal.AsSpan(_frequency);

        // Words held by no document (a column heading no cell uses) are left out; the rest are numbered most frequent first.
        var order = new List<int>(_wordText.Count);
        for (var w = 0; w < _wordText.Count; w++)
        {
            if (frequency[w] > 0)
            {
                order.Add(w);
            }
        }

        var byFrequency = order.ToArray();
        var counts = byFrequency.Select(w => -_frequency[w]).ToArray();
        Array.Sort(counts, byFrequency); // stable enough: ties are broken below
        SortTies(byFrequency, counts);
        var number = new int[_wordText.Count];
        Array.Fill(number, -1);
        var words = new string[byFrequency.Length];
        var wordFrequency = new int[byFrequency.Length];
        for (var n = 0; n < byFrequency.Length; n++)
        {
            number[byFrequency[n]] = n;
            words[n] = _wordText[byFrequency[n]];
            wordFrequency[n] = _frequency[byFrequency[n]];
        }

        // The forward index: each document's words as varints, renumbered.
        var documentStarts = new byte[(documentCount + 1) * sizeof(int)];
        var tokens = new PayloadWriter(_tokenCount * 2);
        var documentStart = CollectionsMarshal.AsSpan(_documentStart);
        for (var d = 0; d < documentCount; d++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(documentStarts.AsSpan(d * sizeof(int)), tokens.Length);
            for (var p = documentStart[d]; p < documentStart[d + 1]; p++)
            {
                var token = _tokens[p];
                tokens.WriteVarInt((number[token >> 1] << 1) | (token & 1));
            }
        }

        BinaryPrimitives.WriteInt32LittleEndian(documentStarts.AsSpan(documentCount * sizeof(int)), tokens.Length);

        // The postings: each word's documents, gathered by a counting sort, then written as gaps.
        var postingOffset = new int[words.Length + 1];
        for (var n = 0; n < words.Length; n++)
        {
            postingOffset[n + 1] = postingOffset[n] + wordFrequency[n];
        }

        var postingCount = postingOffset[words.Length];
        var gathered = new int[postingCount];
        var fill = postingOffset[..^1];
        var lastDocument = new int[words.Length];
        Array.Fill(lastDocument, -1);
        for (var d = 0; d < documentCount; d++)
        {
            for (var p = documentStart[d]; p < documentStart[d + 1]; p++)
            {
                var word = number[_tokens[p] >> 1];
                if (lastDocument[word] != d)
                {
                    lastDocument[word] = d;
                    gathered[fill[word]++] = d;
                }
            }
        }

        var postingStarts = new byte[(words.Length + 1) * sizeof(int)];
        var postings = new PayloadWriter(postingCount * 2);
        for (var n = 0; n < words.Length; n++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(postingStarts.AsSpan(n * sizeof(int)), postings.Length);
            var previous = -1;
            for (var p = postingOffset[n]; p < postingOffset[n + 1]; p++)
            {
                postings.WriteVarInt(gathered[p] - previous - 1);
                previous = gathered[p];
            }
        }

        BinaryPrimitives.WriteInt32LittleEndian(postingStarts.AsSpan(words.Length * sizeof(int)), postings.Length);

        var records = new byte[_records.Count * sizeof(int)];
        for (var i = 0; i < _records.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(records.AsSpan(i * sizeof(int)), _records[i]);
        }

        var synonyms = _synonymOrder.Select(key => new SearchSynonym(key, [.. _synonyms[key].Distinct(StringComparer.Ordinal)])).ToArray();
        return new SearchSegment(words, wordFrequency, documentCount, _tokenCount, postingCount, _totalLength2, _recordWidth, synonyms, documentStarts, tokens.WrittenSpan.ToArray(), postingStarts, postings.WrittenSpan.ToArray(), records);
    }

    /// <summary>Puts words of equal frequency back in order of first use, so that the same documents always give the same segment.</summary>
    private static void SortTies(int[] words, int[] counts)
    {
        var start = 0;
        for (var i = 1; i <= words.Length; i++)
        {
            if (i == words.Length || counts[i] != counts[start])
            {
                Array.Sort(words, start, i - start);
                start = i;
            }
        }
    }

    private int Intern(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var id))
        {
            return id;
        }

        id = _wordText.Count;
        var text = word.ToString();
        _wordText.Add(text);
        _words.Add(text, id);
        _frequency.Add(0);
        _lastDocument.Add(-1);
        return id;
    }

    /// <summary>Returns room for <paramref name="count"/> more words of the open document (the caller fills it, then counts them in).</summary>
    private Span<int> Room(int count)
    {
        if (!_open)
        {
            throw new InvalidOperationException("No document is open.");
        }

        if (_tokenCount + count > _tokens.Length)
        {
            Array.Resize(ref _tokens, Math.Max(_tokens.Length * 2, _tokenCount + count));
        }

        return _tokens.AsSpan(_tokenCount, count);
    }
}
