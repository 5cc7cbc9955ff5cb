using MedCoding.Billing.Denials;
using MedCoding.Billing.Lifecycle;
using MedCoding.Billing.Tests.Lifecycle;
using MedCoding.Billing.Tests.X12;
using MedCoding.Billing.X12;

namespace MedCoding.Billing.Tests.Denials;

public class AdjudicationTests
{
    private static readonly IReadOnlyList<ClaimPayment> s_claims = RemittanceReader.Read(RemittanceReaderTests.Sample)[0].Claims;

    [Theory]
    [InlineData(0, ClaimStatus.PartiallyPaid)] // Paid 85, but 36415 was bundled (CO-97): coder work.
    [InlineData(1, ClaimStatus.Denied)] // CLP02 4: denied for timely filing.
    [InlineData(2, ClaimStatus.PartiallyPaid)] // Paid 150, 93000 denied CO-11.
    [InlineData(3, ClaimStatus.Denied)] // CLP02 4: duplicate.
    public void DecisionFor_SampleClaims_FollowsTheWork(int index, ClaimStatus expected)
    {
        Adjudication.DecisionFor(s_claims[index]).Should().Be(expected);
    }

    [Fact]
    public void DecisionFor_OnlyContractualAndPatientShare_IsPaid()
    {
        var claim = new ClaimPayment("PCN-9", RemittanceClaimStatus.ProcessedAsPrimary, 150m, 85m, [new Adjustment(AdjustmentGroup.ContractualObligation, "45", 45m), new Adjustment(AdjustmentGroup.PatientResponsibility, "3", 20m)], [], []);

        Adjudication.DecisionFor(claim).Should().Be(ClaimStatus.Paid);
    }

    [Fact]
    public void DecisionFor_NothingPaidAndWorkNeeded_IsDenied()
    {
        var claim = new ClaimPayment("PCN-9", RemittanceClaimStatus.ProcessedAsPrimary, 150m, 0m, [new Adjustment(AdjustmentGroup.ContractualObligation, "50", 150m)], [], []);

        Adjudication.DecisionFor(claim).Should().Be(ClaimStatus.Denied);
    }

    [Theory]
    [InlineData(RemittanceClaimStatus.Reversal)]
    [InlineData(RemittanceClaimStatus.NotOurClaimForwarded)]
    [InlineData(RemittanceClaimStatus.PredeterminationPricingOnly)]
    public void DecisionFor_NotADecision_IsNull(RemittanceClaimStatus status)
    {
        Adjudication.DecisionFor(new ClaimPayment("PCN-9", status, 150m, 0m, [], [], [])).Should().BeNull();
    }

    [Fact]
    public void DecisionFor_PostedToTheLifecycle_MovesTheClaim()
    {
        var clock = new FakeClock(new DateTimeOffset(2025, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var accepted = ClaimLifecycleTests.Reach(ClaimStatus.Accepted, clock);

        var posted = accepted.MoveTo(Adjudication.DecisionFor(s_claims[0])!.Value, new Actor("remit-poster", ActorRole.System), clock, "EFT0001234");

        posted.Status.Should().Be(ClaimStatus.PartiallyPaid);
        posted.AppealDeadline(Samples.Payer.Settings).Should().Be(DateOnly.FromDateTime(clock.Now.UtcDateTime).AddDays(60));
    }
}
