using MedCoding.ClaimEdits.Mce;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Tests.Mce;

/// <summary>The reader of CMS's MCE case layout: columns by name, each row's claim, expected result or error, line by line.</summary>
public sealed class MceCaseFileTests
{
    private const string Header = "id\tdischarge_date\tage\tsex\tdischarge_status\tlos\tadmit_dx\tpdx\tpdx_poa\tsdx\tprocedures";

    private static MceCaseRecord[] Read(string text) => [.. MceCaseFile.Read(new StringReader(text), "cases.tsv")];

    [Fact]
    public void Read_Row_EveryColumnOfTheClaim()
    {
        var record = Read($"{Header}\n D1 \t20260115\t70\tF\t1\t3\tR1084\tN400\tY\t N401:Y , E1165: ,,Z3A39\t0VT00ZZ, 10D00Z1\n").Single();

        record.LineNumber.Should().Be(2);
        record.Id.Should().Be("D1");
        record.Error.Should().BeNull();
        record.Expected.Should().BeNull("the file has no expected columns");
        record.Claim.Should().BeEquivalentTo(new MceClaim
        {
            DischargeDate = new DateOnly(2026, 1, 15),
            Age = 70,
            Sex = MceClaim.Female,
            DischargeStatus = 1,
            LengthOfStay = 3,
            AdmittingDiagnosis = "R1084",
            PrincipalDiagnosis = "N400",
            SecondaryDiagnoses = ["N401", "E1165", "", "Z3A39"],
            Procedures = ["0VT00ZZ", "10D00Z1"],
        });
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderWithOthersAndShortRows_ReadByName()
    {
        var records = Read(
            "\uFEFFnote\tprocedures\tsdx\tpdx\tadmit_dx\tlos\tdischarge_status\tsex\tage\tdischarge_date\tid\textra\n" +
            "x\t0VT00ZZ\tN401:Y\tN400\t\t3\t1\tM\t70\t20260115\tD1\ty\r\n" +
            "x\t\t\tN400\t\t3\t1\tM\t70\t20260115\tD2\r\n" +
            "x\t\t\tN400\t\t3\t1\tU\t70\t20260115\n");

        records.Select(r => r.Id).Should().Equal("D1", "D2", "");
        records[0].Claim!.Procedures.Should().Equal("0VT00ZZ");
        records[0].Claim!.AdmittingDiagnosis.Should().BeNull();
        records[1].Claim!.SecondaryDiagnoses.Should().BeEmpty();
        records[2].Claim!.Sex.Should().Be(MceClaim.UnknownSex);
    }

    [Fact]
    public void Read_ExpectedColumns_KeptTabSeparatedTrimmed()
    {
        var record = Read($"{Header}\texpected_edit_type\texpected_claim_edits\texpected_code_edits\nD1\t20260115\t70\tM\t1\t3\t\tN400\tY\t\t\tPREPAYMENT \t SEX_CONFLICT=1\tpdx:N400=SEX_CONFLICT\n").Single();

        record.Expected.Should().Be("PREPAYMENT\tSEX_CONFLICT=1\tpdx:N400=SEX_CONFLICT");
    }

    [Theory]
    [InlineData("20260115", "2026-01-15")]
    [InlineData("20260230", "2026-03-02")] // an impossible day carried forward, as CMS's software does
    [InlineData("2026-01-15", null)]       // not 8 digits: no date
    [InlineData("", null)]
    [InlineData("00000000", null)]          // before year 2
    [InlineData("99989901", null)]          // month 99 of 9998 would pass the last date .NET represents
    [InlineData("99901231", "9990-12-31")]
    public void Read_DischargeDate_EightDigitsOrNoDate(string text, string? expected)
    {
        var record = Read($"{Header}\nD1\t{text}\t70\tM\t1\t3\t\tN400\tY\t\t\n").Single();

        record.Error.Should().BeNull();
        record.Claim!.DischargeDate.Should().Be(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_BadRows_EachAnErrorNamingLineAndColumnTheOthersRead()
    {
        var records = Read($"{Header}\nG1\t20260115\t70\tM\t1\t3\t\tN400\tY\t\t\nB1\t20260115\t7O\tM\t1\t3\t\tN400\tY\t\t\n\n   \nB2\t20260115\t70\tQ\t1\t3\t\tN400\tY\t\t\nG2\t20260115\t-4\t3\t1\t3\t\tN400\tY\t\t");

        records.Select(r => (r.LineNumber, r.Id, r.Claim is null)).Should().Equal((2, "G1", false), (3, "B1", true), (6, "B2", true), (7, "G2", false));
        records[1].Error!.Message.Should().Be("cases.tsv, line 3: the 'age' column is not a whole number.");
        records[2].Error!.Message.Should().Be("cases.tsv, line 6: the 'sex' column is not M, F, U or a number.");
        records[3].Claim!.Age.Should().Be(-4);
        records[3].Claim!.Sex.Should().Be(3);
    }

    [Fact]
    public void Read_HeaderWithoutAColumn_Throws()
    {
        var read = () => Read("id\tdischarge_date\tage\tsex\tdischarge_status\tlos\tadmit_dx\tpdx\tsdx\n");

        read.Should().Throw<DataFileException>().WithMessage("cases.tsv, line 1: the header has no 'procedures' column*");
    }

    [Fact]
    public void Read_LineLongerThanTheLimit_ThrowsNamingTheLine()
    {
        var records = MceCaseFile.Read(new StringReader($"{Header}\nD1\t20260115\t70\tM\t1\t3\t\tN400\tY\t\t\nD2\t{new string('9', MceCaseFile.MaximumLineLength)}\n"), "cases.tsv");

        var read = () => records.ToList();

        read.Should().Throw<DataFileException>().WithMessage("cases.tsv, line 3: the line is longer than 65,536 characters*");
    }

    [Fact]
    public void Read_LinesAcrossManyReadBuffers_EveryRowWhole()
    {
        // Rows of 200-odd characters over a 16K buffer: lines cross the buffer's end.
        var sdx = string.Join(',', Enumerable.Range(0, 24).Select(i => $"Z{i:00}99:Y"));
        var rows = Enumerable.Range(1, 2000).Select(i => $"D{i}\t20260115\t{i % 100}\tM\t1\t3\t\tN400\tY\t{sdx}\t0VT00ZZ");
        var records = Read($"{Header}\n{string.Join("\r\n", rows)}");

        records.Should().HaveCount(2000);
        records.Select(r => r.Id).Should().Equal(Enumerable.Range(1, 2000).Select(i => $"D{i}"));
        records.Should().OnlyContain(r => r.Claim!.SecondaryDiagnoses.Count == 24 && r.Claim.Procedures.Single() == "0VT00ZZ");
        records[^1].Claim!.Age.Should().Be(0);
    }

    [Theory]
    [InlineData("D9\t20260115\t70\tF\t100\t3\t\tN400\tY\t\t", "the 'discharge_status' column is not a patient discharge status code: two digits, 00 to 99.")] // three digits
    [InlineData("D9\t20260115\t70\tF\t-1\t3\t\tN400\tY\t\t", "the 'discharge_status' column is not a patient discharge status code: two digits, 00 to 99.")]  // negative
    [InlineData("D9\t20260115\t70\tQ\t1\t3\t\tN400\tY\t\t", "the 'sex' column is not M, F, U or a number.")]                                                // no such sex
    [InlineData("D9\t20260115\tseventy\tF\t1\t3\t\tN400\tY\t\t", "the 'age' column is not a whole number.")]                                                   // not an age
    [InlineData("D9\t20260115\t70\tF\t1\t3\t\t/etc/passwd\tY\t\t", "the 'pdx' column holds a code that is not letters and digits (codes are written without dots).")]  // a path
    [InlineData("D9\t20260115\t70\tF\t1\t3\tR10.84\tN400\tY\t\t", "the 'admit_dx' column holds a code that is not letters and digits (codes are written without dots).")] // a dot
    [InlineData("D9\t20260115\t70\tF\t1\t3\t\tN400\tY\tN401:Y,E11 65:Y\t", "the 'sdx' column holds a code that is not letters and digits (codes are written without dots).")] // a blank inside
    [InlineData("D9\t20260115\t70\tF\t1\t3\t\tN400\tY\t\t0VT00ZZ,0VT0;ZZ", "the 'procedures' column holds a code that is not letters and digits (codes are written without dots).")]
    public void Read_ImpossibleValue_IsTheRowsErrorNamingTheFileAndLine(string row, string problem)
    {
        var records = Read($"{Header}\nD1\t20260115\t70\tF\t1\t3\t\tN400\tY\t\t\n{row}\n");

        records[0].Error.Should().BeNull();
        records[1].Claim.Should().BeNull();
        records[1].Error!.FilePath.Should().Be("cases.tsv");
        records[1].Error!.LineNumber.Should().Be(3);
        records[1].Error!.Problem.Should().Be(problem);
        records[1].Error!.Message.Should().NotContain("passwd").And.NotContain("R10.84");
    }

    [Fact]
    public void Read_ValuesTheMceFlags_AreKeptAsGiven()
    {
        // CMS's own cases carry these for the MCE to flag (INVALID_AGE, INVALID_SEX, INVALID_DISCHARGE_STATUS, INVALID_CODE).
        var claim = Read($"{Header}\nD1\t20260115\t-99\t9\t0\t3\t\tS9301XA9\tY\t\t\n").Single().Claim!;

        claim.Should().Match<MceClaim>(c => c.Age == -99 && c.Sex == 9 && c.DischargeStatus == 0 && c.PrincipalDiagnosis == "S9301XA9");
    }
}
