namespace MedCoding.Billing.Denials;

/// <summary>
/// Returns where adjustments with one claim adjustment reason code (CARC) go: the cause, the job and a short label.
/// </summary>
/// <param name="ReasonCode">The CARC (<c>97</c>).</param>
/// <param name="Cause">Why the payer adjusted.</param>
/// <param name="Job">Who must act.</param>
/// <param name="Label">A short label of our own; the official CARC wording belongs to X12.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record CarcRoute(string ReasonCode, DenialCause Cause, Job Job, string Label);
