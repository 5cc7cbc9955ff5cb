using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

[Collection(MsDrgCollection.Name)]
public class ClaimGroupingExtensionsTests(MsDrgGrouperFixture fixture)
{
    // Born 1950-11-03: 74 when admitted on 2025-11-01, 75 on the date of service 2025-11-04 and at discharge.
    private static readonly Patient s_patient = new(new DateOnly(1950, 11, 3), AdministrativeSex.Male);
    private static readonly DateOnly s_admitted = new(2025, 11, 1);
    private static readonly DateOnly s_discharged = new(2025, 11, 5);

    private static Claim Inpatient(int dischargeStatus, string principal = "K35.80") => new(
        ClaimType.Institutional,
        new DateOnly(2025, 11, 4),
        s_patient,
        [new ClaimDiagnosis(principal, PresentOnAdmission.Yes), new ClaimDiagnosis("I10", PresentOnAdmission.No)],
        [new ClaimProcedure("0DTJ4ZZ")],
        stay: new InpatientStay(s_admitted, s_discharged, dischargeStatus, "R10.31"));

    [Fact]
    public void ToDrgCase_FromTheStay_TakesDischargeAndAgeOnAdmission()
    {
        var drgCase = Inpatient(dischargeStatus: 20).ToDrgCase();

        drgCase.PrincipalDiagnosis.Should().Be(new DrgDiagnosis("K35.80", PresentOnAdmission.Yes));
        drgCase.SecondaryDiagnoses.Should().Equal(new DrgDiagnosis("I10", PresentOnAdmission.No));
        drgCase.Procedures.Should().Equal("0DTJ4ZZ");
        drgCase.Sex.Should().Be(AdministrativeSex.Male);
        drgCase.Age.Should().Be(74, "the age is the age on admission, not on the date of service");
        drgCase.DischargeStatus.Should().Be(20);
        drgCase.DischargeDate.Should().Be(s_discharged);
    }

    [Fact]
    public void ToDrgCase_WithoutStay_NamesStay()
    {
        var claim = new Claim(ClaimType.Institutional, s_admitted, s_patient, [new ClaimDiagnosis("K35.80")]);

        var act = () => claim.ToDrgCase();

        act.Should().Throw<ArgumentException>().WithParameterName("claim").WithMessage("stay: *");
    }

    [Fact]
    public void ToDrgCase_Professional_IsRefusedBeforeAskingForAStay()
    {
        var claim = new Claim(ClaimType.Professional, s_admitted, s_patient, [new ClaimDiagnosis("K35.80")]);

        FluentActions.Invoking(() => claim.ToDrgCase()).Should().Throw<ArgumentException>().WithMessage("*must be institutional*");
        FluentActions.Invoking(() => claim.ToDrgCase(1, s_discharged)).Should().Throw<ArgumentException>().WithMessage("*must be institutional*");
    }

    [Fact]
    public void ToDrgCase_StayWithoutDiagnosis_NamesDiagnoses()
    {
        var claim = new Claim(ClaimType.Institutional, s_admitted, s_patient, [], stay: new InpatientStay(s_admitted, s_discharged, 1));

        FluentActions.Invoking(() => claim.ToDrgCase()).Should().Throw<ArgumentException>().WithMessage("diagnoses: *");
    }

    [Fact]
    public void ToDrgCase_GivenDischarge_UsesTheAgeOnAdmissionToo()
    {
        var drgCase = Inpatient(dischargeStatus: 1).ToDrgCase(7, new DateOnly(2025, 11, 6));

        drgCase.Age.Should().Be(74);
        drgCase.DischargeStatus.Should().Be(7, "the values given win over the stay's");
        drgCase.DischargeDate.Should().Be(new DateOnly(2025, 11, 6));
    }

    [Fact]
    public void ToDrgCase_GivenDischargeWithoutStay_AgeOnTheDateOfService()
    {
        var claim = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 4), s_patient, [new ClaimDiagnosis("K35.80")]);

        claim.ToDrgCase(1, s_discharged).Age.Should().Be(75);
    }

    [Theory]
    [InlineData(1, 282)]  // discharged home: Acute Myocardial Infarction, Discharged Alive without CC/MCC
    [InlineData(20, 285)] // expired: Acute Myocardial Infarction, Expired without CC/MCC
    public void Group_StaysDischargeStatus_ReachesTheGrouper(int dischargeStatus, int drg)
    {
        var claim = new Claim(
            ClaimType.Institutional,
            s_admitted,
            s_patient,
            [new ClaimDiagnosis("I21.09", PresentOnAdmission.Yes)],
            stay: new InpatientStay(s_admitted, s_discharged, dischargeStatus));

        fixture.Grouper.Group(claim.ToDrgCase()).Drg.Should().Be(drg);
    }
}
