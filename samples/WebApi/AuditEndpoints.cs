using System.Buffers;
using System.Text.Json;
using MedCoding.Audit;
using MedCoding.CodeSets;

namespace MedCoding.Samples.WebApi;

/// <summary>
/// The coding audit: <c>POST /audit</c> with one encounter (a JSON object: id, coder, the coder's and the auditor's
/// version of the case) or a batch (a JSON array of them). One encounter gets its audit; a batch gets
/// <c>{"encounters":[...],"summary":{...}}</c>. Both in the shape of <c>medcoding audit --json</c> (MedCoding.Audit's
/// <see cref="AuditReport"/>); with a relative-weights file and a base rate configured
/// (<c>MedCoding:RelativeWeightsFile</c>, <c>MedCoding:BaseRate</c>), the weights and the payment difference too.
/// </summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/audit", AuditAsync).WithName("Audit");
        return app;
    }

    private static async Task<IResult> AuditAsync(HttpRequest request, CodingAuditor auditor, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, "audit", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        List<AuditPair> pairs;
        bool isBatch;
        try
        {
            var (bodies, batch) = DrgCaseJson.ReadPairs(body.Span);
            isBatch = batch;
            pairs = [.. bodies.Select((pair, i) => ToPair(pair, isBatch ? $"[{i}]" : "", i))];
        }
        catch (RequestFieldException e)
        {
            return Problems.BadRequest("Malformed audit", e.Message, e.Field);
        }

        BatchAudit audit;
        try
        {
            audit = auditor.AuditBatch(pairs);
        }
        catch (NoReleaseInForceException)
        {
            return Problems.BadRequest("No MS-DRG version in force", "No MS-DRG version is in force on a discharge date of the request.", "dischargeDate");
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (isBatch)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("encounters");
                foreach (var encounter in audit.Encounters)
                {
                    AuditReport.WriteEncounterJson(writer, encounter);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("summary");
                AuditReport.WriteSummaryJson(writer, audit);
                writer.WriteEndObject();
            }
            else
            {
                AuditReport.WriteEncounterJson(writer, audit.Encounters[0]);
            }
        }

        return Results.Bytes(buffer.WrittenMemory.ToArray(), "application/json");
    }

    private static AuditPair ToPair(AuditPairBody pair, string prefix, int index)
    {
        string Field(string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
        var fallback = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"E{index + 1:0000}");
        return new AuditPair(
            DrgCaseJson.Id(pair.Id, Field("id"), fallback),
            DrgCaseJson.Id(pair.Coder, Field("coder"), "unknown"),
            DrgCaseJson.ToCase(pair.Coded ?? throw new RequestFieldException(Field("coded"), "The field is missing."), Field("coded")),
            DrgCaseJson.ToCase(pair.Audited ?? throw new RequestFieldException(Field("audited"), "The field is missing."), Field("audited")));
    }
}
