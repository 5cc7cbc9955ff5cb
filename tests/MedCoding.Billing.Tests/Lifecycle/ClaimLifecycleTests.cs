using MedCoding.Billing.Lifecycle;
using MedCoding.Claims;

namespace MedCoding.Billing.Tests.Lifecycle;

public class ClaimLifecycleTests
{
    private static readonly DateTimeOffset s_start = new(2025, 11, 5, 14, 0, 0, TimeSpan.Zero);

    // The legal moves, written out from the issue rather than read from the table under test.
    public static readonly TheoryData<ClaimStatus, ClaimStatus> LegalMoves = new()
    {
        { ClaimStatus.Draft, ClaimStatus.Scrubbed },
        { ClaimStatus.Scrubbed, ClaimStatus.Draft },
        { ClaimStatus.Scrubbed, ClaimStatus.Submitted },
        { ClaimStatus.Submitted, ClaimStatus.Accepted },
        { ClaimStatus.Submitted, ClaimStatus.Rejected },
        { ClaimStatus.Rejected, ClaimStatus.Draft },
        { ClaimStatus.Accepted, ClaimStatus.Paid },
        { ClaimStatus.Accepted, ClaimStatus.PartiallyPaid },
        { ClaimStatus.Accepted, ClaimStatus.Denied },
        { ClaimStatus.Accepted, ClaimStatus.Replaced },
        { ClaimStatus.Accepted, ClaimStatus.Voided },
        { ClaimStatus.Paid, ClaimStatus.Closed },
        { ClaimStatus.Paid, ClaimStatus.Replaced },
        { ClaimStatus.Paid, ClaimStatus.Voided },
        { ClaimStatus.PartiallyPaid, ClaimStatus.Appealed },
        { ClaimStatus.PartiallyPaid, ClaimStatus.Closed },
        { ClaimStatus.PartiallyPaid, ClaimStatus.Replaced },
        { ClaimStatus.PartiallyPaid, ClaimStatus.Voided },
        { ClaimStatus.Denied, ClaimStatus.Appealed },
        { ClaimStatus.Denied, ClaimStatus.Closed },
        { ClaimStatus.Denied, ClaimStatus.Replaced },
        { ClaimStatus.Denied, ClaimStatus.Voided },
        { ClaimStatus.Appealed, ClaimStatus.Paid },
        { ClaimStatus.Appealed, ClaimStatus.PartiallyPaid },
        { ClaimStatus.Appealed, ClaimStatus.Denied },
    };

    public static TheoryData<ClaimStatus, ClaimStatus> IllegalMoves
    {
        get
        {
            var legal = LegalMoves.Select(row => ((ClaimStatus)row[0], (ClaimStatus)row[1])).ToHashSet();
            var data = new TheoryData<ClaimStatus, ClaimStatus>();
            foreach (var from in Enum.GetValues<ClaimStatus>())
            {
                foreach (var to in Enum.GetValues<ClaimStatus>())
                {
                    if (!legal.Contains((from, to)))
                    {
                        data.Add(from, to);
                    }
                }
            }

            return data;
        }
    }

    [Fact]
    public void Start_NewClaim_IsADraftCreatedNowByTheBiller()
    {
        var clock = new FakeClock(s_start);

        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock);

