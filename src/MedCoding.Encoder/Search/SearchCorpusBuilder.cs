using System.Runtime.InteropServices;

namespace MedCoding.Encoder;

/// <summary>
/// Collects the documents of a search corpus (an index path with its code, a Tabular title) word by word, then
/// builds the postings: one pass over the words, no intermediate strings per word once the vocabulary knows it.
/// </summary>
/// <remarks>
/// Documents come in sets (<see cref="BeginSet"/>: an index, a release's titles), each kept document its set's next
/// item, which says what a result shows of it. A document is opened with <see cref="Begin(SearchSource)"/>, given
/// words with <see cref="AddText"/> or as words cut ahead of time (<see cref="AddWords(ReadOnlySpan{int}, WordMap, bool)"/>:
/// an index's words, numbered in its own vocabulary), and closed with <see cref="End"/>. Words are stored as <c>term &lt;&lt; 1 | secondary</c>: a secondary word (a nonessential
/// modifier, the target of a cross-reference) counts half and plays no part in the exact-phrase tiers.
/// </remarks>
internal sealed class SearchCorpusBuilder
{
    private static readonly string[] s_readingHints = ["by drug", "by site", "by type", "by body part", "by condition"];
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _termText = [];
    private readonly List<int> _docStart = [0];
    private readonly List<SearchSource> _sources = [];
    private readonly List<int> _items = [];
    private readonly List<DocumentSet> _sets = [];
    private readonly List<int> _setStart = [];
    private readonly Dictionary<DocumentSet, int> _setItems = new(ReferenceEqualityComparer.Instance);
    private int _nextItem;
    private ListDocumentSet? _list;
    private (string Code, object Origin, string? Heading)? _pending;
    private readonly Dictionary<string, List<string>> _synonyms = new(StringComparer.Ordinal);
    private readonly List<int> _frequency = [];
    private readonly List<int> _lastDocument = [];
    private readonly List<float> _lengths = [];
    private double _totalLength;
    private bool _built;
    private int[] _tokens = new int[1 << 12];
    private int _tokenCount;
    private bool _open;

    public SearchCorpusBuilder() => _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the number of documents closed so far.</summary>
    public int DocumentCount => _sources.Count;

    /// <summary>Makes the documents opened from now on items of a set (each kept document the set's next item).</summary>
    /// <param name="set">The set.</param>
    public void BeginSet(DocumentSet set)
    {
        if (_open)
        {
            throw new InvalidOperationException("A document is open.");
        }

        if (_sets.Count > 0 && ReferenceEquals(_sets[^1], set))
        {
            return;
        }

        if (_sets.Count > 0)
        {
            _setItems[_sets[^1]] = _nextItem;
        }

        _sets.Add(set);
        _setStart.Add(_sources.Count);
        _nextItem = _setItems.GetValueOrDefault(set);
    }

