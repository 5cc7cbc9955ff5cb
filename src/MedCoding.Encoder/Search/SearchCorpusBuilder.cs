using System.Runtime.InteropServices;

namespace MedCoding.Encoder;

/// <summary>
/// Collects the documents of a search corpus (an index path with its code, a Tabular title) word by word, then
/// builds the postings: one pass over the words, no intermediate strings per word once the vocabulary knows it.
/// </summary>
/// <remarks>
/// A document is opened with <see cref="Begin"/>, given words with <see cref="AddText"/> or <see cref="AddWords"/>
/// (pre-cut words, so that an index term's title shared by all its subterms is cut once), and closed with
/// <see cref="End"/>. Words are stored as <c>term &lt;&lt; 1 | secondary</c>: a secondary word (a nonessential
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
    private readonly List<string?> _codes = [];
    private readonly List<object> _origins = [];
    private readonly List<string?> _headings = [];
    private readonly List<ulong> _codeKeys = [];
    private readonly Dictionary<string, List<string>> _synonyms = new(StringComparer.Ordinal);
    private int[] _tokens = new int[1 << 16];
    private int _tokenCount;
    private bool _open;

    public SearchCorpusBuilder() => _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the number of documents closed so far.</summary>
    public int DocumentCount => _sources.Count;

    /// <summary>Opens a document.</summary>
    /// <param name="source">Where it comes from.</param>
    /// <param name="code">The code as the source writes it (<c>C34.1-</c>), or <see langword="null"/> when <paramref name="origin"/> is a <see cref="MedCoding.CodeSets.CodeEntry"/> naming it.</param>
    /// <param name="origin">The index term or Tabular entry the document stands for.</param>
    /// <param name="heading">For a table cell, the column heading that ends the path.</param>
    public void Begin(SearchSource source, string? code, object origin, string? heading = null)
    {
        if (_open)
        {
            throw new InvalidOperationException("A document is already open.");
        }

        _open = true;
        _sources.Add(source);
        _codes.Add(code);
        _origins.Add(origin);
        _headings.Add(heading);
        _codeKeys.Add(CodeKey(code ?? ((MedCoding.CodeSets.CodeEntry)origin).Name));
    }

    /// <summary>
    /// Returns a code's key for one-result-per-code: a 64-bit hash of its characters, upper case, dots and a final "-"
    /// left out, so that <c>C34.1-</c>, <c>C34.1</c> and <c>c341</c> are one code.
    /// </summary>
    internal static ulong CodeKey(string code)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in code)
        {
            if (c is not ('.' or '-' or ' '))
            {
                hash = unchecked((hash ^ char.ToUpperInvariant(c)) * 1099511628211UL);
            }
        }

        return hash;
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

    /// <summary>Adds words already cut by <see cref="Cut"/>.</summary>
    /// <param name="words">The encoded words.</param>
    /// <param name="secondary">Whether to add them as secondary words, whatever they were cut as.</param>
    public void AddWords(ReadOnlySpan<int> words, bool secondary = false)
    {
        foreach (var word in words)
        {
            Append(secondary ? word | 1 : word);
        }
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
    public void End()
    {
        if (!_open)
        {
            throw new InvalidOperationException("No document is open.");
        }

        _open = false;
        if (_tokenCount == _docStart[^1])
        {
            var last = _sources.Count - 1;
            _sources.RemoveAt(last);
            _codes.RemoveAt(last);
            _origins.RemoveAt(last);
            _headings.RemoveAt(last);
            _codeKeys.RemoveAt(last);
            return;
        }

        _docStart.Add(_tokenCount);
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

        var termCount = _termText.Count;
        var docCount = _sources.Count;
        var tokens = _tokens.AsSpan(0, _tokenCount);
        var docStart = CollectionsMarshal.AsSpan(_docStart);

        // Document frequencies: each term counted once per document.
        var postingStart = new int[termCount + 1];
        var lastDoc = new int[termCount];
        Array.Fill(lastDoc, -1);
        var lengths = new float[docCount];
        double totalLength = 0;
        for (var d = 0; d < docCount; d++)
        {
            float length = 0;
            for (var p = docStart[d]; p < docStart[d + 1]; p++)
            {
                var term = tokens[p] >> 1;
                length += (tokens[p] & 1) == 0 ? 1f : 0.5f;
                if (lastDoc[term] != d)
                {
                    lastDoc[term] = d;
                    postingStart[term + 1]++;
                }
            }

            lengths[d] = length;
            totalLength += length;
        }

        for (var t = 0; t < termCount; t++)
        {
            postingStart[t + 1] += postingStart[t];
        }

        var postings = new int[postingStart[termCount]];
        var fill = postingStart.AsSpan(0, termCount).ToArray();
        Array.Fill(lastDoc, -1);
        for (var d = 0; d < docCount; d++)
        {
            for (var p = docStart[d]; p < docStart[d + 1]; p++)
            {
                var term = tokens[p] >> 1;
                if (lastDoc[term] != d)
                {
                    lastDoc[term] = d;
                    postings[fill[term]++] = d;
                }
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

            if (ids.Count > 0)
            {
                synonyms[word] = [.. ids.Distinct()];
            }
        }

        return new SearchCorpus(
            new Dictionary<string, int>(_terms, StringComparer.Ordinal),
            [.. _termText],
            docStart.ToArray(),
            tokens.ToArray(),
            lengths,
            docCount == 0 ? 1f : (float)(totalLength / docCount),
            [.. _sources],
            [.. _codes],
            [.. _origins],
            [.. _headings],
            [.. _codeKeys],
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
        return id;
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
