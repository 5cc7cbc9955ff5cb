using MedCoding.ClaimEdits;
using MedCoding.Claims;

namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Turns the claim editor's result into the lifecycle's scrub report, so that a claim the editor finds
/// errors in cannot be submitted.
/// </summary>
/// <remarks>In MedCoding.Billing.Integration, where the billing domain meets the claim editor; the namespace is the lifecycle's.</remarks>
public static class ScrubReportExtensions
{
    /// <summary>
    /// Returns the scrub report of a claim-editor result: every finding in order, with its rule id,
    /// severity, target and message as they are (both speak <see cref="Severity"/>).
    /// </summary>
    /// <param name="result">The claim editor's result for the claim (<see cref="ClaimEditor.Check(Claims.Claim)"/>).</param>
    /// <returns>The report to pass to <see cref="ClaimLifecycle.Scrub"/>.</returns>
    public static ScrubReport ToScrubReport(this ClaimEditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScrubReport(result.Findings
            .Select(f => new ScrubFinding(f.RuleId, f.Severity, f.Target, f.Message))
            .ToArray());
    }
}
