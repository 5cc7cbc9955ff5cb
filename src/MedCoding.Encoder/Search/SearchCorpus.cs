using MedCoding.CodeSets;
using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// Returns the documents of one search (every index path with a code, every Tabular title of one release) and ranks
/// them for a query: the search segments of the release's titles and of each index, searched together as one corpus.
/// </summary>
/// <remarks>
/// <para>
/// Ranking: BM25 (k1 1.2, b 0.75) per query word, where a word matches its own term, the terms one typo away when it
/// is not in the vocabulary (weight 0.8), and the words of an index cross-reference it is the main term of (weight
/// 0.9); the best alternative counts. The sum is scaled by the share of the query's weight the document covers
/// (squared) and, a little, by the share of the document's words the query covers. Two tiers go first: the
/// document's words exactly the query's, in order (exact phrase), then in any order; below them, a document holding the
/// query's words as a phrase among others scores a quarter more.
/// </para>
/// <para>
/// Speed: candidates come from the query's rarest words (postings unioned until 2,000 documents' worth), each
/// candidate is scored at once from its own word list (a forward index), so common words such as "with" or
/// "encounter" never have their long postings walked. Each segment keeps its own word numbers: a query word is looked
/// up once in the corpus's vocabulary, then under each segment's number. The per-thread scratch arrays make a query
/// allocation-free up to the hits it returns.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class SearchCorpus
{
    internal const int MaxQueryWords = 48;
    private const int MaxAlternatives = 192;
    private const int CandidateBudget = 2000;
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TypoWeight = 0.8;
    private const double SynonymWeight = 0.9;
    private const double PhraseBoost = 1.25;

    [ThreadStatic]
    private static Scratch? s_scratch;

    private readonly Dictionary<string, int> _terms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _termText;
    private readonly int[] _frequency;
    private readonly Part[] _parts;
    private readonly int _documentCount;
    private readonly float _averageLength;
    private ulong[]? _codeKeys;
    private readonly Dictionary<string, int[]> _synonyms;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _synonymLookup;
    private readonly Lazy<TypoDictionary> _typos;

    /// <summary>
    /// Assembles a corpus from segments, each with the set its documents are items of, in order (on equal scores the
    /// lower document wins: the first segments win ties): one vocabulary of every segment's words, each word's
    /// document frequency summed, and the segments' synonyms with their targets in that vocabulary.
    /// </summary>
    /// <param name="segments">The segments and their sets.</param>
    internal SearchCorpus(IReadOnlyList<(SearchSegment Segment, DocumentSet Set)> segments)
    {
        var capacity = 0;
        foreach (var (segment, _) in segments)
        {
            capacity = Math.Max(capacity, segment.Words.Length);
        }

        _terms = new Dictionary<string, int>(capacity * 3 / 2, StringComparer.Ordinal);
        var termText = new List<string>(capacity * 3 / 2);
        var frequency = new List<int>(capacity * 3 / 2);
        var globalOf = new int[segments.Count][];
        long totalLength2 = 0;
        for (var p = 0; p < segments.Count; p++)
        {
            var segment = segments[p].Segment;
            var map = globalOf[p] = new int[segment.Words.Length];
            for (var w = 0; w < map.Length; w++)
            {
                if (!_terms.TryGetValue(segment.Words[w], out var term))
                {
                    term = termText.Count;
                    _terms.Add(segment.Words[w], term);
                    termText.Add(segment.Words[w]);
                    frequency.Add(0);
                }

                map[w] = term;
                frequency[term] += segment.Frequency[w];
            }

            totalLength2 += segment.TotalLength2;
        }

        _termText = [.. termText];
        _frequency = [.. frequency];
        _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        _parts = new Part[segments.Count];
        var offset = 0;
        for (var p = 0; p < segments.Count; p++)
        {
            var (segment, set) = segments[p];
            var localOf = new int[_termText.Length];
            Array.Fill(localOf, -1);
            for (var w = 0; w < globalOf[p].Length; w++)
            {
                localOf[globalOf[p][w]] = w;
            }

            _parts[p] = new Part(segment, set, offset, localOf);
            offset += segment.DocumentCount;
        }

        _documentCount = offset;
        _averageLength = offset == 0 ? 1f : (float)(totalLength2 / 2.0 / offset);
        _synonyms = Synonyms(segments);
        _synonymLookup = _synonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _typos = new(() => new TypoDictionary(_termText), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Returns a corpus of documents given one by one (tests).</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The corpus.</returns>
    internal static SearchCorpus Of(ListDocumentSet documents) => new([(documents.Build(), documents)]);

    /// <summary>Gets the number of documents.</summary>
    public int DocumentCount => _documentCount;

    /// <summary>Gets how many postings the last query on this thread walked (diagnostics).</summary>
    internal int LastCandidateCount => s_scratch?.CandidateCount ?? 0;

    /// <summary>Gets the vocabulary, by term number.</summary>
    internal string[] Terms => _termText;

    /// <summary>Gets the number of distinct words.</summary>
    public int TermCount => _termText.Length;

    /// <summary>Gets the number of words of all documents together (the forward index).</summary>
    public int TokenCount => _parts.Sum(p => p.Segment.TokenCount);

    /// <summary>Gets the number of postings (document, word) pairs.</summary>
    public int PostingCount => _parts.Sum(p => p.Segment.PostingCount);

    /// <summary>Gets the number of words with synonyms from the index's cross-references.</summary>
    public int SynonymCount => _synonyms.Count;

    /// <summary>Builds the spelling dictionary now rather than at the first query with an unknown word.</summary>
    public void PrepareTypos() => _ = _typos.Value;

    /// <summary>Gets where a document comes from.</summary>
    public SearchSource SourceOf(int document) => PartOf(document, out var item).Set.SourceOf(item);

    /// <summary>Gets the code as its source writes it (<c>C34.1-</c>, <c>E11.65</c>, <c>0DTJ</c>).</summary>
    public string CodeOf(int document) => PartOf(document, out var item).Set.CodeOf(item);

    /// <summary>Gets the path a result shows: the index path, main term first (a cell's column heading, a cross-reference, last), or the title.</summary>
    public IReadOnlyList<string> PathOf(int document) => PartOf(document, out var item).Set.PathOf(item);

    /// <summary>Gets the Tabular entry a document is the title of, or <see langword="null"/>.</summary>
    public CodeEntry? EntryOf(int document) => PartOf(document, out var item).Set.EntryOf(item);

    /// <summary>Returns the words of a document as indexed (normalised), for tests and diagnostics.</summary>
    public IEnumerable<string> WordsOf(int document)
    {
        var part = PartOf(document, out var item);
        return part.Segment.EncodedWordsOf(item).Select(word => part.Segment.Words[word >> 1]);
    }

    /// <summary>Returns how many documents hold a word (after normalisation), 0 when none.</summary>
    public int DocumentFrequency(string word)
    {
        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        var words = SearchText.Words(word, buffer);
        return words.MoveNext() && _lookup.TryGetValue(words.Current, out var term) ? Frequency(term) : 0;
    }

    /// <summary>Ranks the documents for a query.</summary>
    /// <param name="query">The words as a coder types them.</param>
    /// <param name="limit">How many codes to return at most.</param>
    /// <param name="hits">Receives the hits, best first; one per code (a code's best document).</param>
    /// <returns>The number of hits written.</returns>
    public int Search(ReadOnlySpan<char> query, int limit, Span<SearchHit> hits)
    {
        limit = Math.Min(limit, hits.Length);
        if (limit <= 0)
        {
            return 0;
        }

        var s = s_scratch;
        if (s is null || !ReferenceEquals(s.Owner, this))
        {
            s_scratch = s = new Scratch(this, _documentCount, _termText.Length, _parts);
        }

        s.NextStamp();
        if (!Parse(query, s))
        {
            return 0;
        }

        s.HeapCount = 0;
        s.Limit = limit;
        s.EnsureHeap(limit);
        Span<int> order = stackalloc int[s.GroupCount];
        for (var g = 0; g < s.GroupCount; g++)
        {
            order[g] = g;
        }

        // The rarest words first (insertion sort: a handful of groups).
        for (var i = 1; i < order.Length; i++)
        {
            var g = order[i];
            var j = i - 1;
            while (j >= 0 && s.GroupFrequency[order[j]] > s.GroupFrequency[g])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = g;
        }

        var budget = 0;
        foreach (var g in order)
        {
            if (s.GroupFrequency[g] == 0)
            {
                continue;
            }

            if (budget > 0 && budget + s.GroupFrequency[g] > CandidateBudget)
            {
                break;
            }

            budget += s.GroupFrequency[g];
            for (var p = 0; p < _parts.Length; p++)
            {
                var part = _parts[p];
                var segment = part.Segment;
                var postingStarts = segment.PostingStarts.Span;
                var postings = segment.Postings.Span;
                var documentStarts = segment.DocumentStarts.Span;
                var tokens = segment.Tokens.Span;
                for (var a = s.GroupStart[g]; a < s.GroupStart[g + 1]; a++)
                {
                    var word = part.LocalOf[s.AltTerm[a]];
                    if (word < 0)
                    {
                        continue;
                    }

                    var end = BlockFormat.Int32At(postingStarts, word + 1);
                    var item = -1;
                    for (var i = BlockFormat.Int32At(postingStarts, word); i < end;)
                    {
                        item += SearchSegment.ReadVarInt(postings, ref i) + 1;
                        var d = part.Offset + item;
                        if (s.DocStamp[d] != s.Stamp)
                        {
                            s.DocStamp[d] = s.Stamp;
                            var first = BlockFormat.Int32At(documentStarts, item);
                            Offer(s, d, Score(s, s.Parts[p], tokens[first..BlockFormat.Int32At(documentStarts, item + 1)]));
                        }
                    }
                }
            }
        }

        s.CandidateCount = budget;

        // Best first.
        var count = s.HeapCount;
        for (var i = 0; i < count; i++)
        {
            hits[i] = new SearchHit(s.HeapDoc[i], s.HeapScore[i]);
        }

        hits[..count].Sort(static (x, y) => Better(x.Score, x.Document, y.Score, y.Document) ? -1 : Better(y.Score, y.Document, x.Score, x.Document) ? 1 : 0);
        return count;
    }

    /// <summary>The part a document is in: the last part starting at or before it (a handful of parts), and its number there.</summary>
    private Part PartOf(int document, out int item)
    {
        var i = _parts.Length - 1;
        while (_parts[i].Offset > document)
        {
            i--;
        }

        item = document - _parts[i].Offset;
        return _parts[i];
    }

    private static bool Better(double scoreA, int docA, double scoreB, int docB) => scoreA > scoreB || (scoreA == scoreB && docA < docB);

    private int Frequency(int term) => _frequency[term];

    /// <summary>Cuts the query into groups of alternatives; returns false when no word is in the vocabulary.</summary>
    private bool Parse(ReadOnlySpan<char> query, Scratch s)
    {
        s.GroupCount = 0;
        s.AltCount = 0;
        s.SlotCount = 0;
        s.QueryLength = 0;
        s.AllKnown = true;
        var anyFound = false;
        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        foreach (var word in SearchText.Words(query, buffer))
        {
            if (s.GroupCount == MaxQueryWords)
            {
                break;
            }

            var g = s.GroupCount;
            s.GroupStart[g] = s.AltCount;
            if (_lookup.TryGetValue(word, out var term))
            {
                AddAlternative(s, term, 1.0, exact: true);
                s.QueryTerms[s.QueryLength++] = term;
            }
            else
            {
                s.AllKnown = false;
                s.QueryTerms[s.QueryLength++] = -1;
                if (word.Length >= TypoDictionary.MinLength)
                {
                    _typos.Value.AddCorrections(word, s, this);
                }
            }

            if (_synonymLookup.TryGetValue(word, out var synonyms))
            {
                foreach (var synonym in synonyms)
                {
                    AddAlternative(s, synonym, SynonymWeight, exact: false);
                }
            }

            var frequency = 0;
            var idfSum = 0.0;
            for (var a = s.GroupStart[g]; a < s.AltCount; a++)
            {
                frequency += Frequency(s.AltTerm[a]);
                idfSum = Math.Max(idfSum, s.AltIdf[a] * s.AltWeight[a]);
            }

            s.GroupFrequency[g] = frequency;
            s.GroupIdf[g] = idfSum;
            s.GroupCount++;
            s.GroupStart[s.GroupCount] = s.AltCount;
            anyFound |= frequency > 0;
        }

        s.TotalIdf = 0;
        for (var g = 0; g < s.GroupCount; g++)
        {
            s.TotalIdf += s.GroupIdf[g];
        }

        // The query's words under each part's own numbers (-1: not in the query's vocabulary, or not in the part).
        for (var p = 0; p < _parts.Length; p++)
        {
            var localOf = _parts[p].LocalOf;
            var queryWords = s.Parts[p].QueryWords;
            for (var i = 0; i < s.QueryLength; i++)
            {
                queryWords[i] = s.QueryTerms[i] >= 0 ? localOf[s.QueryTerms[i]] : -1;
            }
        }

        return anyFound;
    }

    /// <summary>Adds a correction one typo away from a query word (called by the spelling dictionary).</summary>
    internal void AddCorrection(Scratch s, int term) => AddAlternative(s, term, TypoWeight, exact: false);

    private void AddAlternative(Scratch s, int term, double weight, bool exact)
    {
        if (s.AltCount == MaxAlternatives)
        {
            return;
        }

        var g = s.GroupCount;
        for (var a = s.GroupStart[g]; a < s.AltCount; a++)
        {
            if (s.AltTerm[a] == term)
            {
                return;
            }
        }

        var alt = s.AltCount++;
        s.AltTerm[alt] = term;
        s.AltWeight[alt] = weight;
        s.AltExact[alt] = exact;
        var df = Frequency(term);
        s.AltIdf[alt] = Math.Log(1 + ((_documentCount - df + 0.5) / (df + 0.5)));
        if (s.TermStamp[term] != s.Stamp)
        {
            s.TermStamp[term] = s.Stamp;
            s.TermSlot[term] = s.SlotCount;
            s.SlotExact[s.SlotCount] = false;
            s.SlotCount++;

            // Each part finds the word under its own number.
            for (var p = 0; p < _parts.Length; p++)
            {
                var word = _parts[p].LocalOf[term];
                if (word >= 0)
                {
                    s.Parts[p].WordStamp[word] = s.Stamp;
                    s.Parts[p].WordSlot[word] = s.SlotCount - 1;
                }
            }
        }

        s.AltSlot[alt] = s.TermSlot[term];
        if (exact)
        {
            s.SlotExact[s.TermSlot[term]] = true;
        }
    }

    /// <summary>Scores a document of a part from its words (the part's numbers, as varints).</summary>
    private double Score(Scratch s, PartScratch part, ReadOnlySpan<byte> tokens)
    {
        var slotTf = s.SlotTf;
        slotTf.AsSpan(0, s.SlotCount).Clear();
        var termStamp = part.WordStamp;
        var termSlot = part.WordSlot;
        var slotExact = s.SlotExact;
        var queryTerms = part.QueryWords.AsSpan(0, s.QueryLength);
        var stamp = s.Stamp;
        var essential = 0;
        var matchedEssential = 0;
        var exactEssential = 0;
        var inOrder = s.AllKnown;
        var run = 0;
        var phrase = false;
        var secondaryCount = 0;
        for (var i = 0; i < tokens.Length;)
        {
            var encoded = SearchSegment.ReadVarInt(tokens, ref i);
            var term = encoded >> 1;
            var secondary = (encoded & 1) != 0;
            if (secondary)
            {
                secondaryCount++;
            }
            else
            {
                if (inOrder && (essential >= queryTerms.Length || queryTerms[essential] != term))
                {
                    inOrder = false;
                }

                // The query's words as a phrase somewhere in the document (a naive scan: queries are short).
                run = queryTerms[run] == term ? run + 1 : queryTerms[0] == term ? 1 : 0;
                if (run == queryTerms.Length)
                {
                    phrase = true;
                    run = 0;
                }

                essential++;
            }

            if (termStamp[term] == stamp)
            {
                var slot = termSlot[term];
                slotTf[slot] += secondary ? 0.5 : 1.0;
                if (!secondary)
                {
                    matchedEssential++;
                    if (slotExact[slot])
                    {
                        exactEssential++;
                    }
                }
            }
        }

        var length = essential + (0.5f * secondaryCount);
        var norm = K1 * (1 - B + (B * length / _averageLength));
        var bm25 = 0.0;
        var covered = 0.0;
        var exactGroups = 0;
        for (var g = 0; g < s.GroupCount; g++)
        {
            var best = 0.0;
            var exactHit = false;
            for (var a = s.GroupStart[g]; a < s.GroupStart[g + 1]; a++)
            {
                var tf = slotTf[s.AltSlot[a]];
                if (tf > 0)
                {
                    var weight = s.AltWeight[a] * s.AltIdf[a] * tf * (K1 + 1) / (tf + norm);
                    best = Math.Max(best, weight);
                    exactHit |= s.AltExact[a];
                }
            }

            if (best > 0)
            {
                bm25 += best;
                covered += s.GroupIdf[g];
                if (exactHit)
                {
                    exactGroups++;
                }
            }
        }

        if (bm25 == 0)
        {
            return 0;
        }

        var coverage = s.TotalIdf > 0 ? covered / s.TotalIdf : 0;
        var precision = essential > 0 ? (double)matchedEssential / essential : 0;
        var score = bm25 * (0.2 + (0.8 * coverage * coverage)) * (0.7 + (0.3 * precision));
        if (phrase && queryTerms.Length > 1)
        {
            score *= PhraseBoost;
        }

        if (exactGroups == s.GroupCount && exactEssential == essential && essential == s.GroupCount)
        {
            score += inOrder && essential == s.QueryLength ? 2000 : 1000;
        }

        return score;
    }

    /// <summary>Keeps the best <c>Limit</c> documents, one per code, in a min-heap.</summary>
    private void Offer(Scratch s, int d, double score)
    {
        if (score <= 0)
        {
            return;
        }

        var count = s.HeapCount;
        if (count == s.Limit && !Better(score, d, s.HeapScore[0], s.HeapDoc[0]))
        {
            return;
        }

        // One result per code: the document's code key against those of the documents kept (each kept with its key).
        var key = KeyOf(d);
        for (var i = 0; i < count; i++)
        {
            if (s.HeapKey[i] == key)
            {
                if (Better(score, d, s.HeapScore[i], s.HeapDoc[i]))
                {
                    s.HeapDoc[i] = d;
                    s.HeapScore[i] = score;
                    SiftDown(s, i);
                }

                return;
            }
        }

        if (count < s.Limit)
        {
            s.HeapDoc[count] = d;
            s.HeapScore[count] = score;
            s.HeapKey[count] = key;
            s.HeapCount = count + 1;
            SiftUp(s, count);
            return;
        }

        s.HeapDoc[0] = d;
        s.HeapScore[0] = score;
        s.HeapKey[0] = key;
        SiftDown(s, 0);
    }

    private static void SiftUp(Scratch s, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(s.HeapScore[parent], s.HeapDoc[parent], s.HeapScore[i], s.HeapDoc[i]))
            {
                break;
            }

            Swap(s, i, parent);
            i = parent;
        }
    }

    private static void SiftDown(Scratch s, int i)
    {
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < s.HeapCount && Better(s.HeapScore[worst], s.HeapDoc[worst], s.HeapScore[left], s.HeapDoc[left]))
            {
                worst = left;
            }

            if (right < s.HeapCount && Better(s.HeapScore[worst], s.HeapDoc[worst], s.HeapScore[right], s.HeapDoc[right]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            Swap(s, i, worst);
            i = worst;
        }
    }

    private static void Swap(Scratch s, int i, int j)
    {
        (s.HeapDoc[i], s.HeapDoc[j]) = (s.HeapDoc[j], s.HeapDoc[i]);
        (s.HeapScore[i], s.HeapScore[j]) = (s.HeapScore[j], s.HeapScore[i]);
        (s.HeapKey[i], s.HeapKey[j]) = (s.HeapKey[j], s.HeapKey[i]);
    }

    /// <summary>
    /// A document's code key (<see cref="CodeKeys"/>: two documents name the same code when their keys are equal, dots,
    /// a final "-" and case ignored), computed the first time it is asked for (0 until then; a key that is 0 is computed
    /// each time, which is as right).
    /// </summary>
    private ulong KeyOf(int document)
    {
        var keys = _codeKeys ?? Interlocked.CompareExchange(ref _codeKeys, new ulong[_documentCount], null) ?? _codeKeys;
        var key = keys[document];
        if (key == 0)
        {
            keys[document] = key = CodeKeys.Of(CodeOf(document));
        }

        return key;
    }

    /// <summary>The arrays one thread reuses from query to query: stamps instead of clearing.</summary>
    internal sealed class Scratch
    {
        public Scratch(SearchCorpus owner, int documents, int terms, Part[] parts)
        {
            Owner = owner;
            DocStamp = new int[documents];
            TermStamp = new int[terms];
            TermSlot = new int[terms];
            Parts = [.. parts.Select(p => new PartScratch(p.Segment.Words.Length))];
        }

        public SearchCorpus Owner { get; }

        /// <summary>Gets each part's stamps and slots, by the part's own word numbers.</summary>
        public PartScratch[] Parts { get; }

        public int[] DocStamp { get; }

        public int[] TermStamp { get; }

        public int[] TermSlot { get; }

        public int Stamp { get; private set; }

        public int GroupCount { get; set; }

        public int[] GroupStart { get; } = new int[MaxQueryWords + 1];

        public int[] GroupFrequency { get; } = new int[MaxQueryWords];

        public double[] GroupIdf { get; } = new double[MaxQueryWords];

        public double TotalIdf { get; set; }

        public int AltCount { get; set; }

        public int[] AltTerm { get; } = new int[MaxAlternatives];

        public double[] AltWeight { get; } = new double[MaxAlternatives];

        public double[] AltIdf { get; } = new double[MaxAlternatives];

        public int[] AltSlot { get; } = new int[MaxAlternatives];

        public bool[] AltExact { get; } = new bool[MaxAlternatives];

        public int SlotCount { get; set; }

        public double[] SlotTf { get; } = new double[MaxAlternatives];

        public bool[] SlotExact { get; } = new bool[MaxAlternatives];

        public int[] QueryTerms { get; } = new int[MaxQueryWords];

        public int QueryLength { get; set; }

        public bool AllKnown { get; set; }

        public int Limit { get; set; }

        public int HeapCount { get; set; }

        public int CandidateCount { get; set; }

        public int[] HeapDoc { get; private set; } = new int[16];

        public double[] HeapScore { get; private set; } = new double[16];

        public ulong[] HeapKey { get; private set; } = new ulong[16];

        public void NextStamp()
        {
            if (Stamp == int.MaxValue)
            {
                Array.Clear(DocStamp);
                Array.Clear(TermStamp);
                foreach (var part in Parts)
                {
                    Array.Clear(part.WordStamp);
                }

                Stamp = 0;
            }

            Stamp++;
        }

        public void EnsureHeap(int limit)
        {
            if (HeapDoc.Length < limit)
            {
                HeapDoc = new int[limit];
                HeapScore = new double[limit];
                HeapKey = new ulong[limit];
            }
        }
    }

    /// <summary>One segment of the corpus: its documents are the corpus's from <see cref="Offset"/> on.</summary>
    /// <param name="Segment">The segment.</param>
    /// <param name="Set">What its documents stand for (document <c>i</c> of the segment is item <c>i</c> of the set).</param>
    /// <param name="Offset">The corpus's number of the segment's first document.</param>
    /// <param name="LocalOf">The segment's number of each word of the corpus's vocabulary, or -1.</param>
    internal sealed record Part(SearchSegment Segment, DocumentSet Set, int Offset, int[] LocalOf);

    /// <summary>What a query notes of one part, by the part's own word numbers.</summary>
    internal sealed class PartScratch(int words)
    {
        public int[] WordStamp { get; } = new int[words];

        public int[] WordSlot { get; } = new int[words];

        public int[] QueryWords { get; } = new int[MaxQueryWords];
    }

    /// <summary>The segments' synonyms, each target kept when some document holds it, as words of the corpus.</summary>
    private Dictionary<string, int[]> Synonyms(IReadOnlyList<(SearchSegment Segment, DocumentSet Set)> segments)
    {
        var targets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (segment, _) in segments)
        {
            foreach (var synonym in segment.Synonyms)
            {
                if (!targets.TryGetValue(synonym.Word, out var ids))
                {
                    targets.Add(synonym.Word, ids = []);
                }

                foreach (var target in synonym.Targets)
                {
                    if (_terms.TryGetValue(target, out var id) && !ids.Contains(id))
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        var synonyms = new Dictionary<string, int[]>(targets.Count, StringComparer.Ordinal);
        foreach (var (word, ids) in targets)
        {
            if (ids.Count > 0)
            {
                synonyms.Add(word, [.. ids]);
            }
        }

        return synonyms;
    }
}
