using Xunit.Abstractions;

namespace MedCoding.Encoder.Tests;

/// <summary>
/// Recall over the whole files: for every index path that ends in a code, a query made of the path's words in a
/// shuffled order must find the index's code among the first five results. Measured per file; the floors asserted are
/// the figures reached, rounded down (measured 2026-12-01 over FY2026: Alphabetic Index 2017 100.00 % (first 98.68 %),
/// External Cause Index 2023 100.00 % (97.12 %), Table of Drugs 2023 100.00 % of 40,000 cells (99.85 %), Neoplasm Table
/// 2023 100.00 % (99.98 %), ICD-10-PCS Index 2025 99.75 % (96.35 %): a PCS line such as "Angioplasty" leads to more
/// than five tables, all with the same words).
/// </summary>
[Collection(SearchDataCollection.Name)]
public sealed class CodeSearchRecallTests(SearchData data, ITestOutputHelper output)
{
    [Theory]
    [InlineData(IndexKind.Diseases, 0.999)]
    [InlineData(IndexKind.ExternalCauses, 0.999)]
    [InlineData(IndexKind.Drugs, 0.999)]
    [InlineData(IndexKind.Neoplasms, 0.999)]
    [InlineData(IndexKind.Procedures, 0.995)]
    public void Index_paths_find_their_code_in_the_top_5(IndexKind kind, double floor)
    {
        var index = data.Index(kind);
        var search = data.Full;
        var random = new Random(13);
        int total = 0, found = 0, first = 0;
        var misses = new List<string>();
        foreach (var (words, code) in Paths(index))
        {
            var shuffled = words.OrderBy(_ => random.Next()).ToArray();
            var query = string.Join(' ', shuffled);
            var results = search.Search(query, SearchData.Fy2026Date, 5);
            total++;
            var rank = -1;
            for (var i = 0; i < results.Count; i++)
            {
                if (Key(results[i].Code) == Key(code))
                {
                    rank = i;
                    break;
                }
            }

            if (rank >= 0)
            {
                found++;
                first += rank == 0 ? 1 : 0;
            }
            else if (misses.Count < 25)
            {
                misses.Add($"'{query}' wants {code}, got {string.Join(", ", results.Select(r => r.Code))}");
            }
        }

        var recall = (double)found / total;
        output.WriteLine($"{kind}: {total} paths with a code; top 5 {found} ({recall:P2}); first {first} ({(double)first / total:P2})");
        misses.ForEach(output.WriteLine);
        recall.Should().BeGreaterThanOrEqualTo(floor);
    }

    /// <summary>Every path with a code, as the search documents it: the titles' words (and a cell's column heading).</summary>
    internal static IEnumerable<(List<string> Words, string Code)> Paths(AlphabeticIndex index)
    {
        var headings = index.ColumnHeadings;
        foreach (var term in index.Terms)
        {
            var words = WordsOf(term.Path.Select(t => t.Title));
            var code = term.Code ?? term.PcsCodes;
            if (code is not null)
            {
                yield return (words, code);
            }

            foreach (var reference in term.CrossReferences)
            {
                if (reference.Codes is not null && Key(reference.Codes) != Key(code ?? string.Empty))
                {
                    yield return (words, reference.Codes);
                }
            }

            for (var i = 0; i < term.Cells.Count && i < headings.Count; i++)
            {
                var cell = term.Cells[i];
                if (cell is not null)
                {
                    yield return ([.. words, .. WordsOf([headings[i]])], cell);
                }
            }
        }
    }

    internal static List<string> WordsOf(IEnumerable<string> texts)
    {
        var words = new List<string>();
        foreach (var text in texts)
        {
            var buffer = new char[SearchText.MaxWordLength];
            foreach (var word in SearchText.Words(text, buffer))
            {
                words.Add(word.ToString());
            }
        }

        return words;
    }

    internal static string Key(string code) => code.Trim().TrimEnd('-').Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
