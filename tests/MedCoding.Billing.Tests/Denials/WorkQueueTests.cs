using MedCoding.Billing.Denials;
using MedCoding.Billing.Tests.X12;
using MedCoding.Billing.X12;

namespace MedCoding.Billing.Tests.Denials;

public class WorkQueueTests
{
    private static readonly IReadOnlyList<Remittance> s_remittances = RemittanceReader.Read(RemittanceReaderTests.Sample);

    [Fact]
    public void From_Sample_RoutesEachDenialAndSkipsExpectedAdjustments()
    {
        var queue = WorkQueue.From(s_remittances);

        queue.Items.Select(i => (i.ClaimId, i.ServiceCode, i.Group, i.ReasonCode, i.Amount, i.Job, i.Route.Cause)).Should().Equal(
            ("PCN-0001", "36415", AdjustmentGroup.ContractualObligation, "97", 12.5m, Job.Coder, DenialCause.Bundling),
            ("PCN-0003", null, AdjustmentGroup.ContractualObligation, "29", 200m, Job.Biller, DenialCause.TimelyFiling),
            ("PCN-0004", "93000", AdjustmentGroup.ContractualObligation, "11", 100m, Job.Coder, DenialCause.DiagnosisInconsistentWithProcedure),
            ("PCN-0005", "99213", AdjustmentGroup.OtherAdjustment, "18", 200m, Job.Biller, DenialCause.Duplicate));
    }

    [Fact]
    public void From_Sample_CarriesRemarksPayerClaimNumberAndPayment()
    {
        var items = WorkQueue.From(s_remittances).Items;

        items[0].RemarkCodes.Should().Equal("M15");
        items[1].RemarkCodes.Should().Equal("MA01"); // Claim-level: the claim's MOA remarks.
        items[2].RemarkCodes.Should().Equal("M76");
        items[0].PayerClaimControlNumber.Should().Be("ACME25110001");
        items.Should().OnlyContain(i => i.PaymentDate == new DateOnly(2025, 11, 21) && i.TraceNumber == "EFT0001234");
    }

    [Fact]
    public void For_EachJob_ReturnsOnlyItsItems()
    {
        var queue = WorkQueue.From(s_remittances);

        queue.For(Job.Coder).Select(i => i.ReasonCode).Should().Equal("97", "11");
        queue.For(Job.Biller).Select(i => i.ReasonCode).Should().Equal("29", "18");
        queue.For(Job.None).Should().BeEmpty();
    }

    [Fact]
    public void From_UserTable_ReroutesAndAddsWork()
    {
        var table = CarcTable.Default.WithCsv(new StringReader("carc,job,cause,label\n45,biller,contractual,Check the fee schedule\n29,coder,unclassified,Ours\n"), "routes.csv");

        var queue = WorkQueue.From(s_remittances, table);

        queue.For(Job.Biller).Select(i => i.ReasonCode).Should().Equal("45", "45", "18"); // PCN-0001, PCN-0004, PCN-0005.
        queue.For(Job.Coder).Select(i => i.ReasonCode).Should().Equal("97", "29", "11");
    }

    [Fact]
    public void From_UnknownCarc_GoesToTheBiller()
    {
        var text = RemittanceReaderTests.Sample.Replace("CAS*OA*18*200~", "CAS*OA*B99*200~", StringComparison.Ordinal);

        var item = WorkQueue.From(RemittanceReader.Read(text)).Items[^1];

        item.Job.Should().Be(Job.Biller);
        item.Route.Cause.Should().Be(DenialCause.Unclassified);
    }

    [Fact]
    public void AppealDeadline_CountsFromThePaymentDate()
    {
        var item = WorkQueue.From(s_remittances).Items[0];

        item.AppealDeadline(Samples.Payer.Settings).Should().Be(new DateOnly(2025, 11, 21).AddDays(60));
    }

    [Fact]
    public void Builder_ClaimByClaim_GivesTheQueueOfFrom()
    {
        var remittances = RemittanceReader.Read(RemittanceReaderTests.ThreeTransactions);
        var builder = new WorkQueueBuilder();

        RemittanceReader.ReadClaims(new StringReader(RemittanceReaderTests.ThreeTransactions), (payment, claim) => builder.Add(payment, claim));
        var queue = builder.Build();

        builder.Count.Should().Be(8);
        queue.Should().Be(WorkQueue.From(remittances));
        queue.Items.Should().Equal(new WorkQueue(WorkQueue.From(remittances).Items.ToList()).Items);
        queue.For(Job.Coder).Should().Equal(queue.Items.Where(i => i.Job == Job.Coder));
        queue.Items[^1].Should().Be(queue.Items.Last());
    }

    [Fact]
    public void Builder_AfterBuild_RefusesToBeUsedAgain()
    {
        var builder = new WorkQueueBuilder();
        builder.Build();

        var add = () => builder.Add(s_remittances[0].Payment, s_remittances[0].Claims[0]);
        var build = () => builder.Build();

        add.Should().Throw<InvalidOperationException>().WithMessage("The work queue has been built; start a new builder.");
        build.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Builder_UserTable_RoutesWithIt()
    {
        var table = CarcTable.Default.With([new CarcRoute("45", DenialCause.Contractual, Job.Biller, "Worked here")]);

        var queue = new WorkQueueBuilder(table).Add(s_remittances[0].Payment, s_remittances[0].Claims[0]).Build();

        queue.Items.Select(i => i.ReasonCode).Should().Equal("45", "97");
        queue.Items[0].Route.Label.Should().Be("Worked here");
    }

    [Fact]
    public void Items_OutOfRange_Throws()
    {
        var items = WorkQueue.From(s_remittances).Items;

        var act = () => items[items.Count];

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
