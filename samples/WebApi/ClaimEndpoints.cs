using MedCoding.ClaimEdits;
using MedCoding.Claims;
using MedCoding.Claims.Json;

namespace MedCoding.Samples.WebApi;

/// <summary>The claim scrubber: <c>POST /claims/scrub</c>.</summary>
internal static class ClaimEndpoints
{
    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/claims/scrub", ScrubAsync).WithName("ScrubClaim");
        return app;
    }

    private static async Task<IResult> ScrubAsync(HttpRequest request, ClaimEditor editor, CancellationToken cancellationToken)
    {
        // The body is read whole within the service's limit (JsonBody: 415, 413), then parsed: ClaimJson names the field
        // at fault and never repeats its value.
        var (body, problem) = await JsonBody.ReadAsync(request, "claim", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        Claim claim;
        try
        {
            claim = ClaimJson.Parse(body.Span);
        }
        catch (ClaimFormatException e)
        {
            return Problems.BadRequest("Malformed claim", e.Message, string.IsNullOrEmpty(e.Field) ? "claim" : e.Field);
        }

        var result = editor.Check(claim);
        return Results.Ok(new ScrubView(
            result.IsValid,
            result.ErrorCount,
            [.. result.Findings.Select(f => new FindingView(f.RuleId, f.IsError ? "error" : "warning", f.Target, f.Message, f.AttemptedValue, f.Suggestions))]));
    }
}

/// <summary>The outcome of scrubbing one claim.</summary>
internal sealed record ScrubView(bool IsValid, int ErrorCount, IReadOnlyList<FindingView> Findings);

/// <summary>One finding: the rule, where on the claim, and how to fix it.</summary>
internal sealed record FindingView(string RuleId, string Severity, string Target, string Message, string? AttemptedValue, IReadOnlyList<string> Suggestions);
