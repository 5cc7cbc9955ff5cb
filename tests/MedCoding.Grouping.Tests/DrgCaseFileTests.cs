using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

public class DrgCaseFileTests
{
    private const string Header = "version\tage\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\texpected_drg\texpected_mdc\texpected_return_code";

    [Fact]
    public void Read_ExpectedCaseLine_AllFieldsRead()
    {
        var text = $"{Header}\n431\t75\tM\t5\tS06821S\tY\tA46:Y,S0211EB:N\t0SRC0JZ,02703DZ\t91\t1\tOK\n";

        var record = DrgCaseFile.Read(new StringReader(text), "cases.tsv").Should().ContainSingle().Subject;

        record.LineNumber.Should().Be(2);
        record.Version.Should().Be("43.1");
        record.Case.PrincipalDiagnosis.Should().Be(new DrgDiagnosis("S06821S", PresentOnAdmission.Yes));
        record.Case.SecondaryDiagnoses.Should().Equal(new DrgDiagnosis("A46", PresentOnAdmission.Yes), new DrgDiagnosis("S0211EB", PresentOnAdmission.No));
        record.Case.Procedures.Should().Equal("0SRC0JZ", "02703DZ");
        record.Case.Should().Match<DrgCase>(c => c.Age == 75 && c.Sex == AdministrativeSex.Male && c.DischargeStatus == 5 && c.DischargeDate == new DateOnly(2026, 4, 1));
        record.Expected.Should().Be(new ExpectedGrouping(91, 1, GrouperReturnCode.Ok));
    }

    [Fact]
    public void Read_WithoutExpectedColumns_ExpectedIsNull()
    {
        var text = "age\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\tdischarge_date\n70\tF\t1\tJ189\tY\t\t\t2026-05-01\n";

        var record = DrgCaseFile.Read(new StringReader(text), "cases.tsv").Single();

        record.Expected.Should().BeNull();
        record.Version.Should().BeNull();
        record.Case.DischargeDate.Should().Be(new DateOnly(2026, 5, 1));
    }

    [Fact]
    public void Read_BadPoa_ThrowsNamingTheLine()
    {
        var text = $"{Header}\n431\t75\tM\t5\tS06821S\tY\tA46:Q\t\t91\t1\tOK\n";

        var act = () => DrgCaseFile.Read(new StringReader(text), "cases.tsv");

        act.Should().Throw<DataFileException>().Where(e => e.LineNumber == 2 && e.Problem == "'Q' is not a POA indicator (Y, N, U, W, 1 or blank).");
    }

