using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedCoding.Billing;
using MedCoding.Billing.Lifecycle;
using MedCoding.Claims;

namespace MedCoding.Properties;

/// <summary>
/// The claim lifecycle: whatever sequence of moves is asked for, by whichever actor, a lifecycle never reaches an
/// illegal state. Every move either succeeds exactly when <c>CanMoveTo</c> says so or is refused with
/// <see cref="IllegalTransitionException"/> leaving the lifecycle as it was; and every history is a chain of legal moves,
/// each by a role that may make it, none out of a final status, and no submission after a scrub with errors.
/// </summary>
[Properties(Replay = PropertySeed.Replay)]
public sealed class ClaimLifecycleProperties
{
    private static readonly ScrubReport s_withErrors = new([new ScrubFinding("DX_INVALID", Severity.Error, "diagnoses[0]", "Synthetic error.")]);

    private sealed record Move(ClaimStatus To, ActorRole Role, bool ScrubHasErrors);

    private static readonly Gen<Move> s_move =
        from to in Gen.Elements(Enum.GetValues<ClaimStatus>())
        from role in Gen.Elements(Enum.GetValues<ActorRole>())
        from errors in Gen.Elements(true, false)
        select new Move(to, role, errors);

    [Property(MaxTest = 500)]
    public Property Lifecycle_AnySequenceOfMoves_NeverReachesAnIllegalState() =>
        Prop.ForAll(s_move.ListOf().ToArbitrary(), moves =>
        {
            var clock = new SteppingClock(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
            var lifecycle = ClaimLifecycle.Start("PCN-0001", new Actor("B1", ActorRole.Biller), clock);
            foreach (var move in moves)
            {
                clock.Advance(TimeSpan.FromMinutes(5));
                var actor = new Actor("A1", move.Role);
                var allowed = lifecycle.CanMoveTo(move.To, actor, out _);
                var before = lifecycle;
                try
                {
                    lifecycle = move.To == ClaimStatus.Scrubbed
                        ? lifecycle.Scrub(move.ScrubHasErrors ? s_withErrors : ScrubReport.Clean, actor, clock)
                        : lifecycle.MoveTo(move.To, actor, clock);
                    allowed.Should().BeTrue("the move {0} succeeded, so CanMoveTo must have allowed it", move);
                }
                catch (IllegalTransitionException)
                {
                    allowed.Should().BeFalse("the move {0} was refused, so CanMoveTo must have refused it", move);
                    lifecycle.Should().BeSameAs(before, "a refused move changes nothing");
                }

                Check(lifecycle);
            }
        });

    /// <summary>A clock the test moves forward.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Advance(TimeSpan step) => _now += step;

        public override DateTimeOffset GetUtcNow() => _now;
    }

    /// <summary>Checks every law of a history.</summary>
    private static void Check(ClaimLifecycle lifecycle)
    {
        var history = lifecycle.History;
        history[0].To.Should().Be(ClaimStatus.Draft);
        history[0].From.Should().BeNull();
        ScrubReport? lastScrub = null;
        for (var i = 1; i < history.Count; i++)
        {
            var (from, to, role) = (history[i - 1].To, history[i].To, history[i].Actor.Role);
            history[i].From.Should().Be(from);
            ClaimTransitions.IsFinal(from).Should().BeFalse("nothing moves out of a final status");
            ClaimTransitions.IsLegal(from, to).Should().BeTrue($"{from} -> {to} is not a legal move");
            ClaimTransitions.MayMake(role, from, to).Should().BeTrue($"a {role} may not move {from} -> {to}");
            history[i].At.Should().BeOnOrAfter(history[i - 1].At);
            if (to == ClaimStatus.Scrubbed)
            {
                history[i].Scrub.Should().NotBeNull();
                lastScrub = history[i].Scrub;
            }

            if (to == ClaimStatus.Submitted)
            {
                lastScrub.Should().NotBeNull().And.Match<ScrubReport>(s => !s.HasErrors, "no claim is submitted with scrub errors");
            }
        }
    }
}
