using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Encoder;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// The encoder's search, warm: one query of a mixed set per row (index words in any order, drug and neoplasm table
/// words, a PCS procedure, a Tabular title, a code, a typo, a cross-reference), over the five embedded indexes and the
/// embedded FY2026 ICD-10-CM release, each result checked against the releases in force on 2025-11-03.
/// </summary>
[MemoryDiagnoser]
public class EncoderSearchBenchmarks
{
    private static readonly DateOnly Date = new(2025, 11, 3);
    private CodeSearch _search = null!;

    /// <summary>The mixed query set.</summary>
    public static IEnumerable<string> Queries => MixedSearchQueries.All;

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _search = EncoderIndexes.Builder().Build();
        _search.Prepare(Date);
    }

    [Benchmark(Description = "Search, top 10")]
    public IReadOnlyList<SearchResult> Search() => _search.Search(Query, Date, 10);
}

/// <summary>
/// The search made ready at start-up: the headline row reads the five embedded indexes and FY2026's title words from
/// their compiled bytes in place (the embedded resources' own memory, as <c>IndexData</c> reads them) and assembles
/// the search index of FY2026 (the ICD-10-CM release already loaded: its own load is <c>LoadBenchmarks</c>'s);
/// then the parts: the assembly alone (indexes and words already read), the same with the titles cut at start-up (a
/// release without compiled words), the five indexes read, and the spelling dictionary built on the first unknown word.
/// </summary>
[MemoryDiagnoser]
public class EncoderSearchBuildBenchmarks
{
    private CodeSearch _search = null!;
    private CodeSearch _cutting = null!;
    private Icd10CmRelease _release = null!;
    private SearchCorpus _corpus = null!;
    private ReadOnlyMemory<byte>[] _compiled = null!;
    private ReadOnlyMemory<byte> _titleWords;

    [GlobalSetup]
    public void Setup()
    {
        _release = Icd10CmData.Newest;
        _search = EncoderIndexes.Builder().Build();
        _cutting = CodeSearch.CreateBuilder().AddIndexes(EncoderIndexes.All).UseIcd10Cm(Icd10CmData.Default.Releases).Build();
        _corpus = _search.BuildCorpus(_release);
        _compiled = EncoderIndexes.CompiledFiles.Select(IndexData.OpenCompiledMemory).ToArray();
        _titleWords = IndexData.OpenCompiledMemory("icd10cm-titles-2026.mcd");
    }

    [Benchmark(Baseline = true, Description = "Ready: 5 indexes and FY2026 title words read, search index built")]
    public int Ready()
    {
        var indexes = new AlphabeticIndex[_compiled.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = AlphabeticIndex.FromMemory(_compiled[i], EncoderIndexes.CompiledFiles[i]);
        }

        var words = TabularTitleWords.FromMemory(_titleWords, "icd10cm-titles-2026.mcd");
        var search = CodeSearch.CreateBuilder()
            .AddIndexes(indexes)
            .UseIcd10Cm(Icd10CmData.Default.Releases)
            .UseTitleWords(ReleaseSchedule<TabularTitleWords>.Of(CodeSystem.Icd10Cm, [(words.Release, words)]))
            .Build();
        return search.BuildCorpus(_release).DocumentCount;
    }

    [Benchmark(Description = "Search index: 5 indexes + FY2026 titles, words compiled")]
    public int Build() => _search.BuildCorpus(_release).DocumentCount;

    [Benchmark(Description = "Search index: 5 indexes + FY2026 titles, titles cut at start-up")]
    public int BuildCuttingTitles() => _cutting.BuildCorpus(_release).DocumentCount;

    [Benchmark(Description = "5 indexes from their compiled form")]
    public int ReadCompiledIndexes()
    {
        var terms = 0;
        for (var i = 0; i < _compiled.Length; i++)
        {
            terms += AlphabeticIndex.FromMemory(_compiled[i], EncoderIndexes.CompiledFiles[i]).TermCount;
        }

        return terms;
    }

    [Benchmark(Description = "Spelling dictionary")]
    public int BuildTypos() => new TypoDictionary(_corpus.Terms).DeletionCount;
}

/// <summary>The five embedded indexes (<c>IndexData.All</c>) the encoder benchmarks search.</summary>
internal static class EncoderIndexes
{
    public static IReadOnlyList<AlphabeticIndex> All => IndexData.All;

    /// <summary>The embedded compiled files of the five indexes of <see cref="All"/>, in the same order.</summary>
    public static IReadOnlyList<string> CompiledFiles =>
        ["icd10cm-index-2017.mcd", "icd10cm-eindex-2023.mcd", "icd10cm-drug-2025-04.mcd", "icd10cm-neoplasm-2023.mcd", "icd10pcs-index-2025.mcd"];

    /// <summary>A search over the embedded indexes and the embedded ICD-10-CM and ICD-10-PCS releases.</summary>
    public static CodeSearchBuilder Builder() => CodeSearch.CreateBuilder()
        .AddIndexes(All)
        .UseTitleWords(IndexData.TitleWords)
        .UseIcd10Cm(Icd10CmData.Default.Releases)
        .UseIcd10Pcs(Icd10PcsData.Default);
}
