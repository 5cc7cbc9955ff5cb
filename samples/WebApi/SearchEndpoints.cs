using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.Encoder;

namespace MedCoding.Samples.WebApi;

/// <summary>The encoder's search: <c>GET /search?q=diabetes+type+2+with+hyperglycemia&amp;date=2025-11-03&amp;limit=10</c>.</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", Search).WithName("Search");
        return app;
    }

    private static IResult Search(string? q, string? date, int? limit, CodeSearch search, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadRequest("No query", "Give the words to search for in q, e.g. /search?q=diabetes+type+2+with+hyperglycemia.", "q");
        }

        var count = limit ?? 10;
        if (count is < 1 or > 100)
        {
            return Problems.BadRequest("Limit out of range", "limit must be between 1 and 100.", "limit");
        }

        var dateOfService = DateOnly.FromDateTime(time.GetLocalNow().Date);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dateOfService))
        {
            return Problems.BadRequest("Malformed date of service", "The date must be written YYYY-MM-DD, e.g. 2025-11-03.", "date");
        }

        IReadOnlyList<SearchResult> results;
        try
        {
            results = search.Search(q, dateOfService, count);
        }
        catch (NoReleaseInForceException e)
        {
            return Problems.NotFound("No release in force", e.Message);
        }

        return Results.Ok(new SearchView(q, dateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [.. results.Select(ResultView.Of)]));
    }

    private sealed record SearchView(string Query, string Date, IReadOnlyList<ResultView> Results);

    private sealed record ResultView(
        string Code,
        string Source,
        IReadOnlyList<string> Path,
        string? Title,
        string Status,
        IReadOnlyList<string>? BillableCodes,
        string? Release)
    {
        public static ResultView Of(SearchResult r) => new(
            r.Code,
            r.Source switch
            {
                SearchSource.Index => "index",
                SearchSource.ExternalCause => "external",
                SearchSource.Drug => "drug",
                SearchSource.Neoplasm => "neoplasm",
                SearchSource.Pcs => "pcs",
                _ => "tabular",
            },
            r.Path,
            r.Title,
            r.Status switch
            {
                CodeStatus.Billable => "billable",
                CodeStatus.Header => "header",
                CodeStatus.NotInRelease => "not-in-release",
                _ => "no-release-in-force",
            },
            r.Status == CodeStatus.Header ? r.BillableCodes : null,
            r.Release?.Version);
    }
}
