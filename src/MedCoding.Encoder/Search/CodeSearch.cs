using System.Collections.Concurrent;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;

namespace MedCoding.Encoder;

/// <summary>
/// Finds codes from a coder's words, the way an encoder does: free text in ("diabetes type 2 with hyperglycemia",
/// "acetaminophen poisoning accidental", "resection appendix", a Tabular title, a code), ranked codes out, each
/// checked against the release in force on the date asked; then <see cref="Complete(SearchResult)"/> leads from a
/// result to a billable code.
/// </summary>
/// <remarks>
/// <para>
/// What is searched: every path of the indexes that ends in a code (the Alphabetic Index, the External Cause Index,
/// each cell of the Table of Drugs and Chemicals and of the Neoplasm Table with its column heading, the ICD-10-PCS
/// Index), every title of the ICD-10-CM release in force, and codes typed as such (<c>E11.65</c>, <c>e1165</c>,
/// <c>0DTJ4ZZ</c>, <c>0DTJ</c>). Ranking: the exact words in order first, then in any order, then BM25 with synonyms
/// from the indexes' own <c>see</c> and <c>use</c> references and one typo forgiven (see <see cref="SearchResult.Score"/>).
/// One result per code.
/// </para>
/// <para>
/// The search index of a release is put together the first time a date in it is asked, once, and kept: the compiled
/// search segments of its titles and of the indexes, read in place (a release or an index without them has its segment
/// built then); <see cref="Prepare"/> does it ahead.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe: share one instance.</threadsafety>
public sealed class CodeSearch
{
    /// <summary>The most results a search returns.</summary>
    public const int MaxLimit = 1000;

    private readonly ReleaseSchedule<Icd10CmRelease> _icd10Cm;
    private readonly ReleaseSchedule<PcsRelease>? _icd10Pcs;
    private readonly bool _titles;
    private readonly ReleaseSchedule<TabularTitleWords>? _titleWords;
    private readonly AlphabeticIndex[] _indexes;
    private readonly Action<ListDocumentSet>[] _documents;
    private readonly ConcurrentDictionary<Release, Lazy<SearchCorpus>> _corpora = new();
    private readonly Lazy<Icd10CmRelease?> _tabularList;

