using System.Text.Json.Serialization;

namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Returns one recorded move of a claim: from which status to which, when, by whom and why.
/// </summary>
/// <param name="From">The status before, or <see langword="null"/> for the creation of the claim.</param>
/// <param name="To">The status after.</param>
/// <param name="At">When, from the lifecycle's <see cref="TimeProvider"/>.</param>
/// <param name="Actor">Who.</param>
/// <param name="Note">A free-text reason (a rejection reason, an appeal reference); never patient data.</param>
/// <param name="Scrub">The scrub report, on a move to <see cref="ClaimStatus.Scrubbed"/>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ClaimTransition(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ClaimStatus? From,
    ClaimStatus To,
    DateTimeOffset At,
    Actor Actor,
    string? Note = null,
    ScrubReport? Scrub = null);
