using MedCoding.Claims;

namespace MedCoding.Billing.Tests;

public class CodedEncounterTests
{
    [Fact]
    public void Ctor_ActorNotACoder_Throws()
    {
        var act = () => new CodedEncounter(Samples.OfficeVisit, [new ClaimDiagnosis("I10")], null, null, Samples.Biller, DateTimeOffset.UnixEpoch);

        act.Should().Throw<ArgumentException>().WithMessage("An encounter is coded by a coder.*");
    }

    [Fact]
    public void Ctor_PointerPastTheDiagnoses_ThrowsNamingTheService()
    {
        var act = () => new CodedEncounter(Samples.OfficeVisit, [new ClaimDiagnosis("I10")], null, [new CodedService("99213", diagnosisPointers: [2])], Samples.Coder, DateTimeOffset.UnixEpoch);

        act.Should().Throw<ArgumentException>().WithMessage("services[0] points to a diagnosis that is not coded.*");
    }

    [Fact]
    public void ToClaim_Professional_PricesEachServiceAtTheSettingsPlaceOfService()
    {
        var claim = Samples.CodedOfficeVisit.ToClaim(ClaimType.Professional, [150m, 12.5m]);

        claim.Type.Should().Be(ClaimType.Professional);
        claim.Patient.Should().Be(Samples.Patient);
        claim.Diagnoses.Select(d => d.Code).Should().Equal("E11.65", "I10");
        claim.Lines.Should().HaveCount(2);
        claim.Lines[0].Should().Be(new ServiceLine("99214", ["25"], 1, [1, 2], Samples.Visit, "11", 150m));
        claim.Lines[1].Charge.Should().Be(12.5m);
    }

    [Fact]
    public void ToClaim_Institutional_HasNoPlaceOfService()
    {
        var claim = Samples.CodedOfficeVisit.ToClaim(ClaimType.Institutional, [1m, 2m]);

        claim.Lines.Should().OnlyContain(l => l.PlaceOfService == null);
    }

    [Fact]
    public void ToClaim_WrongNumberOfCharges_Throws()
    {
        var act = () => Samples.CodedOfficeVisit.ToClaim(ClaimType.Professional, [150m]);

        act.Should().Throw<ArgumentException>().WithMessage("Expected one non-negative charge per coded service.*");
    }

    [Theory]
    [InlineData(CareSetting.Inpatient, "21")]
    [InlineData(CareSetting.Outpatient, "22")]
    [InlineData(CareSetting.Emergency, "23")]
    [InlineData(CareSetting.Office, "11")]
    public void PlaceOfServiceFor_EachSetting_IsTheCmsCode(CareSetting setting, string expected)
    {
        CodedEncounter.PlaceOfServiceFor(setting).Should().Be(expected);
    }

    [Fact]
    public void ToString_HasNoPatientData()
    {
        Samples.CodedOfficeVisit.ToString().Should().NotContain("1950").And.Contain("ENC-1");
        Samples.OfficeVisit.ToString().Should().NotContain("1950");
    }

    [Fact]
    public void CodedService_FiveModifiers_Throws()
    {
        var act = () => new CodedService("99213", ["25", "59", "LT", "RT", "XS"]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Encounter_EndBeforeStart_Throws()
    {
        var act = () => new Encounter("E", CareSetting.Inpatient, Samples.Doctor, Samples.Patient, Samples.Visit, Samples.Visit.AddDays(-1));

        act.Should().Throw<ArgumentException>();
    }
}
