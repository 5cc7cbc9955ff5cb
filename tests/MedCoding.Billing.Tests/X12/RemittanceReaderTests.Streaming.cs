using MedCoding.Billing.X12;
using MedCoding.Testing;

namespace MedCoding.Billing.Tests.X12;

/// <summary>Reading claim by claim (<see cref="RemittanceReader.ReadClaims"/>).</summary>
public partial class RemittanceReaderTests
{
    // The sample's transaction, then a second one naming no payee, then a third with no claims at all (only its PLB).
    internal static readonly string ThreeTransactions = RemittanceSamples.ThreeTransactions(Sample);

    [Fact]
    public void ReadClaims_Sample_GivesTheClaimsOfReadInOrderWithTheirPayment()
    {
        var claims = new List<(RemittancePayment Payment, ClaimPayment Claim)>();
        var summaries = new List<RemittanceSummary>();

        RemittanceReader.ReadClaims(new StringReader(ThreeTransactions), (payment, claim) => claims.Add((payment, claim)), summaries.Add);

        var remittances = RemittanceReader.Read(ThreeTransactions);
        claims.Select(c => c.Claim).Should().Equal(remittances.SelectMany(r => r.Claims));
        claims.Select(c => c.Payment).Should().Equal(remittances.SelectMany(r => r.Claims.Select(_ => r.Payment)));
        summaries.Select(s => s.WithClaims(remittances[summaries.IndexOf(s)].Claims)).Should().Equal(remittances);
        summaries.Select(s => (s.ClaimCount, s.ClaimsPaidAmount, s.IsBalanced)).Should().Equal((4, 235m, true), (4, 235m, true), (0, 0m, false));
        summaries.Select(s => s.IsBalanced).Should().Equal(remittances.Select(r => r.IsBalanced));
    }

    [Fact]
    public void ReadClaims_MalformedAfterTheClaims_ThrowsAfterGivingThem()
    {
        // The SE count is checked when the SE is read: the claims before it have been given already.
        var text = Sample.Replace("SE*45*0001~", "SE*44*0001~", StringComparison.Ordinal);
        var given = 0;

        var act = () => RemittanceReader.ReadClaims(new StringReader(text), (_, _) => given++);

        act.Should().Throw<X12FormatException>().Which.Message.Should().Contain("SE01");
        given.Should().Be(4);
    }

    [Fact]
    public void ReadClaims_ClaimPaymentsPastAnyAmount_IsAnErrorNamingTheClaim()
    {
        var huge = "79228162514264337593543950335";
        // PCN-0003 (segment 28) pays the largest amount a decimal holds, after PCN-0001's 85.
        var text = Sample.Replace("CLP*PCN-0003*4*200*0*", $"CLP*PCN-0003*4*200*{huge}*", StringComparison.Ordinal);

        var act = () => RemittanceReader.Read(text);

        act.Should().Throw<X12FormatException>().Which.Message.Should().Be("segment 28 (CLP04): the claim payments of the transaction add up to more than any amount can be.");
    }

    [Fact]
    public void WithClaims_WrongNumberOfClaims_Throws()
    {
        var summary = new RemittanceSummary(new RemittancePayment("I", 1m, "C", "ACH", new DateOnly(2025, 11, 21), "T1"), "PAYER", 2, 1m, []);

        var act = () => summary.WithClaims([]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("The remittance has 2 claims; 0 were given.");
    }
}
