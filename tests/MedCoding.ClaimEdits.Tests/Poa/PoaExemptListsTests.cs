using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Poa.IO;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.ClaimEdits.Tests.Poa;

public sealed class PoaExemptListsTests
{
    private static readonly Lazy<PoaExemptList> s_fy2026 = new(() => PoaExemptList.LoadFolder(OfficialData.Path("icd10cm", "2026")));

    [Fact]
    public void Load_Fy2025AndFy2026_HoldTheCountsTheirReadMesGive()
    {
        var lists = (PoaExemptLists)TestData.Data.PoaExempt!;
        // ReadMePOAexemptFY26.txt: "List of Present On Admission (POA) exempt codes, for FY2026 (38,349 codes)."
        lists.CountOf(Release.ForFiscalYear(CodeSystem.PoaExemptList, 2026)).Should().Be(38_349);
        lists.CountOf(Release.ForFiscalYear(CodeSystem.PoaExemptList, 2025)).Should().Be(ReadMeCount("2025", "ReadMePOAexemptFY25.txt"));
        lists.Releases.Select(r => r.ToString()).Should().Equal(
            "POA-exempt list FY2025 (2024-10-01 to 2025-09-30)",
            "POA-exempt list FY2026 (2025-10-01 to 2026-09-30)");
    }

    [Fact]
    public void IsExempt_FollowsTheFiscalYearOfTheDate()
    {
        var lists = (PoaExemptLists)TestData.Data.PoaExempt!;
        lists.IsExempt(Icd10CmCode.Parse("Z99.89"), new DateOnly(2025, 11, 3)).Should().BeTrue();
        lists.IsExempt(Icd10CmCode.Parse("I10"), new DateOnly(2025, 11, 3)).Should().BeFalse();
        lists.IsExempt(Icd10CmCode.Parse("I10"), new DateOnly(2020, 1, 1)).Should().BeNull("no list covers FY2020");
        lists.FindInForceOn(new DateOnly(2025, 9, 30))!.Release.Version.Should().Be("2025");
        lists.FindInForceOn(new DateOnly(2025, 10, 1))!.Release.Version.Should().Be("2026");
        lists.FindInForceOn(new DateOnly(2026, 10, 1)).Should().BeNull("no FY2027 list is known");
    }

    [Fact]
    public void Load_EveryCodeAddedForFy2026_IsExemptInFy2026()
    {
        var lists = (PoaExemptLists)TestData.Data.PoaExempt!;
        var added = File.ReadAllLines(OfficialData.Path("icd10cm", "2026", "POAexemptAddCodesFY26.txt")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[1]).ToArray();
        added.Should().HaveCount(209);
        added.Should().OnlyContain(c => lists.IsExempt(Icd10CmCode.Parse(c), new DateOnly(2025, 10, 1)) == true);
    }

    [Theory]
    [InlineData("2025", "POAexemptCodesFY25.txt")]
    [InlineData("2026", "POAexemptCodesFY26.txt")]
    public void LoadFolder_EachYear_HoldsEveryLineOfTheFileInOrder(string year, string file)
    {
        // Read independently of the reader: order number, code, title on every line after the header.
        var lines = File.ReadAllLines(OfficialData.Path("icd10cm", year, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
        var list = PoaExemptList.LoadFolder(OfficialData.Path("icd10cm", year));

        list.Release.Should().Be(Release.ForFiscalYear(CodeSystem.PoaExemptList, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)));
        list.Entries.Select(e => $"{e.OrderNumber:D5}\t{e.Code}\t{e.Description}").Should().Equal(lines.Select(l => string.Join('\t', l)));
        list.VersionId.Should().Be($"POA-exempt list FY{year} (official files)");
    }

    [Fact]
    public void WriteTo_ReadBack_IsTheSameListEntryByEntry()
    {
        var list = s_fy2026.Value;
        var stream = new MemoryStream();
        list.WriteTo(stream);
        stream.Position = 0;

        var read = PoaExemptList.FromStream(stream);

        PoaExemptListComparer.FindDifference(list, read).Should().BeNull();
        read.VersionId.Should().Be("POA-exempt list FY2026 (format 1)");
        read.Contains(Icd10CmCode.Parse("Z99.89")).Should().BeTrue();
        read.Find(Icd10CmCode.Parse("B90.0")).Should().Be(new PoaExemptEntry(1238, Icd10CmCode.Parse("B90.0"), "Sequelae of central nervous system tuberculosis"));
        read.Find(Icd10CmCode.Parse("I21.4")).Should().BeNull();
    }

    [Fact]
    public void WriteTo_Twice_GivesTheSameBytes()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        s_fy2026.Value.WriteTo(first);
        PoaExemptList.LoadFolder(OfficialData.Path("icd10cm", "2026")).WriteTo(second);
        first.ToArray().Should().Equal(second.ToArray());
    }

    [Fact]
    public void FromStream_CorruptedByte_IsAChecksumMismatch()
    {
        var stream = new MemoryStream();
        s_fy2026.Value.WriteTo(stream);
        var bytes = stream.ToArray();
        bytes[^10] ^= 0x55;

        var act = () => PoaExemptList.FromStream(new MemoryStream(bytes));

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.ChecksumMismatch);
    }

    [Fact]
    public void FromStream_AnMceRelease_IsRefusedAsNotAPoaList()
    {
        var stream = new MemoryStream();
        TestData.Mce.Value.ToRelease().WriteTo(stream);
        stream.Position = 0;

        var act = () => PoaExemptList.FromStream(stream);

        act.Should().Throw<CompiledDataException>().WithMessage("*not a POA-exempt list*");
    }

    [Fact]
    public void Load_WrongHeader_ThrowsOnLineOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"poa-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "POAexemptCodesFY26.txt"), "Order25\tPOAexemptCode\tDescription\n01238\tB90.0\tx\n");
        var act = () => PoaExemptLists.LoadFolders([path]);
        act.Should().Throw<DataFileException>().Which.LineNumber.Should().Be(1);
    }

    [Theory]
    [InlineData("1238\tB90.0\tx", "The order number must be the five digits of the code's order number ('1238').")]
    [InlineData("01238\tB90.0\tx\n01239\tB90.0\ty", "B90.0 is listed twice.")]
    [InlineData("01238\tB9\tx", "'B9' is not an ICD-10-CM code: *")]
    [InlineData("01238\tB90.0", "Expected 3 tab-separated fields (order number, code, description); found 2.")]
    public void Load_MalformedLine_ThrowsNamingTheLine(string body, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"poa-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "POAexemptCodesFY26.txt"), "Order26\tPOAexemptCode\tDescription\n" + body + "\n");
        var act = () => PoaExemptList.LoadFolder(path);
        act.Should().Throw<DataFileException>().Which.Problem.Should().Match(problem);
    }

    private static int ReadMeCount(string year, string readMe)
    {
        var text = File.ReadAllText(OfficialData.Path("icd10cm", year, readMe));
        var match = System.Text.RegularExpressions.Regex.Match(text, @"exempt codes, for FY20\d\d \(([\d,]+) codes\)");
        return int.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
