using MedCoding.Claims;

namespace MedCoding.Billing.Tests;

public partial class BillingClaimTests
{
    [Fact]
    public void FromCodedEncounter_TakesTheRenderingProviderAndEncounterFromTheCoding()
    {
        var claim = Samples.Professional;

        claim.RenderingProvider.Should().Be(Samples.Doctor);
        claim.EncounterId.Should().Be("ENC-1");
        claim.Frequency.Should().Be(ClaimFrequency.Original);
        claim.TotalCharge.Should().Be(162.50m);
    }

    [Fact]
    public void TimelyFilingDeadline_Professional_CountsFromTheLastLineDate()
    {
        Samples.Professional.TimelyFilingDeadline.Should().Be(Samples.Visit.AddDays(90));
    }

    [Fact]
    public void TimelyFilingDeadline_Institutional_CountsFromTheStatementThroughDate()
    {
        Samples.Institutional.TimelyFilingDeadline.Should().Be(new DateOnly(2025, 11, 3).AddDays(90));
    }

    [Fact]
    public void Replacing_PayerClaimNumber_IsAFrequency7CopyReferencingIt()
    {
        var replacement = Samples.Institutional.Replacing("ACME25110001");

        replacement.Frequency.Should().Be(ClaimFrequency.Replacement);
        replacement.OriginalReference.Should().Be("ACME25110001");
        replacement.Claim.Should().Be(Samples.Institutional.Claim);
        replacement.Institutional.Should().Be(Samples.Institutional.Institutional);
    }

    [Fact]
    public void Voiding_PayerClaimNumber_IsAFrequency8Copy()
    {
        var voided = Samples.ProfessionalForDependent.Voiding("ACME25110001");

        voided.Frequency.Should().Be(ClaimFrequency.Void);
        voided.Dependent.Should().Be(Samples.Child);
        voided.Id.Should().Be("PCN-0001");
    }

    [Fact]
    public void Ctor_ReplacementWithoutOriginalReference_Throws()
    {
        var p = Samples.Professional;
        var act = () => new BillingClaim(p.Id, p.Claim, p.Payer, p.Subscriber, p.BillingProvider, frequency: ClaimFrequency.Replacement);

        act.Should().Throw<ArgumentException>().WithParameterName("originalReference");
    }

    [Fact]
    public void Ctor_OriginalWithReference_Throws()
    {
        var p = Samples.Professional;
        var act = () => new BillingClaim(p.Id, p.Claim, p.Payer, p.Subscriber, p.BillingProvider, originalReference: "X");

        act.Should().Throw<ArgumentException>().WithParameterName("originalReference");
    }

    [Fact]
    public void Ctor_InstitutionalWithoutDetails_Throws()
    {
        var i = Samples.Institutional;
        var act = () => new BillingClaim(i.Id, i.Claim, i.Payer, i.Subscriber, i.BillingProvider);

        act.Should().Throw<ArgumentException>().WithParameterName("institutional");
    }

    [Fact]
    public void Ctor_RevenueCodesNotOnePerLine_Throws()
    {
        var i = Samples.Institutional;
        var details = new InstitutionalDetails("11", i.Institutional!.StatementFrom, i.Institutional.StatementThrough, "01", ["0450"]);
        var act = () => new BillingClaim(i.Id, i.Claim, i.Payer, i.Subscriber, i.BillingProvider, institutional: details);

        act.Should().Throw<ArgumentException>().WithMessage("An institutional claim has one revenue code per service line.*");
    }

    [Fact]
    public void Ctor_BillingProviderWithoutTaxId_Throws()
    {
        var p = Samples.Professional;
        var act = () => new BillingClaim(p.Id, p.Claim, p.Payer, p.Subscriber, Samples.Doctor);

        act.Should().Throw<ArgumentException>().WithParameterName("billingProvider");
    }

    [Fact]
    public void Ctor_PatientControlNumberOver38_Throws()
    {
        var p = Samples.Professional;
        var act = () => new BillingClaim(new string('A', 39), p.Claim, p.Payer, p.Subscriber, p.BillingProvider);

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void ToString_HasNoPatientData()
    {
        var text = Samples.ProfessionalForDependent.ToString() + Samples.Subscriber + Samples.Child;

        text.Should().NotContain("DOE").And.NotContain("JOHNNY").And.NotContain("JANE").And.NotContain("XYZ123456789").And.NotContain("1950");
    }

    [Theory]
    [InlineData("1")] // Facility type codes are two digits.
    [InlineData("1A")] // ... and only digits.
    public void InstitutionalDetails_BadFacilityType_Throws(string facility)
    {
        var act = () => new InstitutionalDetails(facility, Samples.Visit, Samples.Visit, "01", []);

        act.Should().Throw<ArgumentException>().WithParameterName("facilityTypeCode");
    }

    [Fact]
    public void InstitutionalDetails_StatementBackwards_Throws()
    {
        var act = () => new InstitutionalDetails("13", Samples.Visit, Samples.Visit.AddDays(-1), "01", []);

        act.Should().Throw<ArgumentException>().WithParameterName("statementThrough");
    }

    [Fact]
    public void PayerSettings_Deadlines_AddTheDays()
    {
        var settings = new PayerSettings(365, 120);

        settings.TimelyFilingDeadline(new DateOnly(2024, 3, 1)).Should().Be(new DateOnly(2025, 3, 1));
        settings.AppealDeadline(new DateOnly(2025, 1, 10)).Should().Be(new DateOnly(2025, 5, 10));
        PayerSettings.Medicare.Should().Be(settings);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(90, 0)]
    [InlineData(3651, 60)]
    public void PayerSettings_OutOfRange_Throws(int filing, int appeal)
    {
        var act = () => new PayerSettings(filing, appeal);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