    [Fact]
    public void Read_MissingColumn_ThrowsNamingIt()
    {
        var act = () => DrgCaseFile.Read(new StringReader("age\tsex\n"), "cases.tsv");

        act.Should().Throw<DataFileException>().Where(e => e.LineNumber == 1 && e.Problem.StartsWith("The header has no 'discharge_status' column", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("430", "43.0", "2025-10-01")] // as CMS's expected-results files write it
    [InlineData("43.1", "43.1", "2026-04-01")]
    public void Read_VersionColumn_VersionAndItsFirstDayAsDischargeDate(string column, string version, string date)
    {
        var text = $"{Header}\n{column}\t75\tM\t1\tJ189\tY\t\t\t195\t4\tOK\n";

        var record = DrgCaseFile.Read(new StringReader(text), "cases.tsv").Single();

        record.Version.Should().Be(version);
        record.Case.DischargeDate.Should().Be(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_VersionNotAnMsDrgVersion_ThrowsNamingTheLine()
    {
        var text = $"{Header}\n432\t75\tM\t1\tJ189\tY\t\t\t195\t4\tOK\n";

        var act = () => DrgCaseFile.Read(new StringReader(text), "cases.tsv");

        act.Should().Throw<DataFileException>().Where(e => e.LineNumber == 2 && e.Problem == "The version '432' is not an MS-DRG version such as 431 or 43.1.");
    }

    [Fact]
    public void Read_EndlessInput_EndsWithAnErrorAfterOneLinesLimit()
    {
        var endless = MedCoding.Testing.HostileInput.EndlessText();

        var act = () => DrgCaseFile.Read(endless, "standard input");

        act.Should().Throw<DataFileException>().WithMessage("standard input, line 1: The line is longer than 64 KiB characters.");
        endless.CharsRead.Should().Be(InputLimits.LineChars + 1);
    }

    [Fact]
    public void Read_HugeCell_IsQuotedShort()
    {
        var text = $"{Header}\n431\t{new string('7', 60_000)}x\tM\t5\tS06821S\tY\t\t\t91\t1\tOK\n";

        var act = () => DrgCaseFile.Read(new StringReader(text), "cases.tsv");

        var e = act.Should().Throw<DataFileException>().Which;
        e.Problem.Should().Be("The 'age' cell '" + new string('7', MessageText.MaxValueLength) + "\u2026' is not a whole number.");
    }

    [Theory]
    [InlineData("431\t-5\tM\t5\tS06821S\tY\t\t\t91\t1\tOK", "The 'age' cell is out of range: a case gives 0 to 124 years.")]                   // younger than any patient
    [InlineData("431\t125\tM\t5\tS06821S\tY\t\t\t91\t1\tOK", "The 'age' cell is out of range: a case gives 0 to 124 years.")]                  // older than the MCE's oldest
    [InlineData("431\t75\tQ\t5\tS06821S\tY\t\t\t91\t1\tOK", "The 'sex' cell is not a sex as claims write it: F, M or U.")]                     // no such sex
    [InlineData("431\t75\t1\t5\tS06821S\tY\t\t\t91\t1\tOK", "The 'sex' cell is not a sex as claims write it: F, M or U.")]                     // CMS's number, not the claim model's letter
    [InlineData("431\t75\tM\t999\tS06821S\tY\t\t\t91\t1\tOK", "The 'discharge_status' cell is not a patient discharge status code: one or two digits, 01 to 99.")] // three digits
    [InlineData("431\t75\tM\t00\tS06821S\tY\t\t\t91\t1\tOK", "The 'discharge_status' cell is not a patient discharge status code: one or two digits, 01 to 99.")]  // no status 00
    [InlineData("431\t75\tM\t5\t/etc/passwd\tY\t\t\t91\t1\tOK", "The 'pdx' code '/etc/passwd' is not an ICD-10-CM code:")]                   // a path as the principal diagnosis
    [InlineData("431\t75\tM\t5\tS06821S\tY\tA46:Y,E1\t\t91\t1\tOK", "The 'sdx' code 'E1' is not an ICD-10-CM code:")]                            // too short
    [InlineData("431\t75\tM\t5\tS06821S\tY\t\t0SRC0JZ,../x\t91\t1\tOK", "The 'procedures' code '../x' is not an ICD-10-PCS code:")]               // a path as a procedure
    [InlineData("431\t75\tM\t5\tS06821S\tY\t\t0SRC0IZ\t91\t1\tOK", "The 'procedures' code '0SRC0IZ' is not an ICD-10-PCS code:")]                 // PCS has no letter I
    public void Read_ImpossibleValue_ThrowsNamingTheFileAndLine(string line, string problem)
    {
        var text = $"{Header}\n431\t75\tM\t5\tS06821S\tY\t\t\t91\t1\tOK\n{line}\n";

        var act = () => DrgCaseFile.Read(new StringReader(text), "cases.tsv");

        var error = act.Should().Throw<DataFileException>().Which;
        error.FilePath.Should().Be("cases.tsv");
        error.LineNumber.Should().Be(3);
        error.Problem.Should().StartWith(problem);
        error.Message.Should().StartWith("cases.tsv, line 3: ");
    }

    [Fact]
    public void Read_DischargeStatusNotInTheTableGiven_Throws()
    {
        var text = $"{Header}\n431\t75\tM\t42\tS06821S\tY\t\t\t91\t1\tOK\n";

        var act = () => DrgCaseFile.Read(new StringReader(text), "cases.tsv", new HashSet<int> { 1, 20, 30 });

        act.Should().Throw<DataFileException>().Which.Problem.Should().Be("The 'discharge_status' cell is not a patient discharge status code of CMS's table (01 home, 20 expired, 30 still a patient ...).");
        DrgCaseFile.Read(new StringReader(text), "cases.tsv").Single().Case.DischargeStatus.Should().Be(42, "without a table, two digits are enough");
    }

    [Theory]
    [InlineData(" f ", AdministrativeSex.Female)]
    [InlineData("m", AdministrativeSex.Male)]
    [InlineData("U", AdministrativeSex.Unknown)]
    public void TryParseSex_ClaimLetterInEitherCase_IsTheSex(string text, AdministrativeSex sex)
    {
        DrgCaseValues.TryParseSex(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(sex);
    }
}
