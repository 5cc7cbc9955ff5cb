using System.Buffers;
using System.Text.Json;
using MedCoding.Audit;
using MedCoding.CodeSets;
using MedCoding.Grouping;

namespace MedCoding.Samples.WebApi;

/// <summary>
/// The DRG what-if of clinical documentation improvement: <c>POST /drg/whatif?limit=N</c> with one inpatient case
/// (JSON) gets every single change that gives another DRG, each confirmed by the grouper, ranked, in the shape of
/// <c>medcoding drg whatif --json</c> (MedCoding.Audit's <see cref="AuditReport.WriteWhatIfJson"/>), and with
/// <c>limit</c> the first N of them; the header <c>X-Change-Count</c> gives how many there are in all.
/// </summary>
internal static class WhatIfEndpoints
{
    /// <summary>The most changes a limit may ask for: a case of 25 diagnoses has fewer than this.</summary>
    private const int MaxLimit = 10_000;

    public static IEndpointRouteBuilder MapWhatIfEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/drg/whatif", WhatIfAsync).WithName("DrgWhatIf");
        return app;
    }

    private static async Task<IResult> WhatIfAsync(HttpRequest request, DrgWhatIf whatIf, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest("Bad limit", $"The limit is 1 to {MaxLimit} changes.", "limit");
        }

        var (body, problem) = await JsonBody.ReadAsync(request, "case", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        DrgCase drgCase;
        string id;
        try
        {
            var caseBody = DrgCaseJson.Deserialize<DrgCaseBody>(body.Span, "case");
            id = DrgCaseJson.Id(caseBody.Id, "id", "case");
            drgCase = DrgCaseJson.ToCase(caseBody, "");
        }
        catch (RequestFieldException e)
        {
            return Problems.BadRequest("Malformed case", e.Message, e.Field);
        }

        WhatIfAnalysis analysis;
        try
        {
            analysis = whatIf.Analyze(drgCase);
        }
        catch (NoReleaseInForceException)
        {
            return Problems.BadRequest("No release in force", "No ICD-10-CM release or MS-DRG version is in force on the discharge date.", "dischargeDate");
        }

        var total = analysis.Changes.Count;
        if (limit is { } n && n < total)
        {
            analysis = analysis with { Changes = [.. analysis.Changes.Take(n)] };
        }

        request.HttpContext.Response.Headers["X-Change-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AuditReport.WriteWhatIfJson(writer, id, analysis);
        }

        return Results.Bytes(buffer.WrittenMemory.ToArray(), "application/json");
    }
}
