using MedCoding.ClaimEdits.Ncci;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Tests.Ncci;

public sealed class PtpEditTableTests
{
    private const string Header = "SYNTHETIC TEST FIXTURE: not CMS data.\nColumn 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";

    [Fact]
    public void Load_SyntheticPractitionerFile_ReadsEveryColumn()
    {
        var table = TestData.Data.PractitionerPtp!;
        table.Count.Should().Be(9);
        table.Provider.Should().Be(NcciProvider.Practitioner);
        table.GetEdits("12001", "12002").Should().ContainSingle().Which.Should().Be(
            new PtpEdit("12001", "12002", true, new DateOnly(1996, 1, 1), null, PtpModifierIndicator.Allowed, "More extensive procedure"));
        table.GetEdits("20610", "20604").Select(e => e.DeletionDate).Should().BeEquivalentTo(new DateOnly?[] { new DateOnly(2020, 1, 1), null });
    }

    [Fact]
    public void Load_CsvExportWithQuotedCommas_ReadsTheRationaleWhole()
    {
        TestData.Data.HospitalPtp!.Find("93000", "93005", new DateOnly(2025, 1, 1))!.Rationale.Should().Be("Standards of medical / surgical practice, CMS manual");
    }

    [Fact]
    public void Find_IsDirectional_ColumnOneThenColumnTwo()
    {
        var table = TestData.Data.PractitionerPtp!;
        table.Find("93000", "93010", new DateOnly(2025, 1, 1)).Should().NotBeNull();
        table.Find("93010", "93000", new DateOnly(2025, 1, 1)).Should().BeNull();
        table.Find("93000", "93010", new DateOnly(2001, 12, 31)).Should().BeNull("the edit starts on 2002-01-01");
    }

    [Theory]
    [InlineData("93000\t93010\t\t20020101\t*\t2\tx", 3, "The modifier indicator must be 0 (not allowed), 1 (allowed) or 9 (not applicable).")]
    [InlineData("93000\t93010\t\t2002-01-01\t*\t0\tx", 3, "The effective date must be a date YYYYMMDD.")]
    [InlineData("93000\t93010\t\t20020101\t20010101\t0\tx", 3, "The deletion date is before the effective date.")]
    [InlineData("93000\t93010\tX\t20020101\t*\t0\tx", 3, "The prior-to-1996 column must be '*' or blank.")]
    [InlineData("93000\t93010\t\t20020101\t0\tx", 3, "The deletion date must be a date YYYYMMDD or '*'.")]
    public void Load_MalformedLine_ThrowsNamingFileAndLine(string line, int lineNumber, string problem)
    {
        var path = TestData.TempFile(Header + line + "\n");
        var act = () => PtpEditTable.Load(path, NcciProvider.Practitioner);
        var error = act.Should().Throw<DataFileException>().Which;
        error.FilePath.Should().Be(path);
        error.LineNumber.Should().Be(lineNumber);
        error.Problem.Should().Be(problem);
    }

    [Fact]
    public void Load_TextAfterTheFirstEdit_IsAnErrorNotASkip()
    {
        var path = TestData.TempFile(Header + "93000\t93010\t\t20020101\t*\t0\tx\nsee the next file\n");
        var act = () => PtpEditTable.Load(path, NcciProvider.Practitioner);
        act.Should().Throw<DataFileException>().Which.LineNumber.Should().Be(4);
    }

    [Fact]
    public void Load_MalformedLineFarIntoALargeFile_NamesItsLine()
    {
        // The file is read in chunks of 1 MB: the line number must carry across them.
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-ptp-{Guid.NewGuid():N}.txt");
        try
        {
            SyntheticPtpFile.Write(path, 60_000);
            File.AppendAllText(path, "93000\t93010\t\t20020101\t*\t5\tx\r\n");
            var act = () => PtpEditTable.Load(path, NcciProvider.Practitioner);
            act.Should().Throw<DataFileException>().Which.LineNumber.Should().Be(60_003);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_NoEdits_Throws()
    {
        var act = () => PtpEditTable.Load(TestData.TempFile(Header), NcciProvider.Practitioner);
        act.Should().Throw<DataFileException>().Which.Problem.Should().Be("The file holds no PTP edits (lines of column 1 code, column 2 code, ...).");
    }

    [Fact]
    public void Load_NationalSizeFile_LoadsAMillionPairsAndFindsEach()
    {
        // Synthetic: 1,200,000 generated pairs, the size of CMS's national practitioner file.
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-ptp-national-{Guid.NewGuid():N}.txt");
        try
        {
            SyntheticPtpFile.Write(path, 1_200_000);
            var table = PtpEditTable.Load(path, NcciProvider.Practitioner);
            table.Count.Should().Be(1_200_000);
            var (c1, c2) = SyntheticPtpFile.PairAt(777_777);
            table.Find(c1, c2, new DateOnly(2025, 11, 3)).Should().NotBeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>Writes synthetic PTP files of any size in CMS's layout (for the load test and benchmark).</summary>
internal static class SyntheticPtpFile
{
    public static (string Column1, string Column2) PairAt(int i) =>
        ((10000 + (i / 400)).ToString("D5", System.Globalization.CultureInfo.InvariantCulture), (10000 + (i % 400) * 7).ToString("D5", System.Globalization.CultureInfo.InvariantCulture));

    public static void Write(string path, int pairs)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.Write("SYNTHETIC generated PTP file: not CMS data.\r\nColumn 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n");
        string[] rationales = ["Misuse of column two code with column one code", "Standards of medical / surgical practice", "Mutually exclusive procedures", "CPT Manual or CMS manual coding instructions"];
        for (var i = 0; i < pairs; i++)
        {
            var (c1, c2) = PairAt(i);
            writer.Write(c1);
            writer.Write('\t');
            writer.Write(c2);
            writer.Write(i % 10 == 0 ? "\t*\t19960101\t" : "\t\t20150101\t");
            writer.Write(i % 17 == 0 ? "20200101" : "*");
            writer.Write('\t');
            writer.Write(i % 3 == 0 ? '0' : '1');
            writer.Write('\t');
            writer.Write(rationales[i % rationales.Length]);
            writer.Write("\r\n");
        }
    }
}
