using MedCoding.ClaimEdits;
using MedCoding.Claims;
using MedCoding.Claims.Json;

namespace MedCoding.Samples.WebApi;

/// <summary>The claim scrubber: <c>POST /claims/scrub</c>.</summary>
internal static class ClaimEndpoints
{
    /// <summary>The largest claim accepted: a claim is a few kilobytes.</summary>
    private const int MaxClaimBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/claims/scrub", ScrubAsync).WithName("ScrubClaim");
        return app;
    }

    private static async Task<IResult> ScrubAsync(HttpRequest request, ClaimEditor editor, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxClaimBytes)
        {
            return Problems.BadRequest("Claim too large", $"A claim is at most {MaxClaimBytes} bytes.", "claim");
        }

        // The body is read whole, then parsed: ClaimJson names the field at fault and never repeats its value.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        Claim claim;
        try
        {
            claim = ClaimJson.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
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
