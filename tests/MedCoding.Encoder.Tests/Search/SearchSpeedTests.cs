using System.Diagnostics;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.Encoder.Tests;

/// <summary>Rough figures printed for the developer (BenchmarkDotNet gives the real ones): build time and query times.</summary>
[Collection(SearchDataCollection.Name)]
public sealed class SearchSpeedTests(SearchData data, ITestOutputHelper output)
{
    internal static IReadOnlyList<string> Queries => MixedSearchQueries.All;

    [Fact]
    public void Build_and_query_times()
    {
        var search = data.Full;
        var release = data.Fy2026;
        foreach (var query in Queries)
        {
            for (var i = 0; i < 300; i++)
            {
                search.Search(query, SearchData.Fy2026Date, 10); // past tiered compilation's first tier
            }
        }

        SearchCorpus corpus = null!;
        var build = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            corpus = search.BuildCorpus(release);
            var elapsed = Stopwatch.GetElapsedTime(start);
            build = elapsed < build ? elapsed : build;
        }

        var watch = Stopwatch.StartNew();
        watch.Restart();
        corpus.PrepareTypos();
        output.WriteLine($"corpus: {corpus.DocumentCount} documents, {corpus.TermCount} words, {corpus.PostingCount} postings, {corpus.SynonymCount} synonyms; built in {build.TotalMilliseconds:F1} ms; typo dictionary {watch.Elapsed.TotalMilliseconds:F1} ms");

        foreach (var word in new[] { "diabetes", "type", "2", "with", "hyperglycemia", "poisoning", "accidental", "acetaminophen", "initial", "encounter", "lung", "neoplasm" })
        {
            output.WriteLine($"df({word}) = {corpus.DocumentFrequency(word)}");
        }

        var medians = new List<double>();
        foreach (var query in Queries)
        {
            var times = new double[200];
            for (var i = 0; i < times.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                search.Search(query, SearchData.Fy2026Date, 10);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            Array.Sort(times);
            medians.Add(times[times.Length / 2]);
            var hits = new SearchHit[10];
            var rank = new double[200];
            for (var i = 0; i < rank.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                corpus.Search(query, 10, hits);
                rank[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            Array.Sort(rank);
            output.WriteLine($"    ranking alone {rank[rank.Length / 2]:F1} us, candidates {corpus.LastCandidateCount}");
            var top = search.Search(query, SearchData.Fy2026Date, 3);
            output.WriteLine($"{times[times.Length / 2],8:F1} us  {query} -> {string.Join(" | ", top)}");
        }

        medians.Sort();
        output.WriteLine($"median of medians {medians[medians.Count / 2]:F1} us");
    }
}
