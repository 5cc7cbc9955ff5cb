using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MedCoding.Claims;

namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Returns a claim's life so far: its status and every move that led there, with time and actor.
/// </summary>
/// <remarks>
/// <para>
/// Each move returns a new lifecycle; only the moves in <see cref="ClaimTransitions"/> are possible,
/// a claim whose last scrub found errors cannot be submitted, and times come from the
/// <see cref="TimeProvider"/> passed in, never from the machine clock directly.
/// </para>
/// <para>
/// The constructor checks a whole history (as read from JSON) by the same rules, so an illegal
/// history cannot be loaded either.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe: the history is copied on construction.</threadsafety>
public sealed record ClaimLifecycle
{
    /// <summary>Initializes a lifecycle from its history.</summary>
    /// <param name="claimId">The claim's patient control number.</param>
    /// <param name="history">The moves, oldest first; the first creates the claim as a draft.</param>
    /// <exception cref="ArgumentException">The history is empty, does not start with a creation, or contains an illegal move.</exception>
    public ClaimLifecycle(string claimId, IReadOnlyList<ClaimTransition> history)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        ArgumentNullException.ThrowIfNull(history);
        History = history.ToArray();
        Check(History);
        ClaimId = claimId;
    }

    /// <summary>Gets the claim's patient control number.</summary>
    public string ClaimId { get; }

    /// <summary>Gets every move, oldest first.</summary>
    public IReadOnlyList<ClaimTransition> History { get; }

    /// <summary>Gets the current status.</summary>
    [JsonIgnore]
    public ClaimStatus Status => History[^1].To;

    /// <summary>Gets the report of the latest scrub, if the claim was scrubbed.</summary>
    [JsonIgnore]
    public ScrubReport? LastScrub => History.LastOrDefault(t => t.Scrub is not null)?.Scrub;

    /// <summary>Gets when the claim was first submitted, if it was.</summary>
    [JsonIgnore]
    public DateTimeOffset? FirstSubmittedAt => History.FirstOrDefault(t => t.To == ClaimStatus.Submitted)?.At;

    /// <summary>Gets the latest payer decision (paid, partially paid, denied), if any.</summary>
    [JsonIgnore]
    public ClaimTransition? LastDecision => History.LastOrDefault(t => ClaimTransitions.IsAdjudication(t.To));

    /// <summary>Returns a new claim's lifecycle: a draft created now.</summary>
    /// <param name="claimId">The claim's patient control number.</param>
    /// <param name="actor">The biller creating it.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The lifecycle, in <see cref="ClaimStatus.Draft"/>.</returns>
    /// <exception cref="ArgumentException">The actor is not a biller or a system.</exception>
    public static ClaimLifecycle Start(string claimId, Actor actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(clock);
        return new ClaimLifecycle(claimId, [new ClaimTransition(null, ClaimStatus.Draft, clock.GetUtcNow(), actor)]);
    }

    /// <summary>Returns the lifecycle after a scrub: the claim moves to <see cref="ClaimStatus.Scrubbed"/> with the report.</summary>
    /// <param name="report">The claim editor's findings.</param>
    /// <param name="actor">Who scrubbed (a biller or the scrubbing system).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The new lifecycle.</returns>
    /// <exception cref="IllegalTransitionException">The claim is not a draft, or the actor may not scrub.</exception>
    public ClaimLifecycle Scrub(ScrubReport report, Actor actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Move(ClaimStatus.Scrubbed, actor, clock, null, report);
    }

    /// <summary>Returns the lifecycle after a move to <paramref name="to"/>.</summary>
    /// <param name="to">The new status; use <see cref="Scrub"/> to move to <see cref="ClaimStatus.Scrubbed"/>.</param>
    /// <param name="actor">Who makes the move.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="note">A reason or reference, without patient data.</param>
    /// <returns>The new lifecycle.</returns>
    /// <exception cref="IllegalTransitionException">The move is not legal, the actor may not make it, or the claim has scrub errors.</exception>
    public ClaimLifecycle MoveTo(ClaimStatus to, Actor actor, TimeProvider clock, string? note = null) => Move(to, actor, clock, note, null);

    /// <summary>Returns whether the move to <paramref name="to"/> is possible now, and why not.</summary>
    /// <param name="to">The status asked for.</param>
    /// <param name="actor">Who would make the move.</param>
    /// <param name="reason">Why not, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <see cref="MoveTo"/> would succeed.</returns>
    public bool CanMoveTo(ClaimStatus to, Actor actor, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        reason = WhyNot(Status, to, actor, LastScrubOf(History), withReport: to == ClaimStatus.Scrubbed);
        return reason is null;
    }

    /// <summary>Returns the last day to appeal the latest payer decision, if the claim is partially paid or denied.</summary>
    /// <param name="settings">The payer's settings.</param>
    /// <returns>The deadline (the decision's UTC date plus the appeal limit), or <see langword="null"/> when there is nothing to appeal.</returns>
    public DateOnly? AppealDeadline(PayerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Status is ClaimStatus.PartiallyPaid or ClaimStatus.Denied
            ? settings.AppealDeadline(DateOnly.FromDateTime(History[^1].At.UtcDateTime))
            : null;
    }

    /// <summary>Returns whether the claim was first submitted on or before its timely-filing deadline.</summary>
    /// <param name="claim">The claim this lifecycle follows.</param>
    /// <returns><see langword="true"/> if submitted in time; <see langword="false"/> if late; <see langword="null"/> if not yet submitted.</returns>
    public bool? WasFiledInTime(BillingClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return FirstSubmittedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) <= claim.TimelyFilingDeadline : null;
    }

    /// <inheritdoc />
    public bool Equals(ClaimLifecycle? other) => other is not null && ClaimId == other.ClaimId && History.SequenceEqual(other.History);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClaimId, History.Count, Status);

    private static string? WhyNot(ClaimStatus from, ClaimStatus to, Actor actor, ScrubReport? lastScrub, bool withReport)
    {
        if (!ClaimTransitions.IsLegal(from, to))
        {
            return ClaimTransitions.IsFinal(from) ? $"{from} is final." : $"the legal moves from {from} are to {string.Join(", ", ClaimTransitions.Next(from))}.";
        }

        if (!ClaimTransitions.MayMake(actor.Role, from, to))
        {
            return actor.Role == ActorRole.Coder
                ? "a coder does not move claims; the coder's product is the coded encounter."
                : $"a {actor.Role.ToString().ToLowerInvariant()} may not make this move.";
        }

        if (to == ClaimStatus.Scrubbed && !withReport)
        {
            return "a scrub records its report; call Scrub.";
        }

        if (to != ClaimStatus.Scrubbed && withReport)
        {
            return "only a move to Scrubbed carries a scrub report.";
        }

        if (to == ClaimStatus.Submitted && lastScrub is { HasErrors: true })
        {
            var errors = lastScrub.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).Distinct();
            return $"the scrub found errors ({string.Join(", ", errors)}); correct the claim and scrub it again.";
        }

        return null;
    }

    private static ScrubReport? LastScrubOf(IReadOnlyList<ClaimTransition> history) =>
        history[^1].To == ClaimStatus.Scrubbed ? history[^1].Scrub : null;

    private static void Check(IReadOnlyList<ClaimTransition> history)
    {
        if (history.Count == 0 || history.Any(t => t is null))
        {
            throw new ArgumentException("A claim's history is not empty and has no null moves.", nameof(history));
        }

        if (history[0] is not { From: null, To: ClaimStatus.Draft, Scrub: null } first || first.Actor is null
            || !(first.Actor.Role is ActorRole.Biller or ActorRole.System))
        {
            throw new ArgumentException("A claim's history starts with its creation as a draft by a biller.", nameof(history));
        }

        for (var i = 1; i < history.Count; i++)
        {
            var move = history[i];
            var from = history[i - 1].To;
            if (move.From != from)
            {
                throw new ArgumentException($"history[{i}] starts from {move.From?.ToString() ?? "nothing"}, but the claim was {from}.", nameof(history));
            }

            if (move.At < history[i - 1].At)
            {
                throw new ArgumentException($"history[{i}] is earlier than the move before it.", nameof(history));
            }

            ArgumentNullException.ThrowIfNull(move.Actor, $"history[{i}].actor");
            if (WhyNot(from, move.To, move.Actor, history[i - 1].To == ClaimStatus.Scrubbed ? history[i - 1].Scrub : null, move.Scrub is not null) is { } reason)
            {
                throw new ArgumentException($"history[{i}] is illegal: {reason}", nameof(history));
            }
        }
    }

    private ClaimLifecycle Move(ClaimStatus to, Actor actor, TimeProvider clock, string? note, ScrubReport? report)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(clock);
        if (WhyNot(Status, to, actor, LastScrubOf(History), report is not null) is { } reason)
        {
            throw new IllegalTransitionException(Status, to, reason);
        }

        var at = clock.GetUtcNow();
        if (at < History[^1].At)
        {
            at = History[^1].At;
        }

        return new ClaimLifecycle(ClaimId, [.. History, new ClaimTransition(Status, to, at, actor, note, report)]);
    }
}
