using MedCoding.Billing.Json;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Billing.Tests;

public partial class BillingClaimTests
{
    private static readonly DateOnly s_admitted = new(2025, 11, 1);
    private static readonly DateOnly s_through = new(2025, 11, 3);

    private static InstitutionalDetails Details(string patientStatus = "01", DateOnly? admissionDate = null, string? admittingDiagnosis = "R10.9", string facility = "11") =>
        new(facility, s_admitted, s_through, patientStatus, ["0450", "0360"], "1", "7", admissionDate ?? s_admitted, 8, admittingDiagnosis);

    [Fact]
    public void Ctor_InpatientBillWithoutStay_TakesTheStayTheDetailsReport()
    {
        var stay = Samples.Institutional.Claim.Stay;

        stay.Should().Be(new InpatientStay(s_admitted, s_through, 1, "R10.9"));
        stay!.LengthOfStay.Should().Be(2);
        stay.IsLengthOfStayGiven.Should().BeFalse();
        Samples.Institutional.Claim.AgeOnAdmission.Should().Be(75);
    }

    [Fact]
    public void Ctor_InpatientBillWithAgreeingStay_KeepsItAsGiven()
    {
        // One day of leave taken off: the given length of stay has no counterpart in the details and stays.
        var given = new InpatientStay(s_admitted, s_through, 1, "R10.9", lengthOfStay: 1);

        var claim = Samples.InstitutionalWith(Samples.InpatientContent(given), Samples.Inpatient);

        claim.Claim.Stay.Should().BeSameAs(given);
        claim.Claim.Should().NotBe(Samples.Institutional.Claim, "the length of stay was given");
    }

    [Fact]
    public void Ctor_InpatientBillWithTheSameStay_IsEqualToOneThatTookIt()
    {
        Samples.InstitutionalWith(Samples.InpatientContent(Samples.InpatientStay), Samples.Inpatient).Should().Be(Samples.Institutional);
    }

    [Fact]
    public void Ctor_OutpatientInstitutionalBill_HasNoStay()
    {
        var details = new InstitutionalDetails("13", s_admitted, s_admitted, "01", ["0450", "0360"]);

        details.ToInpatientStay().Should().BeNull();
        Samples.InstitutionalWith(Samples.InpatientContent(), details).Claim.Stay.Should().BeNull();
    }

    [Fact]
    public void Ctor_InterimBill_StayRunsThroughTheStatementWithStillAPatient()
    {
        // An interim bill (patient status 30, still a patient): the stay ends where the statement does.
        var claim = Samples.InstitutionalWith(Samples.InpatientContent(), Details(patientStatus: "30", admittingDiagnosis: null));

        claim.Claim.Stay.Should().Be(new InpatientStay(s_admitted, s_through, 30));
    }

    [Theory]
    [InlineData("2025-10-31", "2025-11-03", 1, "R10.9", "claim.stay.admissionDate: differs from institutional.admissionDate.")]
    [InlineData("2025-11-01", "2025-11-02", 1, "R10.9", "claim.stay.dischargeDate: differs from institutional.statementThrough, the last day the claim covers.")]
    [InlineData("2025-11-01", "2025-11-03", 20, "R10.9", "claim.stay.dischargeStatus: differs from institutional.patientStatus.")]
    [InlineData("2025-11-01", "2025-11-03", 1, "R10.31", "claim.stay.admittingDiagnosis: differs from institutional.admittingDiagnosis.")]
    [InlineData("2025-11-01", "2025-11-03", 1, "R109", "claim.stay.admittingDiagnosis: differs from institutional.admittingDiagnosis.")] // compared as written
    [InlineData("2025-11-01", "2025-11-03", 1, null, "claim.stay.admittingDiagnosis: differs from institutional.admittingDiagnosis.")] // the details report one
    public void Ctor_StayThatDisagreesWithTheDetails_IsRefusedNamingTheField(string admitted, string discharged, int status, string? admitting, string message)
    {
        var stay = new InpatientStay(DateOnly.Parse(admitted), DateOnly.Parse(discharged), status, admitting);

        var act = () => Samples.InstitutionalWith(Samples.InpatientContent(stay), Samples.Inpatient);

        act.Should().Throw<ArgumentException>().WithParameterName("claim").Which.Message.Should().StartWith(message)
            .And.NotContainAny("2025", "R10", "R109", "20 ");
    }

    [Fact]
    public void Ctor_StayOnAnOutpatientBill_IsRefusedNamingTheAdmissionDate()
    {
        var details = new InstitutionalDetails("13", s_admitted, s_through, "01", ["0450", "0360"]);

        var act = () => Samples.InstitutionalWith(Samples.InpatientContent(Samples.InpatientStay), details);

        act.Should().Throw<ArgumentException>().WithParameterName("claim").WithMessage("claim.stay: *institutional.admissionDate*");
    }

