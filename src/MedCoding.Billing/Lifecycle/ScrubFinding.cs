using MedCoding.Claims;

namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Returns one finding of the claim editor, as the lifecycle needs it.
/// </summary>
/// <param name="RuleId">The stable rule id (<c>PTP_BUNDLED</c>).</param>
/// <param name="Severity">Error (blocks submission) or warning.</param>
/// <param name="Target">What the finding is about (<c>lines[1].modifiers</c>).</param>
/// <param name="Message">The explanation, without patient data.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ScrubFinding(string RuleId, Severity Severity, string Target, string Message);
