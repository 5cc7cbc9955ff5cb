using BenchmarkDotNet.Attributes;
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
/// The search index of FY2026 built at start-up: the postings of every index path and table cell and of every FY2026
/// title (with the indexes and the release already loaded, titles decoded), the spelling dictionary built on the
/// first unknown word, and the five indexes read back from their compiled form (as from the embedded resources).
/// </summary>
[MemoryDiagnoser]
public class EncoderSearchBuildBenchmarks
{
    private CodeSearch _search = null!;
    private Icd10CmRelease _release = null!;
    private SearchCorpus _corpus = null!;
    private byte[][] _compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        _release = Icd10CmData.Newest;
        _search = EncoderIndexes.Builder().Build();
        _corpus = _search.BuildCorpus(_release);
        _compiled = EncoderIndexes.All.Select(index =>
        {
            using var stream = new MemoryStream();
            index.WriteTo(stream);
            return stream.ToArray();
        }).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Search index: 5 indexes + FY2026 titles")]
    public int Build() => _search.BuildCorpus(_release).DocumentCount;

    [Benchmark(Description = "Spelling dictionary")]
    public int BuildTypos() => new TypoDictionary(_corpus.Terms).DeletionCount;

    [Benchmark(Description = "5 indexes from their compiled form")]
    public int ReadCompiledIndexes()
    {
        var terms = 0;
        foreach (var bytes in _compiled)
        {
            terms += AlphabeticIndex.FromStream(new MemoryStream(bytes, writable: false)).TermCount;
        }

        return terms;
    }
}

/// <summary>The five embedded indexes (<c>IndexData.All</c>) the encoder benchmarks search.</summary>
internal static class EncoderIndexes
{
    public static IReadOnlyList<AlphabeticIndex> All => IndexData.All;

    /// <summary>A search over the embedded indexes and the embedded ICD-10-CM and ICD-10-PCS releases.</summary>
    public static CodeSearchBuilder Builder() => CodeSearch.CreateBuilder()
        .AddIndexes(All)
        .UseTitleWords(IndexData.TitleWords)
        .UseIcd10Cm(Icd10CmData.Default.Releases)
        .UseIcd10Pcs(Icd10PcsData.Default);
}