    internal CodeSearch(
        ReleaseSchedule<Icd10CmRelease> icd10Cm,
        ReleaseSchedule<PcsRelease>? icd10Pcs,
        Icd10CmRelease? tabularList,
        bool titles,
        ReleaseSchedule<TabularTitleWords>? titleWords,
        AlphabeticIndex[] indexes,
        Action<ListDocumentSet>[] documents)
    {
        _titleWords = titleWords;
        _indexes = indexes;
        _icd10Cm = icd10Cm;
        _icd10Pcs = icd10Pcs;
        _titles = titles;
        _documents = documents;
        _tabularList = new(() => tabularList ?? FindNewestTabularList(icd10Cm), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Returns a builder.</summary>
    /// <returns>A new builder.</returns>
    public static CodeSearchBuilder CreateBuilder() => new();

    /// <summary>Gets the ICD-10-CM releases the search checks codes against.</summary>
    public ReleaseSchedule<Icd10CmRelease> Icd10CmReleases => _icd10Cm;

    /// <summary>Gets the ICD-10-PCS releases, or <see langword="null"/> when none were given.</summary>
    public ReleaseSchedule<PcsRelease>? Icd10PcsReleases => _icd10Pcs;

    /// <summary>Searches, checking each code against the releases in force on a date of service.</summary>
    /// <param name="query">The words, a title or a code.</param>
    /// <param name="dateOfService">The date of service: it chooses the releases.</param>
    /// <param name="limit">How many codes at most (1 to <see cref="MaxLimit"/>).</param>
    /// <returns>The results, best first, one per code; empty when nothing matches.</returns>
    /// <exception cref="NoReleaseInForceException">No ICD-10-CM release is in force on the date.</exception>
    public IReadOnlyList<SearchResult> Search(string query, DateOnly dateOfService, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        var cm = InForce(dateOfService, out var cmRelease);
        PcsRelease? pcs = null;
        Release? pcsRelease = null;
        _icd10Pcs?.TryGetInForceOn(dateOfService, out pcs, out pcsRelease);
        var context = new Context(query, dateOfService, cm, cmRelease, pcs, pcsRelease);

        if (TryCode(context) is { } code)
        {
            return [code];
        }

        var corpus = CorpusFor(cm, cmRelease);
        Span<SearchHit> hits = limit <= 64 ? stackalloc SearchHit[limit] : new SearchHit[limit];
        var count = corpus.Search(query, limit, hits);
        if (count == 0)
        {
            return [];
        }

        var results = new SearchResult[count];
        for (var i = 0; i < count; i++)
        {
            results[i] = ResultFor(context, corpus, hits[i]);
        }

        return results;
    }

    /// <summary>Builds the search index of the ICD-10-CM release in force on a date, if not built yet.</summary>
    /// <param name="dateOfService">A date of service.</param>
    /// <exception cref="NoReleaseInForceException">No ICD-10-CM release is in force on the date.</exception>
    public void Prepare(DateOnly dateOfService)
    {
        var cm = InForce(dateOfService, out var release);
        CorpusFor(cm, release).PrepareTypos();
    }

    /// <summary>Leads from a result to a billable code, in the releases the result was checked against.</summary>
    /// <param name="result">A result of this search.</param>
    /// <returns>The 7th characters, PCS axes still open, billable codes, notes, and the code the query's words point to.</returns>
    public CodeCompletion Complete(SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Complete(result.Code, result.DateOfService, result.Query, result.Source == SearchSource.Pcs);
    }

    /// <summary>Leads from a code (ICD-10-CM, or ICD-10-PCS code or partial code) to a billable code in the releases in force on a date.</summary>
    /// <param name="code">The code: <c>T39.1X1</c>, <c>C34.1-</c>, <c>0DTJ</c>.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="query">Words that may name a 7th character (<c>initial encounter</c>); optional.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="NoReleaseInForceException">No release of the code's system is in force on the date.</exception>
    public CodeCompletion Complete(string code, DateOnly dateOfService, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        Span<char> buffer = stackalloc char[Icd10CmCode.MaxLength + 1];
        var text = code.AsSpan().Trim().TrimEnd('-');
        var isCm = text.Length >= 2 && char.IsAsciiLetter(text[0]) && char.IsAsciiDigit(text[1]) && Icd10CmCode.TryNormalize(text, buffer, out _);
        return Complete(code, dateOfService, query, pcs: !isCm);
    }

    private CodeCompletion Complete(string code, DateOnly dateOfService, string? query, bool pcs)
    {
        var trimmed = code.Trim().TrimEnd('-');
        if (pcs)
        {
            if (_icd10Pcs is null || !_icd10Pcs.TryGetInForceOn(dateOfService, out var pcsRelease, out var inForce))
            {
                throw new NoReleaseInForceException(CodeSystem.Icd10Pcs, dateOfService, _icd10Pcs?.Releases ?? []);
            }

            return CompletePcs(trimmed, pcsRelease, inForce);
        }

        var cm = InForce(dateOfService, out var release);
        return CompleteCm(trimmed, cm, release, query);
    }

    private static CodeCompletion CompletePcs(string code, PcsRelease release, Release inForce)
    {
        var upper = code.ToUpperInvariant();
        var (status, missing, title) = CodeChecker.CheckPcs(release, upper);
        IReadOnlyList<string> billable = status is CodeStatus.Billable or CodeStatus.Header ? CodeChecker.PcsBillableBelow(release, upper) : [];
        IReadOnlyList<PcsOpenAxis> axes = status == CodeStatus.Header ? CodeChecker.OpenAxes(release, upper) : [];
        var suggested = billable.Count == 1 ? billable[0] : null;
        return new CodeCompletion(CodeSystem.Icd10Pcs, upper, title, status, missing, inForce, billable, [], axes, [], null, suggested, null);
    }

    private CodeCompletion CompleteCm(string code, Icd10CmRelease release, Release inForce, string? query)
    {
        var entry = CodeChecker.FindCm(release, code);
        var dotted = entry?.Name ?? code.ToUpperInvariant();
        var status = entry is null ? CodeStatus.NotInRelease : entry.IsBillable ? CodeStatus.Billable : CodeStatus.Header;
        var missing = entry is null ? MissingParts.None : CodeChecker.MissingOf(release, entry);
        IReadOnlyList<string> billable = entry is null ? [] : CodeChecker.BillableBelow(release, entry);

        // Meanings and notes from the newest Tabular List: the code itself, or its nearest ancestor there.
        var tabular = release.HasTabularList ? release : _tabularList.Value;
        CodeEntry? tabularEntry = null;
        if (tabular is not null)
        {
            for (var length = dotted.Length; length >= 3 && tabularEntry is null; length--)
            {
                tabularEntry = CodeChecker.FindCm(tabular, dotted.AsSpan(0, length));
            }
        }

        var choices = new List<SeventhCharacterChoice>();
        var notes = new List<InheritedNote>();
        if (tabular is not null && tabularEntry is not null)
        {
            var extensions = new Dictionary<char, string>();
            if (entry is not null && missing == MissingParts.SeventhCharacter)
            {
                foreach (var child in release.GetChildren(entry))
                {
                    if (child.Kind == EntryKind.Extension)
                    {
                        extensions[child.Name[^1]] = child.Name;
                    }
                }
            }

            foreach (var seventh in tabular.GetSeventhCharacters(tabularEntry, out _))
            {
                extensions.TryGetValue(seventh.Character, out var made);
                choices.Add(new SeventhCharacterChoice(seventh.Character, seventh.Meaning, made));
            }

            foreach (var note in tabular.GetNotes(tabularEntry).Notes)
            {
                notes.Add(new InheritedNote(note, tabularEntry));
            }

            notes.AddRange(tabular.GetInheritedNotes(tabularEntry));
        }

        if (entry is not null && !entry.IsBillable && choices.Count == 0 && missing == MissingParts.SeventhCharacter)
        {
            // No Tabular List knows the code: the release's own 7th-character codes, without meanings.
            foreach (var child in release.GetChildren(entry))
            {
                if (child.Kind == EntryKind.Extension)
                {
                    choices.Add(new SeventhCharacterChoice(child.Name[^1], child.Title, child.Name));
                }
            }
        }

        string? suggested = status == CodeStatus.Billable ? dotted : billable.Count == 1 ? billable[0] : SuggestSeventh(choices, query);
        string? remarks = null;
        if (tabular is null)
        {
            remarks = $"No Tabular List is available: 7th-character meanings and notes cannot be given; {inForce.Name} gives the codes.";
        }
        else if (!ReferenceEquals(tabular, release))
        {
            remarks = $"7th-character meanings and notes are from the {tabular.Release.Name} Tabular List, the newest available; {inForce.Name} (in force) gives the codes and their billable status.";
        }

        return new CodeCompletion(CodeSystem.Icd10Cm, dotted, entry?.Title, status, missing, inForce, billable, choices, [], notes, tabular?.Release, suggested, remarks);
    }

    /// <summary>The 7th character whose meaning's words the query names best (all of them, or at least two and no tie).</summary>
    private static string? SuggestSeventh(List<SeventhCharacterChoice> choices, string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || choices.Count == 0)
        {
            return null;
        }

        var queryWords = SearchText.WordList(query);
        string? best = null;
        var bestScore = 0.0;
        var tie = false;
        foreach (var choice in choices)
        {
            if (choice.Code is null)
            {
                continue;
            }

            var meaning = SearchText.WordList(choice.Meaning);
            var matched = meaning.Count(queryWords.Contains);
            if (meaning.Count == 0 || (matched < meaning.Count && matched < 2))
            {
                continue;
            }

            var score = matched + ((double)matched / meaning.Count);
            if (score > bestScore)
            {
                (best, bestScore, tie) = (choice.Code, score, false);
            }
            else if (score == bestScore)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    internal SearchCorpus CorpusFor(DateOnly dateOfService)
    {
        var cm = InForce(dateOfService, out var release);
        return CorpusFor(cm, release);
    }

    /// <summary>
    /// Builds a corpus for a release without caching it (benchmarks measure the build): the release's titles first (on
    /// equal scores the lower document wins, so an exact title gives its own code), then each index, then documents
    /// given one by one; each a search segment as compiled, or built now.
    /// </summary>
    internal SearchCorpus BuildCorpus(Icd10CmRelease release)
    {
        var segments = new List<(SearchSegment, DocumentSet)>(_indexes.Length + _documents.Length + 1);
        if (_titles)
        {
            var titles = TitleWordsOf(release).Segment;
            segments.Add((titles, new TitleDocumentSet(release, titles)));
        }

        foreach (var index in _indexes)
        {
            segments.Add((index.SearchSegment, new IndexDocumentSet(index, index.SearchSegment)));
        }

        foreach (var documents in _documents)
        {
            var list = new ListDocumentSet();
            documents(list);
            segments.Add((list.Build(), list));
        }

        return new SearchCorpus(segments);
    }

    /// <summary>The words of a release's titles: as compiled when the words given are that release's (<see cref="TabularTitleWords.IsFor(Icd10CmRelease)"/>), else cut now.</summary>
    private TabularTitleWords TitleWordsOf(Icd10CmRelease release)
    {
        if (_titleWords is not null && _titleWords.Releases.Contains(release.Release))
        {
            var words = _titleWords.Load(release.Release);
            if (words.IsFor(release))
            {
                return words;
            }
        }

        return TabularTitleWords.Compute(release);
    }

    private static Icd10CmRelease? FindNewestTabularList(ReleaseSchedule<Icd10CmRelease> schedule)
    {
        for (var i = schedule.Releases.Count - 1; i >= 0; i--)
        {
            var release = schedule.Load(schedule.Releases[i]);
            if (release.HasTabularList)
            {
                return release;
            }
        }

        return null;
    }

    private Icd10CmRelease InForce(DateOnly dateOfService, out Release release)
    {
        if (!_icd10Cm.TryGetInForceOn(dateOfService, out var content, out var inForce))
        {
            throw new NoReleaseInForceException(CodeSystem.Icd10Cm, dateOfService, _icd10Cm.Releases);
        }

        release = inForce;
        return content;
    }

    private SearchCorpus CorpusFor(Icd10CmRelease cm, Release release) =>
        _corpora.GetOrAdd(release, _ => new Lazy<SearchCorpus>(() => BuildCorpus(cm), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static SearchResult? TryCode(Context context)
    {
        var text = context.Query.AsSpan().Trim();
        if (text.Length is < 3 or > Icd10CmCode.MaxLength + 2 || text.IndexOfAny(' ', ',') >= 0 || text.IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        var bare = text.TrimEnd('-');
        if (bare.Length < 3)
        {
            return null;
        }

        if (char.IsAsciiLetter(bare[0]) && char.IsAsciiDigit(bare[1]))
        {
            Span<char> buffer = stackalloc char[Icd10CmCode.MaxLength + 1];
            if (Icd10CmCode.TryNormalize(bare, buffer, out var written))
            {
                var entry = context.Cm.Find(buffer[..written]);
                var code = entry?.Name ?? Icd10CmCode.ToDotted(new string(buffer[..written]));
                return CmResult(context, code, SearchSource.Tabular, entry is null ? [code] : [entry.Title], entry, double.MaxValue);
            }
        }

        if (context.Pcs is not null && CodeChecker.IsPcsShape(bare))
        {
            var code = bare.ToString().ToUpperInvariant();
            var (status, missing, title) = CodeChecker.CheckPcs(context.Pcs, code);
            if (status != CodeStatus.NotInRelease)
            {
                return PcsResult(context, code, title is null ? [code] : [title], double.MaxValue, (status, missing, title));
            }
        }

        return null;
    }

    private static SearchResult ResultFor(Context context, SearchCorpus corpus, SearchHit hit)
    {
        var d = hit.Document;
        var source = corpus.SourceOf(d);
        var code = corpus.CodeOf(d);
        var path = corpus.PathOf(d);
        if (source == SearchSource.Pcs)
        {
            return PcsResult(context, code, path, hit.Score, context.Pcs is null ? null : CodeChecker.CheckPcs(context.Pcs, code));
        }

        var entry = corpus.EntryOf(d) ?? CodeChecker.FindCm(context.Cm, code);
        return CmResult(context, code, source, path, entry, hit.Score);
    }

    private static SearchResult CmResult(Context context, string code, SearchSource source, IReadOnlyList<string> path, CodeEntry? entry, double score)
    {
        var cm = context.Cm;
        if (entry is null)
        {
            return new SearchResult(context.Query, context.Date, code, source, path, null, score, CodeStatus.NotInRelease, MissingParts.None, context.CmRelease, static () => []);
        }

        return new SearchResult(
            context.Query,
            context.Date,
            code,
            source,
            path,
            entry.Title,
            score,
            entry.IsBillable ? CodeStatus.Billable : CodeStatus.Header,
            CodeChecker.MissingOf(cm, entry),
            context.CmRelease,
            () => CodeChecker.BillableBelow(cm, entry));
    }

    private static SearchResult PcsResult(Context context, string code, IReadOnlyList<string> path, double score, (CodeStatus Status, MissingParts Missing, string? Title)? check)
    {
        if (context.Pcs is not { } pcs || check is not { } c)
        {
            return new SearchResult(context.Query, context.Date, code, SearchSource.Pcs, path, null, score, CodeStatus.NoReleaseInForce, MissingParts.None, null, static () => []);
        }

        return new SearchResult(
            context.Query,
            context.Date,
            code,
            SearchSource.Pcs,
            path,
            c.Title,
            score,
            c.Status,
            c.Missing,
            context.PcsRelease,
            () => CodeChecker.PcsBillableBelow(pcs, code));
    }

    /// <summary>One search: the query, the date and the releases in force.</summary>
    private sealed record Context(string Query, DateOnly Date, Icd10CmRelease Cm, Release CmRelease, PcsRelease? Pcs, Release? PcsRelease);
}
