using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.CodeSets;

namespace MedCoding.Claims.Tests;

public partial class ClaimJsonTests
{
    private const string IssueExample = """
        {"type":"professional","dateOfService":"2025-11-03",
          "patient":{"birthDate":"1950-02-01","sex":"F"},
          "diagnoses":[{"code":"E11.65","poa":"Y"},{"code":"I10"}],
          "procedures":[{"code":"0DTJ4ZZ","date":"2025-11-03"}],
          "lines":[{"code":"99214","modifiers":["25"],"units":1,"diagnosisPointers":[1,2],
                    "dateOfService":"2025-11-03","placeOfService":"11","charge":150.00}]}
        """;

    [Fact]
    public void Parse_IssueExample_ReadsEveryField()
    {
        var claim = ClaimJson.Parse(IssueExample);

        claim.Type.Should().Be(ClaimType.Professional);
        claim.DateOfService.Should().Be(new DateOnly(2025, 11, 3));
        claim.Patient.Should().Be(new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female));
        claim.Diagnoses.Should().Equal(new ClaimDiagnosis("E11.65", PresentOnAdmission.Yes), new ClaimDiagnosis("I10"));
        claim.PrincipalDiagnosis!.Code.Should().Be("E11.65");
        claim.Procedures.Should().Equal(new ClaimProcedure("0DTJ4ZZ", new DateOnly(2025, 11, 3)));
        var line = claim.Lines.Should().ContainSingle().Subject;
        line.Code.Should().Be("99214");
        line.Modifiers.Should().Equal("25");
        line.Units.Should().Be(1);
        line.DiagnosisPointers.Should().Equal(1, 2);
        line.DateOfService.Should().Be(new DateOnly(2025, 11, 3));
        line.PlaceOfService.Should().Be("11");
        line.Charge.Should().Be(150.00m);
    }

    [Fact]
    public void Serialize_ThenParse_GivesEqualClaim()
    {
        var claim = ClaimJson.Parse(IssueExample);

        var again = ClaimJson.Parse(ClaimJson.Serialize(claim));

        again.Should().Be(claim);
        ClaimJson.Serialize(again).Should().Be(ClaimJson.Serialize(claim));
    }

    [Theory]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[],"lines":[{"code":"99214","units":"one"}]}""", "lines[0].units", "expected a number")]
    [InlineData("""{"type":"professional","dateOfService":"11/03/2025","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[]}""", "dateOfService", "expected a date written YYYY-MM-DD")]
    [InlineData("""{"type":"dental","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[]}""", "type", "expected \"professional\" or \"institutional\"")]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"X"},"diagnoses":[]}""", "patient.sex", "expected \"F\", \"M\" or \"U\"")]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01"},"diagnoses":[]}""", "patient.sex", "required")]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"poa":"Y"}]}""", "diagnoses[0].code", "required")]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"I10","pao":"Y"}]}""", "diagnoses[0].pao", "unknown field")]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[],"lines":[{"code":"99214","diagnosisPointers":[1,"2"]}]}""", "lines[0].diagnosisPointers[1]", "expected a whole number")]
    public void Parse_FieldOfWrongShape_NamesTheField(string json, string field, string problem)
    {
        var act = () => ClaimJson.Parse(json);

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Field.Should().Be(field);
        error.Problem.Should().StartWith(problem);
    }

    [Theory]
    [InlineData("Y", PresentOnAdmission.Yes)]
    [InlineData("N", PresentOnAdmission.No)]
    [InlineData("U", PresentOnAdmission.Unknown)]
    [InlineData("W", PresentOnAdmission.ClinicallyUndetermined)]
    [InlineData("1", PresentOnAdmission.Exempt)] // exempt from POA reporting
    [InlineData("y", PresentOnAdmission.Yes)] // case is ignored, as the claim edits always did
    [InlineData("", PresentOnAdmission.NotReported)] // blank: none reported
    public void Parse_PoaLetter_IsTheIndicator(string letter, PresentOnAdmission expected)
    {
        var claim = ClaimJson.Parse($$"""{"type":"institutional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"I10","poa":"{{letter}}"}]}""");

        claim.Diagnoses.Single().PresentOnAdmission.Should().Be(expected);
    }

    [Theory]
    [InlineData(PresentOnAdmission.Yes, "\"poa\":\"Y\"")]
    [InlineData(PresentOnAdmission.ClinicallyUndetermined, "\"poa\":\"W\"")]
    [InlineData(PresentOnAdmission.Exempt, "\"poa\":\"1\"")]
    public void Serialize_Poa_WritesTheClaimLetter(PresentOnAdmission poa, string expected)
    {
        var claim = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 3), new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Unknown), [new ClaimDiagnosis("I10", poa)]);

        var json = ClaimJson.Serialize(claim);

        json.Should().Contain(expected).And.Contain("\"sex\":\"U\"");
        ClaimJson.Parse(json).Should().Be(claim);
    }

    [Fact]
    public void Serialize_PoaNotReported_LeavesTheFieldOut()
    {
        var claim = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 3), new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Male), [new ClaimDiagnosis("I10")]);

        ClaimJson.Serialize(claim).Should().Contain("{\"code\":\"I10\"}").And.NotContain("poa").And.Contain("\"sex\":\"M\"");
    }

    [Theory]
    [InlineData("Q")] // not an indicator
    [InlineData("YN")] // two indicators
    [InlineData("Yes")] // a word, not the letter
    public void Parse_UnknownPoa_NamesTheFieldNotTheValue(string letter)
    {
        var act = () => ClaimJson.Parse($$"""{"type":"institutional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"K35.80","poa":"Y"},{"code":"I10","poa":"{{letter}}"}]}""");

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Field.Should().Be("diagnoses[1].poa");
        error.Problem.Should().Be("expected \"Y\", \"N\", \"U\", \"W\" or \"1\" (or no poa when none is reported).");
        error.Message.Should().NotContain($"'{letter}'").And.NotContain("I10");
    }

    [Fact]
    public void Serialize_UndefinedPoaValue_IsRefused()
    {
        var claim = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 3), new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female), [new ClaimDiagnosis("I10", (PresentOnAdmission)9)]);

        var act = () => ClaimJson.Serialize(claim);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Patient_DefaultSex_IsUnknown() => default(AdministrativeSex).Should().Be(AdministrativeSex.Unknown);

    [Fact]
    public void Parse_MalformedJson_ThrowsWithoutEchoingPatientData()
    {
        var act = () => ClaimJson.Parse(""""{"type":"professional","patient":{"birthDate":"1950-02-01","sex":"F"}, "diagnoses":[{"code":"E11.65"""");

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Message.Should().NotContain("1950").And.NotContain("E11.65");
    }

    [Fact]
    public void Parse_WrongShapeOfBirthDate_DoesNotEchoTheValue()
    {
        var act = () => ClaimJson.Parse("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"02/01/1950","sex":"F"},"diagnoses":[]}""");

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Field.Should().Be("patient.birthDate");
        error.Message.Should().NotContain("1950");
    }

    [Fact]
    public void Constructor_CopiesLists_SoCallerChangesDoNotLeakIn()
    {
        var diagnoses = new List<ClaimDiagnosis> { new("I10") };
        var claim = new Claim(ClaimType.Professional, new DateOnly(2025, 11, 3), new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Male), diagnoses);

        diagnoses.Add(new ClaimDiagnosis("E11.65"));

        claim.Diagnoses.Should().ContainSingle();
    }

    [Theory]
    [InlineData("1950-02-01", "2025-01-31", 74)] // the day before the 75th birthday
    [InlineData("1950-02-01", "2025-02-01", 75)] // on the birthday
    [InlineData("2024-02-29", "2025-02-28", 0)]  // leap-day baby, not yet one
    public void AgeOn_CountsCompletedYears(string birth, string on, int age)
    {
        new Patient(DateOnly.Parse(birth), AdministrativeSex.Female).AgeOn(DateOnly.Parse(on)).Should().Be(age);
    }
}
