using System.Collections.Frozen;

namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Returns the legal moves of a claim and who may make them.
/// </summary>
/// <remarks>
/// <para>The moves:</para>
/// <list type="bullet">
/// <item>Draft to Scrubbed; Scrubbed back to Draft for a correction, or on to Submitted when the scrub found no errors.</item>
/// <item>Submitted to Accepted or Rejected (clearinghouse); Rejected back to Draft.</item>
/// <item>Accepted to Paid, PartiallyPaid or Denied (payer); PartiallyPaid and Denied to Appealed; Appealed to Paid, PartiallyPaid or Denied.</item>
/// <item>Accepted, Paid, PartiallyPaid and Denied to Replaced or Voided; Paid, PartiallyPaid and Denied to Closed.</item>
/// <item>Closed, Replaced and Voided are final.</item>
/// </list>
/// <para>
/// A biller (or a system acting for one) may make any legal move; a clearinghouse only accepts or
/// rejects; a payer only adjudicates; a coder never moves a claim: the coder's product is the coded encounter.
/// </para>
/// </remarks>
public static class ClaimTransitions
{
    private static readonly FrozenDictionary<ClaimStatus, ClaimStatus[]> s_next = new Dictionary<ClaimStatus, ClaimStatus[]>
    {
        [ClaimStatus.Draft] = [ClaimStatus.Scrubbed],
        [ClaimStatus.Scrubbed] = [ClaimStatus.Draft, ClaimStatus.Submitted],
        [ClaimStatus.Submitted] = [ClaimStatus.Accepted, ClaimStatus.Rejected],
        [ClaimStatus.Rejected] = [ClaimStatus.Draft],
        [ClaimStatus.Accepted] = [ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied, ClaimStatus.Replaced, ClaimStatus.Voided],
        [ClaimStatus.Paid] = [ClaimStatus.Closed, ClaimStatus.Replaced, ClaimStatus.Voided],
        [ClaimStatus.PartiallyPaid] = [ClaimStatus.Appealed, ClaimStatus.Closed, ClaimStatus.Replaced, ClaimStatus.Voided],
        [ClaimStatus.Denied] = [ClaimStatus.Appealed, ClaimStatus.Closed, ClaimStatus.Replaced, ClaimStatus.Voided],
        [ClaimStatus.Appealed] = [ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied],
        [ClaimStatus.Closed] = [],
        [ClaimStatus.Replaced] = [],
        [ClaimStatus.Voided] = [],
    }.ToFrozenDictionary();

    /// <summary>Returns the statuses a claim may move to from <paramref name="from"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The next statuses; empty for a final status.</returns>
    public static IReadOnlyList<ClaimStatus> Next(ClaimStatus from) => s_next.TryGetValue(from, out var next) ? next : [];

    /// <summary>Returns whether a claim may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The status asked for.</param>
    /// <returns><see langword="true"/> for a legal move.</returns>
    public static bool IsLegal(ClaimStatus from, ClaimStatus to) => Next(from).Contains(to);

    /// <summary>Returns whether a status is final.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for Closed, Replaced and Voided.</returns>
    public static bool IsFinal(ClaimStatus status) => Next(status).Count == 0;

    /// <summary>Returns whether an actor in <paramref name="role"/> may make the move.</summary>
    /// <param name="role">The actor's job.</param>
    /// <param name="from">The current status.</param>
    /// <param name="to">The status asked for.</param>
    /// <returns><see langword="true"/> when the move is legal and the role may make it.</returns>
    public static bool MayMake(ActorRole role, ClaimStatus from, ClaimStatus to) => IsLegal(from, to) && role switch
    {
        ActorRole.Biller or ActorRole.System => true,
        ActorRole.Clearinghouse => from == ClaimStatus.Submitted,
        ActorRole.Payer => IsAdjudication(to),
        _ => false,
    };

    /// <summary>Returns whether a status is a payer's decision: paid, partially paid or denied.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for an adjudicated status.</returns>
    public static bool IsAdjudication(ClaimStatus status) => status is ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied;
}
