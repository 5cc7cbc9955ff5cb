using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.CodeSets;

namespace MedCoding.Claims.Tests;

public partial class ClaimJsonTests
{
    private const string Head = """{"type":"institutional","dateOfService":"2025-11-01","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"K35.80","poa":"Y"}]""";

    private const string IssueStay = """{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","admittingDiagnosis":"R10.31","lengthOfStay":4}""";

    private static Claim WithStay(string stay) => ClaimJson.Parse($"{Head},\"stay\":{stay}}}");

    [Fact]
    public void Parse_Stay_ReadsEveryField()
    {
        var stay = WithStay(IssueStay).Stay!;

        stay.AdmissionDate.Should().Be(new DateOnly(2025, 11, 1));
        stay.DischargeDate.Should().Be(new DateOnly(2025, 11, 5));
        stay.DischargeStatus.Should().Be(1);
        stay.AdmittingDiagnosis.Should().Be("R10.31");
        stay.LengthOfStay.Should().Be(4);
        stay.IsLengthOfStayGiven.Should().BeTrue();
    }

    [Fact]
    public void Parse_StayWithoutOptionalFields_ComputesTheLengthOfStay()
    {
        var stay = WithStay("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"20"}""").Stay!;

        stay.Should().Be(new InpatientStay(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 5), 20));
        stay.AdmittingDiagnosis.Should().BeNull();
        stay.LengthOfStay.Should().Be(4);
        stay.IsLengthOfStayGiven.Should().BeFalse();
    }

    [Fact]
    public void Parse_NoStay_OrNullStay_HasNone()
    {
        ClaimJson.Parse($"{Head}}}").Stay.Should().BeNull();
        WithStay("null").Stay.Should().BeNull();
    }

    [Fact]
    public void Parse_Stay_AgeOnAdmissionIsOnTheAdmissionDate()
    {
        // Born 1950-11-03: 74 when admitted on 2025-11-01, 75 by the discharge.
        var claim = ClaimJson.Parse("""
            {"type":"institutional","dateOfService":"2025-11-04","patient":{"birthDate":"1950-11-03","sex":"M"},"diagnoses":[{"code":"I10"}],
             "stay":{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01"}}
            """);

        claim.AgeOnAdmission.Should().Be(74);
    }

    [Theory]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","admittingDiagnosis":"R10.31","lengthOfStay":4}""")] // every field
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"30"}""")] // required fields only: no lengthOfStay written back
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","lengthOfStay":2}""")] // leave days taken off
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-01","dischargeStatus":"07","lengthOfStay":0}""")] // same day, given as 0
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"00"}""")] // 00 is a number like any other here: the MCE judges it
    public void Serialize_Stay_RoundTripsToTheSameText(string stay)
    {
        var claim = WithStay(stay);

        var json = ClaimJson.Serialize(claim);

        json.Should().EndWith($",\"stay\":{stay}}}");
        ClaimJson.Parse(json).Should().Be(claim);
    }

    [Fact]
    public void Serialize_StayBuiltInCode_WritesTwoDigitsAndLeavesAComputedLengthOut()
    {
        var claim = new Claim(
            ClaimType.Institutional,
            new DateOnly(2025, 11, 1),
            new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female),
            [new ClaimDiagnosis("K35.80", PresentOnAdmission.Yes)],
            stay: new InpatientStay(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 3), 1, "R10.9"));

        var json = ClaimJson.Serialize(claim);

        json.Should().EndWith("""
            "stay":{"admissionDate":"2025-11-01","dischargeDate":"2025-11-03","dischargeStatus":"01","admittingDiagnosis":"R10.9"}}
            """);
        ClaimJson.Parse(json).Should().Be(claim);
    }

    [Theory]
    [InlineData("""{"admissionDate":"2025-11-05","dischargeDate":"2025-11-01","dischargeStatus":"01"}""", "stay.dischargeDate", "before the admission date.")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","lengthOfStay":5}""", "stay.lengthOfStay", "longer than the days from admission to discharge.")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","lengthOfStay":-1}""", "stay.lengthOfStay", "negative; expected a whole number of days.")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","admittingDiagnosis":" "}""", "stay.admittingDiagnosis", "blank; expected a code, or no admittingDiagnosis when none is reported.")]
    [InlineData("""{"dischargeDate":"2025-11-05","dischargeStatus":"01"}""", "stay.admissionDate", "required, expected a date written YYYY-MM-DD.")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeStatus":"01"}""", "stay.dischargeDate", "required, expected a date written YYYY-MM-DD.")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05"}""", "stay.dischargeStatus", "required, expected two digits in a string, the UB-04 patient discharge status (\"01\").")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"1"}""", "stay.dischargeStatus", "expected two digits in a string, the UB-04 patient discharge status (\"01\").")] // one digit
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"001"}""", "stay.dischargeStatus", "expected two digits in a string, the UB-04 patient discharge status (\"01\").")] // three digits
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"0A"}""", "stay.dischargeStatus", "expected two digits in a string, the UB-04 patient discharge status (\"01\").")] // not a digit
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"١٢"}""", "stay.dischargeStatus", "expected two digits in a string, the UB-04 patient discharge status (\"01\").")] // Arabic-Indic digits are not ASCII digits
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":1}""", "stay.dischargeStatus", "expected two digits in a string, the UB-04 patient discharge status (\"01\")")] // a JSON number is refused
    [InlineData("""{"admissionDate":"11/01/2025","dischargeDate":"2025-11-05","dischargeStatus":"01"}""", "stay.admissionDate", "expected a date written YYYY-MM-DD")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","lengthOfStay":4.5}""", "stay.lengthOfStay", "expected a whole number of days")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","lengthOfStay":"4"}""", "stay.lengthOfStay", "expected a whole number of days")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","admittingDiagnosis":1031}""", "stay.admittingDiagnosis", "expected a string")]
    [InlineData("""{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01","coveredDays":4}""", "stay.coveredDays", "unknown field.")]
    [InlineData("""["2025-11-01","2025-11-05"]""", "stay", "expected an object")]
    public void Parse_BadStay_NamesTheFieldNotTheValue(string stay, string field, string problem)
    {
        var act = () => WithStay(stay);

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Field.Should().Be(field);
        error.Problem.Should().StartWith(problem);
        error.Message.Should().NotContainAny("2025", "R10", "0A", "001", "4.5", "1031", "١٢");
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is ArgumentException)
            {
                inner.Message.Should().NotContainAny("2025", "-1", "5");
            }
        }
    }

    [Fact]
    public void Parse_ProfessionalClaimWithStay_IsRefusedNamingStay()
    {
        var act = () => ClaimJson.Parse("""
            {"type":"professional","dateOfService":"2025-11-01","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"I10"}],
             "stay":{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01"}}
            """);

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Field.Should().Be("stay");
        error.Message.Should().Be("stay: only an institutional claim carries an inpatient stay.");
    }
}
