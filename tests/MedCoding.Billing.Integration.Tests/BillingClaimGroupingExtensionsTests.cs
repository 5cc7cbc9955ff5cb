using MedCoding.Billing.Tests;
using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.Grouping;
using MedCoding.Testing;

namespace MedCoding.Billing.Integration.Tests;

public class BillingClaimGroupingExtensionsTests
{
    private static readonly Lazy<MsDrgGrouper> s_grouper = new(() => MsDrgGrouper.Load(OfficialData.Path("msdrg", "v43")));

    [Fact]
    public void ToDrgCase_InpatientClaim_CarriesCodesPoaPatientAndDischarge()
    {
        var drgCase = Samples.Institutional.ToDrgCase();

        drgCase.PrincipalDiagnosis.Should().Be(new DrgDiagnosis("K35.80", PresentOnAdmission.Yes));
        drgCase.SecondaryDiagnoses.Should().Equal(new DrgDiagnosis("E11.65", PresentOnAdmission.Yes), new DrgDiagnosis("I10", PresentOnAdmission.No));
        drgCase.Procedures.Should().Equal("0DTJ4ZZ", "0DJ08ZZ");
        drgCase.Age.Should().Be(75, "the patient was born 1950-02-01 and admitted 2025-11-01");
        drgCase.Sex.Should().Be(AdministrativeSex.Female);
        drgCase.DischargeStatus.Should().Be(1, "UB-04 patient status 01 is discharged home");
        drgCase.DischargeDate.Should().Be(new DateOnly(2025, 11, 3), "the statement runs through the discharge date");
    }

    [Fact]
    public void ToDrgCase_InpatientBill_TakesTheStayAndTheAgeOnAdmission()
    {
        // Born 1950-11-02: 74 when admitted on 2025-11-01, 75 by the claim's date of service, 2025-11-03.
        var patient = new Patient(new DateOnly(1950, 11, 2), AdministrativeSex.Male);
        var content = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 3), patient, Samples.InpatientContent().Diagnoses, Samples.InpatientContent().Procedures, Samples.InpatientContent().Lines);

        var drgCase = Samples.InstitutionalWith(content, Samples.Inpatient).ToDrgCase();

        drgCase.Age.Should().Be(74, "the age is the age on the admission date the institutional details report");
        drgCase.DischargeStatus.Should().Be(1);
        drgCase.DischargeDate.Should().Be(new DateOnly(2025, 11, 3));
    }

    [Fact]
    public void ToDrgCase_BillBuiltWithAStay_IsTheSameCaseAsOneThatTookIt()
    {
        var withStay = Samples.InstitutionalWith(Samples.InpatientContent(Samples.InpatientStay), Samples.Inpatient);

        withStay.ToDrgCase().Should().BeEquivalentTo(Samples.Institutional.ToDrgCase());
        withStay.GroupWith(s_grouper.Value).Drg.Should().Be(399);
    }

    [Fact]
    public void ToDrgCase_BillWithoutAdmission_UsesThePatientStatusAndTheStatementThroughDate()
    {
        // An institutional bill with no admission date has no stay: grouped as before, age on the date of service.
        var details = new InstitutionalDetails("13", new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 2), "20", ["0450", "0360"]);
        var claim = Samples.InstitutionalWith(Samples.InpatientContent(), details);

        var drgCase = claim.ToDrgCase();

        claim.Claim.Stay.Should().BeNull();
        drgCase.DischargeStatus.Should().Be(20);
        drgCase.DischargeDate.Should().Be(new DateOnly(2025, 11, 2));
        drgCase.Age.Should().Be(75);
    }

    [Fact]
    public void GroupWith_LaparoscopicAppendectomy_GroupsToAppendixProceduresWithoutCcMcc()
    {
        // Acute appendicitis with a laparoscopic appendectomy (0DTJ4ZZ): MDC 6, the Appendix Procedures DRGs
        // 397-399 (since v42); neither E11.65 nor I10 is a CC, so the DRG is the one without CC/MCC (399).
        var result = Samples.Institutional.GroupWith(s_grouper.Value);

        result.ReturnCode.Should().Be(GrouperReturnCode.Ok);
        result.Mdc.Should().Be(6);
        result.Drg.Should().Be(399);
        result.Type.Should().Be(DrgType.Surgical);
        result.DrivingProcedure.Should().Be("0DTJ4ZZ");
    }

    [Fact]
    public void ToDrgCase_ProfessionalClaim_IsRefused()
    {
        var act = () => Samples.Professional.ToDrgCase();

        act.Should().Throw<ArgumentException>().WithMessage("*institutional*");
    }

    [Fact]
    public void ToDrgCase_UndefinedPoaValue_NamesTheFieldNotTheValue()
    {
        // Claim JSON refuses an unknown letter; only a cast integer can reach the grouper.
        var claim = new Claim(
            ClaimType.Institutional,
            new DateOnly(2025, 11, 1),
            Samples.Patient,
            [new ClaimDiagnosis("K35.80", PresentOnAdmission.Yes), new ClaimDiagnosis("I10", (PresentOnAdmission)42)]);

        var act = () => claim.ToDrgCase(1, new DateOnly(2025, 11, 3));

        act.Should().Throw<ArgumentException>().WithMessage("diagnoses[1].poa: expected Y, N, U, W or 1*").Which.Message.Should().NotContain("42");
    }
}