    [Fact]
    public void Ctor_DetailsWithoutAdmittingDiagnosis_AgreeWithAStayWithoutOne()
    {
        var stay = new InpatientStay(s_admitted, s_through, 1);

        var claim = Samples.InstitutionalWith(Samples.InpatientContent(stay), Details(admittingDiagnosis: null));

        claim.Claim.Stay.Should().Be(stay);
    }

    [Fact]
    public void Replacing_InpatientBill_KeepsTheStay()
    {
        Samples.Institutional.Replacing("ACME25110001").Claim.Stay.Should().Be(Samples.InpatientStay);
    }

    [Fact]
    public void FromCodedEncounter_InpatientDetails_GivesTheClaimTheirStay()
    {
        var encounter = new Encounter("ENC-2", CareSetting.Inpatient, Samples.Doctor, Samples.Patient, s_admitted, s_through);
        var coded = new CodedEncounter(
            encounter,
            [new ClaimDiagnosis("K35.80", PresentOnAdmission.Yes)],
            [new ClaimProcedure("0DTJ4ZZ", s_admitted)],
            [new CodedService("99284", null, 1, [1]), new CodedService("44970", null, 1, [1])],
            Samples.Coder,
            new DateTimeOffset(2025, 11, 4, 9, 30, 0, TimeSpan.Zero));

        var claim = BillingClaim.FromCodedEncounter("PCN-0003", coded, ClaimType.Institutional, [3000m, 9500.25m], Samples.Payer, Samples.Subscriber, Samples.Hospital, Samples.Inpatient);

        claim.Claim.Stay.Should().Be(Samples.InpatientStay);
    }

    [Theory]
    [InlineData("1")] // one digit: the UB-04 writes 01
    [InlineData("001")] // three digits
    [InlineData("0A")] // not a digit
    [InlineData(" 1")] // blank padding
    [InlineData("")] // blank
    public void InstitutionalDetails_PatientStatusNotTwoDigits_Throws(string status)
    {
        var act = () => Details(patientStatus: status);

        act.Should().Throw<ArgumentException>().WithParameterName("patientStatus");
    }

    [Fact]
    public void InstitutionalDetails_AdmissionAfterTheStatement_Throws()
    {
        var act = () => Details(admissionDate: s_through.AddDays(1));

        act.Should().Throw<ArgumentException>().WithParameterName("admissionDate");
    }

    [Fact]
    public void InstitutionalDetails_AdmissionBeforeTheStatement_IsAnInterimOrLaterBill()
    {
        Details(admissionDate: s_admitted.AddDays(-30)).ToInpatientStay()!.LengthOfStay.Should().Be(32);
    }

    [Fact]
    public void InstitutionalDetails_BlankAdmittingDiagnosis_Throws()
    {
        var act = () => Details(admittingDiagnosis: " ");

        act.Should().Throw<ArgumentException>().WithParameterName("admittingDiagnosis");
    }

    [Fact]
    public void Json_InpatientBill_WritesTheStayAndReadsItBack()
    {
        var json = BillingJson.Serialize(Samples.Institutional);

        json.Should().Contain("""
            "stay":{"admissionDate":"2025-11-01","dischargeDate":"2025-11-03","dischargeStatus":"01","admittingDiagnosis":"R10.9"}}
            """);
        BillingJson.Deserialize<BillingClaim>(json).Should().Be(Samples.Institutional);
    }

    [Fact]
    public void Json_InpatientBillWithoutStay_TakesTheDetailsStay()
    {
        var json = BillingJson.Serialize(Samples.Institutional).Replace(
            ""","stay":{"admissionDate":"2025-11-01","dischargeDate":"2025-11-03","dischargeStatus":"01","admittingDiagnosis":"R10.9"}""", string.Empty, StringComparison.Ordinal);

        json.Should().NotContain("\"stay\"");
        BillingJson.Deserialize<BillingClaim>(json).Claim.Stay.Should().Be(Samples.InpatientStay);
    }

    [Fact]
    public void Json_StayThatDisagreesWithTheDetails_IsRefusedNamingTheField()
    {
        var json = BillingJson.Serialize(Samples.Institutional).Replace("\"dischargeStatus\":\"01\"", "\"dischargeStatus\":\"20\"", StringComparison.Ordinal);

        var error = ((Action)(() => BillingJson.Deserialize<BillingClaim>(json))).Should().Throw<ClaimFormatException>().Which;

        error.Message.Should().StartWith("claim.stay.dischargeStatus: differs from institutional.patientStatus.").And.NotContainAny("DOE", "1950", "R10.9");
    }
}