    /// <summary>Makes room for more documents and words, so that sets of known size are added without growing the arrays step by step (reserve for every set first, then add them).</summary>
    /// <param name="documents">How many more documents.</param>
    /// <param name="words">How many more words, in all.</param>
    public void Reserve(int documents, int words)
    {
        _sources.EnsureCapacity(_sources.Count + documents);
        _lengths.EnsureCapacity(_lengths.Count + documents);
        _items.EnsureCapacity(_items.Count + documents);
        _docStart.EnsureCapacity(_docStart.Count + documents);
        if (_tokenCount + words > _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokenCount + words);
        }
    }

    /// <summary>Opens a document of the current set (<see cref="BeginSet"/>).</summary>
    /// <param name="source">Where it comes from.</param>
    public void Begin(SearchSource source)
    {
        if (_built)
        {
            throw new InvalidOperationException("The corpus is built: a builder builds once.");
        }

        if (_open)
        {
            throw new InvalidOperationException("A document is already open.");
        }

        if (_sets.Count == 0)
        {
            throw new InvalidOperationException("No document set is begun.");
        }

        _open = true;
        _sources.Add(source);
    }

    /// <summary>Opens a document given with its code, origin and heading (tests, adapters); its path is <see cref="DocumentPaths.Of"/>.</summary>
    /// <param name="source">Where it comes from.</param>
    /// <param name="code">The code as the source writes it (<c>C34.1-</c>), or <see langword="null"/> when <paramref name="origin"/> is a <see cref="MedCoding.CodeSets.CodeEntry"/> naming it.</param>
    /// <param name="origin">What the document stands for: a Tabular entry, or its path as a string array.</param>
    /// <param name="heading">For a table cell, the column heading that ends the path.</param>
    public void Begin(SearchSource source, string? code, object origin, string? heading = null)
    {
        code ??= ((MedCoding.CodeSets.CodeEntry)origin).Name;
        BeginSet(_list ??= new ListDocumentSet());
        Begin(source);
        _pending = (code, origin, heading);
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
            Append((Intern(word) << 1) | (secondary ? 1 : 0));
        }
    }

    /// <summary>Adds encoded words: cut by <see cref="Cut"/>, or through <see cref="Encode"/>.</summary>
    /// <param name="words">The encoded words.</param>
    /// <param name="secondary">Whether to add them as secondary words, whatever they were cut as.</param>
    public void AddWords(ReadOnlySpan<int> words, bool secondary = false)
    {
        var tokens = Room(words.Length);
        words.CopyTo(tokens);
        if (secondary)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] |= 1;
            }
        }

        _tokenCount += words.Length;
    }

    /// <summary>Cuts a text into encoded words, for a text that several documents share.</summary>
    /// <param name="text">The text.</param>
    /// <param name="secondary">Whether the words are secondary.</param>
    /// <returns>The encoded words; empty for <see langword="null"/>.</returns>
    public int[] Cut(string? text, bool secondary = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        var count = 0;
        Span<int> words = stackalloc int[64];
        foreach (var word in SearchText.Words(text, buffer))
        {
            if (count == words.Length)
            {
                break;
            }

            words[count++] = (Intern(word) << 1) | (secondary ? 1 : 0);
        }

        return words[..count].ToArray();
    }

    /// <summary>Closes the open document; a document without a word is dropped.</summary>
    /// <returns>Whether the document was kept: the current set's next item stands for it.</returns>
    public bool End()
    {
        if (!_open)
        {
            throw new InvalidOperationException("No document is open.");
        }

        _open = false;
        var pending = _pending;
        _pending = null;
        if (_tokenCount == _docStart[^1])
        {
            var last = _sources.Count - 1;
            _sources.RemoveAt(last);
            return false;
        }

        // The document's length and its words' document frequencies, counted while its words are at hand.
        var document = _docStart.Count - 1;
        var frequency = CollectionsMarshal.AsSpan(_frequency);
        var lastDocument = CollectionsMarshal.AsSpan(_lastDocument);
        float length = 0;
        foreach (var token in _tokens.AsSpan(_docStart[^1], _tokenCount - _docStart[^1]))
        {
            var term = token >> 1;
            length += (token & 1) == 0 ? 1f : 0.5f;
            if (lastDocument[term] != document)
            {
                lastDocument[term] = document;
                frequency[term]++;
            }
        }

        _lengths.Add(length);
        _totalLength += length;
        _docStart.Add(_tokenCount);
        _items.Add(_nextItem++);
        if (pending is { } p)
        {
            _list!.Add(p.Code, p.Origin, p.Heading);
        }

        return true;
    }

    /// <summary>A map from another vocabulary to a corpus's encoded words, filled as words are first used (-1 until then).</summary>
    /// <param name="words">The other vocabulary.</param>
    internal sealed class WordMap(string[] words)
    {
        /// <summary>Gets the other vocabulary's words.</summary>
        public string[] Words { get; } = words;

        /// <summary>Gets each word's encoded word in the corpus, or -1.</summary>
        public int[] Encoded { get; } = NewMap(words.Length);

        private static int[] NewMap(int length)
        {
            var map = new int[length];
            Array.Fill(map, -1);
            return map;
        }
    }

    /// <summary>Returns a map from another vocabulary (an index's, a release's titles') to this corpus's words; each word is put in the corpus's vocabulary the first time a document holds it.</summary>
    /// <param name="words">The other vocabulary's words, normalised.</param>
    /// <returns>The map.</returns>
    public WordMap Vocabulary(string[] words) => new(words);

    /// <summary>Returns the encoded (primary) word of this corpus for a word of another vocabulary.</summary>
    /// <param name="map">The map of that vocabulary.</param>
    /// <param name="word">The word's number there.</param>
    /// <returns>The encoded word: its number here, shifted left once.</returns>
    public int Encode(WordMap map, int word)
    {
        var encoded = map.Encoded[word];
        return encoded >= 0 ? encoded : map.Encoded[word] = Intern(map.Words[word]) << 1;
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

    /// <summary>
    /// Records that a word stands for another text, from the index's own cross-references: a main term
    /// "Overdose, overdosage" with <c>see</c> "Table of Drugs and Chemicals, by drug, poisoning" makes a query's
    /// "overdose" also match "poisoning".
    /// </summary>
    /// <param name="word">The word (any case; it is normalised).</param>
    /// <param name="target">The words it also matches.</param>
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
        }

        targets.Add(target);
    }

    /// <summary>Builds the corpus: postings, lengths, synonyms.</summary>
    /// <returns>The corpus.</returns>
    public SearchCorpus Build()
    {
        if (_open)
        {
            throw new InvalidOperationException("A document is still open.");
        }

        _built = true;
        var docCount = _sources.Count;
        var docStart = CollectionsMarshal.AsSpan(_docStart);
        var frequency = CollectionsMarshal.AsSpan(_frequency);
        var tokens = _tokens; // handed over as it is (the builder builds once): its tail past the last document is unused

        // The vocabulary is the words of the documents: a word put in it but held by no document (a column heading no
        // cell uses) is left out, so that a query word is either in some document or not in the vocabulary at all.
        var number = new int[_termText.Count];
        var termText = new List<string>(_termText.Count);
        for (var t = 0; t < number.Length; t++)
        {
            number[t] = frequency[t] > 0 ? termText.Count : -1;
            if (frequency[t] > 0)
            {
                termText.Add(_termText[t]);
            }
        }

        var compact = termText.Count < _termText.Count;
        var termCount = termText.Count;
        var postingStart = new int[termCount + 1];
        for (var t = 0; t < number.Length; t++)
        {
            if (number[t] >= 0)
            {
                postingStart[number[t] + 1] = frequency[t];
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            postingStart[t + 1] += postingStart[t];
        }

        var postings = new int[postingStart[termCount]];
        var fill = postingStart.AsSpan(0, termCount).ToArray();
        var lastDoc = new int[termCount];
        Array.Fill(lastDoc, -1);
        for (var d = 0; d < docCount; d++)
        {
            for (var p = docStart[d]; p < docStart[d + 1]; p++)
            {
                var term = tokens[p] >> 1;
                if (compact)
                {
                    term = number[term];
                    tokens[p] = (term << 1) | (tokens[p] & 1);
                }

                if (lastDoc[term] != d)
                {
                    lastDoc[term] = d;
                    postings[fill[term]++] = d;
                }
            }
        }

        var terms = _terms;
        if (compact)
        {
            terms = new Dictionary<string, int>(termCount, StringComparer.Ordinal);
            for (var t = 0; t < termCount; t++)
            {
                terms.Add(termText[t], t);
            }
        }

        var synonyms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (word, targets) in _synonyms)
        {
            var ids = new List<int>();
            foreach (var target in targets)
            {
                AddTargetTerms(target, ids);
            }

            int[] kept = [.. ids.Select(id => number[id]).Where(id => id >= 0).Distinct()];
            if (kept.Length > 0)
            {
                synonyms[word] = kept;
            }
        }

        return new SearchCorpus(
            terms,
            [.. termText],
            docStart.ToArray(),
            tokens,
            [.. _lengths],
            docCount == 0 ? 1f : (float)(_totalLength / docCount),
            [.. _sources],
            [.. _sets],
            [.. _setStart],
            [.. _items],
            postingStart,
            postings,
            synonyms);
    }

    /// <summary>
    /// Adds the words of a cross-reference's target that a query word should also match: the target's words, except
    /// the Table of Drugs' own name and the "by drug", "by site", "by type" that only say how to read the table.
    /// </summary>
    private void AddTargetTerms(string target, List<int> ids)
    {
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

        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        foreach (var word in SearchText.Words(text, buffer))
        {
            if (_lookup.TryGetValue(word, out var id))
            {
                ids.Add(id);
            }
        }
    }

    private int Intern(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var id))
        {
            return id;
        }

        id = _termText.Count;
        var text = word.ToString();
        _termText.Add(text);
        _terms.Add(text, id);
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

    private void Append(int encoded)
    {
        if (!_open)
        {
            throw new InvalidOperationException("No document is open.");
        }

        if (_tokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_tokenCount++] = encoded;
    }
}
