using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Claims.Tests;

public class InpatientStayTests
{
    private static readonly DateOnly s_admitted = new(2025, 11, 1);
    private static readonly DateOnly s_discharged = new(2025, 11, 5);
    private static readonly Patient s_patient = new(new DateOnly(1950, 11, 3), AdministrativeSex.Female);

    [Fact]
    public void Ctor_Defaults_ComputeTheLengthOfStayAndReportNoAdmittingDiagnosis()
    {
        var stay = new InpatientStay(s_admitted, s_discharged, 1);

        stay.AdmissionDate.Should().Be(s_admitted);
        stay.DischargeDate.Should().Be(s_discharged);
        stay.DischargeStatus.Should().Be(1);
        stay.AdmittingDiagnosis.Should().BeNull();
        stay.LengthOfStay.Should().Be(4);
        stay.IsLengthOfStayGiven.Should().BeFalse();
    }

    [Fact]
    public void Ctor_SameDay_IsZeroDays() => new InpatientStay(s_admitted, s_admitted, 1).LengthOfStay.Should().Be(0);

    [Fact]
    public void Ctor_GivenLengthOfStay_IsKeptAndMarkedGiven()
    {
        var stay = new InpatientStay(s_admitted, s_discharged, 1, "R10.31", 2);

        stay.LengthOfStay.Should().Be(2);
        stay.IsLengthOfStayGiven.Should().BeTrue();
        stay.Should().NotBe(new InpatientStay(s_admitted, s_discharged, 1, "R10.31"));
    }

    [Theory]
    [InlineData(-1)] // below the UB-04's 00
    [InlineData(100)] // three digits
    public void Ctor_DischargeStatusOutOfRange_ThrowsWithoutTheValue(int status)
    {
        var act = () => new InpatientStay(s_admitted, s_discharged, status);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dischargeStatus")
            .Which.Message.Should().NotContain(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ctor_DischargeBeforeAdmission_Throws() =>
        FluentActions.Invoking(() => new InpatientStay(s_discharged, s_admitted, 1)).Should().Throw<ArgumentException>().WithParameterName("dischargeDate");

    [Fact]
    public void Ctor_BlankAdmittingDiagnosis_Throws() =>
        FluentActions.Invoking(() => new InpatientStay(s_admitted, s_discharged, 1, " ")).Should().Throw<ArgumentException>().WithParameterName("admittingDiagnosis");

    [Theory]
    [InlineData(-3)] // negative
    [InlineData(5)] // longer than the 4 days from admission to discharge
    public void Ctor_BadLengthOfStay_ThrowsWithoutTheValue(int days)
    {
        var act = () => new InpatientStay(s_admitted, s_discharged, 1, null, days);

        act.Should().Throw<ArgumentException>().WithParameterName("lengthOfStay")
            .Which.Message.Should().NotContain(days.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Claim_ProfessionalWithStay_Throws()
    {
        var act = () => new Claim(ClaimType.Professional, s_admitted, s_patient, [new ClaimDiagnosis("I10")], stay: new InpatientStay(s_admitted, s_discharged, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("stay");
    }

    [Fact]
    public void Claim_AgeOnAdmission_IsOnTheAdmissionDate_OrTheDateOfServiceWithoutAStay()
    {
        // Born 1950-11-03: 74 on admission (2025-11-01), 75 on a date of service of 2025-11-04.
        var withStay = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 4), s_patient, [new ClaimDiagnosis("I10")], stay: new InpatientStay(s_admitted, s_discharged, 1));
        var withoutStay = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 4), s_patient, [new ClaimDiagnosis("I10")]);

        withStay.AgeOnAdmission.Should().Be(74);
        withoutStay.AgeOnAdmission.Should().Be(75);
    }

    [Fact]
    public void Claim_Equality_ComparesTheStay()
    {
        Claim Of(InpatientStay? stay) => new(ClaimType.Institutional, s_admitted, s_patient, [new ClaimDiagnosis("I10")], stay: stay);

        Of(new InpatientStay(s_admitted, s_discharged, 1)).Should().Be(Of(new InpatientStay(s_admitted, s_discharged, 1)));
        Of(new InpatientStay(s_admitted, s_discharged, 1)).Should().NotBe(Of(new InpatientStay(s_admitted, s_discharged, 20)));
        Of(new InpatientStay(s_admitted, s_discharged, 1)).Should().NotBe(Of(null));
    }
}