        lifecycle.Status.Should().Be(ClaimStatus.Draft);
        lifecycle.History.Should().Equal(new ClaimTransition(null, ClaimStatus.Draft, s_start, Samples.Biller));
    }

    [Fact]
    public void Start_ByACoder_Throws()
    {
        var act = () => ClaimLifecycle.Start("PCN-0001", Samples.Coder, new FakeClock(s_start));

        act.Should().Throw<ArgumentException>().WithMessage("A claim's history starts with its creation as a draft by a biller.*");
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void MoveTo_LegalMove_RecordsTimeActorAndNote(ClaimStatus from, ClaimStatus to)
    {
        var clock = new FakeClock(s_start);
        var lifecycle = Reach(from, clock);
        clock.Advance(TimeSpan.FromHours(1));
        var actor = to switch
        {
            ClaimStatus.Accepted or ClaimStatus.Rejected => Samples.Clearinghouse,
            ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied => Samples.PayerActor,
            _ => Samples.Biller,
        };

        var next = to == ClaimStatus.Scrubbed ? lifecycle.Scrub(Samples.CleanScrub, actor, clock) : lifecycle.MoveTo(to, actor, clock, "ref-1");

        next.Status.Should().Be(to);
        next.History.Should().HaveCount(lifecycle.History.Count + 1);
        var last = next.History[^1];
        last.From.Should().Be(from);
        last.To.Should().Be(to);
        last.At.Should().Be(clock.Now);
        last.Actor.Should().Be(actor);
        last.Note.Should().Be(to == ClaimStatus.Scrubbed ? null : "ref-1");
        lifecycle.Status.Should().Be(from, "a lifecycle is immutable");
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void MoveTo_IllegalMove_ThrowsNamingBothStatuses(ClaimStatus from, ClaimStatus to)
    {
        var clock = new FakeClock(s_start);
        var lifecycle = Reach(from, clock);

        var act = () => to == ClaimStatus.Scrubbed ? lifecycle.Scrub(Samples.CleanScrub, Samples.Biller, clock) : lifecycle.MoveTo(to, Samples.Biller, clock);

        var error = act.Should().Throw<IllegalTransitionException>().Which;
        error.From.Should().Be(from);
        error.To.Should().Be(to);
        error.Message.Should().StartWith($"A claim cannot move from {from} to {to}: ");
        lifecycle.CanMoveTo(to, Samples.Biller, out var reason).Should().BeFalse();
        reason.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Table_LegalMoves_AreExactlyTheIssuesMoves()
    {
        var table = Enum.GetValues<ClaimStatus>().SelectMany(from => ClaimTransitions.Next(from).Select(to => (from, to)));

        table.Should().BeEquivalentTo(LegalMoves.Select(row => ((ClaimStatus)row[0], (ClaimStatus)row[1])));
    }

    [Theory]
    [InlineData(ClaimStatus.Closed)]
    [InlineData(ClaimStatus.Replaced)]
    [InlineData(ClaimStatus.Voided)]
    public void IsFinal_FinalStatuses_HaveNoMoves(ClaimStatus status)
    {
        ClaimTransitions.IsFinal(status).Should().BeTrue();
        ClaimTransitions.Next(status).Should().BeEmpty();
    }

    [Fact]
    public void MoveTo_Submitted_AfterScrubWithErrors_IsBlockedNamingTheRules()
    {
        var clock = new FakeClock(s_start);
        var scrubbed = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock).Scrub(Samples.FailedScrub, Samples.Scrubber, clock);

        var act = () => scrubbed.MoveTo(ClaimStatus.Submitted, Samples.Biller, clock);

        act.Should().Throw<IllegalTransitionException>()
            .Which.Reason.Should().Be("the scrub found errors (PTP_BUNDLED); correct the claim and scrub it again.");
        scrubbed.CanMoveTo(ClaimStatus.Submitted, Samples.Biller, out _).Should().BeFalse();
        scrubbed.LastScrub.Should().Be(Samples.FailedScrub);
    }

    [Fact]
    public void MoveTo_Submitted_AfterCorrectionAndCleanScrub_Succeeds()
    {
        var clock = new FakeClock(s_start);
        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock)
            .Scrub(Samples.FailedScrub, Samples.Scrubber, clock)
            .MoveTo(ClaimStatus.Draft, Samples.Biller, clock, "removed 36415")
            .Scrub(Samples.CleanScrub, Samples.Scrubber, clock)
            .MoveTo(ClaimStatus.Submitted, Samples.Biller, clock);

        lifecycle.Status.Should().Be(ClaimStatus.Submitted);
        lifecycle.History.Select(t => t.To).Should().Equal(ClaimStatus.Draft, ClaimStatus.Scrubbed, ClaimStatus.Draft, ClaimStatus.Scrubbed, ClaimStatus.Submitted);
    }

    [Fact]
    public void MoveTo_Submitted_WithOnlyWarnings_Succeeds()
    {
        var clock = new FakeClock(s_start);
        var warnings = new ScrubReport([new ScrubFinding("DX_SPECIFICITY", Severity.Warning, "diagnoses[0]", "More specific code exists.")]);

        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock).Scrub(warnings, Samples.Scrubber, clock).MoveTo(ClaimStatus.Submitted, Samples.Biller, clock);

        lifecycle.Status.Should().Be(ClaimStatus.Submitted);
    }

    [Fact]
    public void MoveTo_ScrubbedWithoutAReport_Throws()
    {
        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, new FakeClock(s_start));

        var act = () => lifecycle.MoveTo(ClaimStatus.Scrubbed, Samples.Biller, new FakeClock(s_start));

        act.Should().Throw<IllegalTransitionException>().Which.Reason.Should().Be("a scrub records its report; call Scrub.");
    }

    [Theory]
    [InlineData(ActorRole.Coder, ClaimStatus.Draft, ClaimStatus.Scrubbed)] // A coder never moves a claim.
    [InlineData(ActorRole.Coder, ClaimStatus.Denied, ClaimStatus.Appealed)] // ... not even to appeal a coding denial.
    [InlineData(ActorRole.Clearinghouse, ClaimStatus.Accepted, ClaimStatus.Paid)] // A clearinghouse does not adjudicate.
    [InlineData(ActorRole.Payer, ClaimStatus.Submitted, ClaimStatus.Accepted)] // A payer does not do the clearinghouse's job.
    [InlineData(ActorRole.Payer, ClaimStatus.Paid, ClaimStatus.Closed)] // Closing is the biller's.
    public void MoveTo_ActorWithoutTheJob_Throws(ActorRole role, ClaimStatus from, ClaimStatus to)
    {
        var clock = new FakeClock(s_start);
        var lifecycle = Reach(from, clock);
        var actor = new Actor("someone", role);

        var act = () => to == ClaimStatus.Scrubbed ? lifecycle.Scrub(Samples.CleanScrub, actor, clock) : lifecycle.MoveTo(to, actor, clock);

        act.Should().Throw<IllegalTransitionException>();
        ClaimTransitions.MayMake(role, from, to).Should().BeFalse();
    }

    [Theory]
    [InlineData(ActorRole.System, ClaimStatus.Accepted, ClaimStatus.Paid)] // A remittance poster.
    [InlineData(ActorRole.Biller, ClaimStatus.Submitted, ClaimStatus.Rejected)] // A biller posting a 277CA by hand.
    [InlineData(ActorRole.Payer, ClaimStatus.Appealed, ClaimStatus.Denied)] // The payer decides the appeal.
    public void MayMake_RoleWithTheJob_IsTrue(ActorRole role, ClaimStatus from, ClaimStatus to)
    {
        ClaimTransitions.MayMake(role, from, to).Should().BeTrue();
    }

    [Fact]
    public void MoveTo_ClockGoesBack_KeepsHistoryInOrder()
    {
        var clock = new FakeClock(s_start);
        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock);
        clock.Now = s_start.AddMinutes(-5);

        var next = lifecycle.Scrub(Samples.CleanScrub, Samples.Scrubber, clock);

        next.History[^1].At.Should().Be(s_start);
    }

    [Fact]
    public void AppealDeadline_Denied_CountsFromTheDecisionDate()
    {
        var clock = new FakeClock(s_start);
        var denied = Reach(ClaimStatus.Denied, clock);

        denied.AppealDeadline(Samples.Payer.Settings).Should().Be(DateOnly.FromDateTime(denied.History[^1].At.UtcDateTime).AddDays(60));
        denied.LastDecision!.To.Should().Be(ClaimStatus.Denied);
    }

    [Theory]
    [InlineData(ClaimStatus.Draft)]
    [InlineData(ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.Paid)]
    [InlineData(ClaimStatus.Appealed)]
    public void AppealDeadline_NothingToAppeal_IsNull(ClaimStatus status)
    {
        Reach(status, new FakeClock(s_start)).AppealDeadline(Samples.Payer.Settings).Should().BeNull();
    }

    [Fact]
    public void WasFiledInTime_SubmittedBeforeTheDeadline_IsTrue_AfterIsFalse()
    {
        var claim = Samples.Professional; // Visit 2025-11-03, 90 days to file.
        var onTime = Reach(ClaimStatus.Submitted, new FakeClock(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        var late = Reach(ClaimStatus.Submitted, new FakeClock(new DateTimeOffset(2026, 2, 2, 0, 0, 0, TimeSpan.Zero)));

        onTime.WasFiledInTime(claim).Should().BeTrue();
        late.WasFiledInTime(claim).Should().BeFalse();
        Reach(ClaimStatus.Draft, new FakeClock(s_start)).WasFiledInTime(claim).Should().BeNull();
        onTime.FirstSubmittedAt.Should().Be(new DateTimeOffset(2026, 2, 1, 0, 20, 0, TimeSpan.Zero)); // Two steps of ten minutes.
    }

    [Fact]
    public void Ctor_HistoryWithAnIllegalMove_Throws()
    {
        var created = new ClaimTransition(null, ClaimStatus.Draft, s_start, Samples.Biller);
        var jump = new ClaimTransition(ClaimStatus.Draft, ClaimStatus.Paid, s_start, Samples.Biller);

        var act = () => new ClaimLifecycle("PCN-0001", [created, jump]);

        act.Should().Throw<ArgumentException>().WithMessage("history[1] is illegal: *");
    }

    [Fact]
    public void Ctor_HistorySubmittedAfterFailedScrub_Throws()
    {
        var history = new[]
        {
            new ClaimTransition(null, ClaimStatus.Draft, s_start, Samples.Biller),
            new ClaimTransition(ClaimStatus.Draft, ClaimStatus.Scrubbed, s_start, Samples.Scrubber, Scrub: Samples.FailedScrub),
            new ClaimTransition(ClaimStatus.Scrubbed, ClaimStatus.Submitted, s_start, Samples.Biller),
        };

        var act = () => new ClaimLifecycle("PCN-0001", history);

        act.Should().Throw<ArgumentException>().WithMessage("history[2] is illegal: the scrub found errors*");
    }

    [Fact]
    public void Ctor_HistoryOutOfOrderOrBroken_Throws()
    {
        var created = new ClaimTransition(null, ClaimStatus.Draft, s_start, Samples.Biller);
        var earlier = new ClaimTransition(ClaimStatus.Draft, ClaimStatus.Scrubbed, s_start.AddDays(-1), Samples.Biller, Scrub: ScrubReport.Clean);
        var broken = new ClaimTransition(ClaimStatus.Scrubbed, ClaimStatus.Submitted, s_start, Samples.Biller);

        ((Action)(() => _ = new ClaimLifecycle("P", [created, earlier]))).Should().Throw<ArgumentException>().WithMessage("history[1] is earlier*");
        ((Action)(() => _ = new ClaimLifecycle("P", [created, broken]))).Should().Throw<ArgumentException>().WithMessage("history[1] starts from Scrubbed, but the claim was Draft.*");
        ((Action)(() => _ = new ClaimLifecycle("P", []))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ScrubReport_HasErrors_OnlyForErrorSeverity()
    {
        Samples.FailedScrub.HasErrors.Should().BeTrue();
        ScrubReport.Clean.HasErrors.Should().BeFalse();
        new ScrubReport([new ScrubFinding("W", Severity.Warning, "t", "m")]).HasErrors.Should().BeFalse();
    }

    /// <summary>Returns a lifecycle brought to <paramref name="status"/> by the usual path.</summary>
    internal static ClaimLifecycle Reach(ClaimStatus status, FakeClock clock)
    {
        var path = status switch
        {
            ClaimStatus.Draft => [],
            ClaimStatus.Scrubbed => [ClaimStatus.Scrubbed],
            ClaimStatus.Submitted => [ClaimStatus.Scrubbed, ClaimStatus.Submitted],
            ClaimStatus.Accepted or ClaimStatus.Rejected => [ClaimStatus.Scrubbed, ClaimStatus.Submitted, status],
            ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied or ClaimStatus.Replaced or ClaimStatus.Voided => [ClaimStatus.Scrubbed, ClaimStatus.Submitted, ClaimStatus.Accepted, status],
            ClaimStatus.Appealed => [ClaimStatus.Scrubbed, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Denied, ClaimStatus.Appealed],
            ClaimStatus.Closed => [ClaimStatus.Scrubbed, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Paid, ClaimStatus.Closed],
            _ => new ClaimStatus[] { },
        };
        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock);
        foreach (var step in path)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            lifecycle = step == ClaimStatus.Scrubbed ? lifecycle.Scrub(ScrubReport.Clean, Samples.Scrubber, clock) : lifecycle.MoveTo(step, Samples.Biller, clock);
        }

        return lifecycle;
    }
}
