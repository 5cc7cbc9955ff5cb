using System.CommandLine;
using System.Globalization;
using MedCoding.Encoder;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding search ["QUERY"] [--json] [--limit N] [--date YYYY-MM-DD]</c>: finds codes from a coder's words through
/// the embedded indexes and the Tabular titles, each checked against the release in force; with no QUERY, one query
/// per line from standard input, so thousands are answered by one process.
/// </summary>
/// <remarks>Exit codes: 0 every query found something; 1 some found nothing; 2 the command line is wrong or no release is in force.</remarks>
internal static class SearchCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string?>("query")
        {
            Description = "The words (\"diabetes type 2 with hyperglycemia\"), a Tabular title or a code. With none, one query per line is read from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per query and line: {\"query\":...,\"results\":[{\"code\":...,\"source\":...,\"path\":[...],\"title\":...,\"status\":...}]}." };
        var limit = new Option<int>("--limit") { Description = "How many codes per query (1-1000).", DefaultValueFactory = _ => 10 };
        var date = new Option<string>("--date") { Description = "Date of service (YYYY-MM-DD): the releases in force that day check every code. Without it, today; when today is past the newest embedded ICD-10-CM release, that release's last day (a note says so)." };
        var command = new Command("search", "Find codes from a coder's words: the Alphabetic Index, External Cause Index, Table of Drugs, Neoplasm Table, ICD-10-PCS Index and Tabular titles, each code checked against the release in force.")
        {
            query, json, limit, date,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(limit);
            if (count is < 1 or > CodeSearch.MaxLimit)
            {
                throw new CommandLineException($"--limit {count} is out of range: give 1 to {CodeSearch.MaxLimit}.");
            }

            using var services = CliServices.Build();
            var search = services.GetRequiredService<CodeSearch>();
            var dateOfService = ReleaseSource.ParseDate(parse.GetValue(date))
                ?? Today(DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().Date), search, stderr);
            IEnumerable<string> queries = parse.GetValue(query) is { } one ? [one] : LookupCommand.ReadLines(stdin);
            using var jsonView = parse.GetValue(json) ? new JsonLine(stdout) : null;
            var allFound = true;
            foreach (var text in queries)
            {
                var results = search.Search(text, dateOfService, count);
                allFound &= results.Count > 0;
                if (jsonView is not null)
                {
                    WriteJson(jsonView, text, results, search);
                }
                else
                {
                    WriteText(stdout, text, results, search);
                }
            }

            return allFound ? ExitCodes.Success : ExitCodes.NotFound;
        });

        return command;
    }

    /// <summary>
    /// The date of service when none is given: today, unless today is past the newest ICD-10-CM release (the embedded
    /// data is older than today), in which case the last day that release is in force, with a note on standard error
    /// naming it, so that the tool answers rather than refusing every query the day a fiscal year ends.
    /// </summary>
    internal static DateOnly Today(DateOnly today, CodeSearch search, TextWriter stderr)
    {
        var newest = search.Icd10CmReleases.NewestRelease;
        if (today <= newest.EffectiveThrough)
        {
            return today;
        }

        var last = newest.EffectiveThrough;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: no ICD-10-CM release here is in force today ({today:yyyy-MM-dd}); searching {newest.Name} as on its last day, {last:yyyy-MM-dd}. Give --date for another date of service."));
        return last;
    }

    /// <summary>Returns a source's JSON name: index, external, drug, neoplasm, pcs, tabular.</summary>
    internal static string Name(SearchSource source) => source switch
    {
        SearchSource.Index => "index",
        SearchSource.ExternalCause => "external",
        SearchSource.Drug => "drug",
        SearchSource.Neoplasm => "neoplasm",
        SearchSource.Pcs => "pcs",
        _ => "tabular",
    };

    /// <summary>Returns a status's JSON name: billable, header, not-in-release, no-release-in-force.</summary>
    internal static string Name(CodeStatus status) => status switch
    {
        CodeStatus.Billable => "billable",
        CodeStatus.Header => "header",
        CodeStatus.NotInRelease => "not-in-release",
        _ => "no-release-in-force",
    };

    private static IEnumerable<string> Missing(MissingParts missing)
    {
        if (missing.HasFlag(MissingParts.Characters))
        {
            yield return "characters";
        }

        if (missing.HasFlag(MissingParts.SeventhCharacter))
        {
            yield return "7th-character";
        }

        if (missing.HasFlag(MissingParts.PcsAxes))
        {
            yield return "pcs-axes";
        }
    }

    /// <summary>The billable code the query's own words lead to from a result missing its 7th character ("initial encounter": A), or null.</summary>
    private static string? Suggested(CodeSearch search, SearchResult result) =>
        result.Missing == MissingParts.SeventhCharacter ? search.Complete(result).Suggested : null;

    private static void WriteJson(JsonLine view, string query, IReadOnlyList<SearchResult> results, CodeSearch search)
    {
        var json = view.StartLine();
        json.WriteString("query", query);
        json.WriteStartArray("results");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("code", result.Code);
            json.WriteString("source", Name(result.Source));
            JsonLine.WriteStrings(json, "path", result.Path);
            JsonLine.WriteOptional(json, "title", result.Title);
            json.WriteString("status", Name(result.Status));
            if (result.Status == CodeStatus.Header)
            {
                JsonLine.WriteStrings(json, "billableCodes", result.BillableCodes);
            }

            if (result.Missing != MissingParts.None)
            {
                JsonLine.WriteStrings(json, "missing", Missing(result.Missing));
            }

            JsonLine.WriteOptional(json, "suggested", Suggested(search, result));

            JsonLine.WriteOptional(json, "release", result.Release?.Version);
            json.WriteNumber("score", Math.Round(result.Score, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        view.EndLine();
    }

    private static void WriteText(TextWriter output, string query, IReadOnlyList<SearchResult> results, CodeSearch search)
    {
        output.WriteLine(query);
        if (results.Count == 0)
        {
            output.WriteLine("  (nothing found)");
            return;
        }

        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1,2}. {r.Code,-9} {Name(r.Status),-15} {Name(r.Source),-9} {string.Join(" > ", r.Path)}"));
            if (r.Title is not null)
            {
                output.WriteLine($"      {r.Title}");
            }

            if (r.Status == CodeStatus.Header)
            {
                var billable = r.BillableCodes;
                var shown = string.Join(", ", billable.Take(8));
                var more = billable.Count > 8 ? string.Create(CultureInfo.InvariantCulture, $" and {billable.Count - 8} more") : string.Empty;
                output.WriteLine($"      needs {string.Join(" and ", Missing(r.Missing))}: {shown}{more}");
                if (Suggested(search, r) is { } suggested)
                {
                    output.WriteLine($"      the query's words point to {suggested}");
                }
            }
        }
    }
}
