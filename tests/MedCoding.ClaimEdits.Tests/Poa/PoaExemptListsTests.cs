using MedCoding.ClaimEdits.Poa;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.ClaimEdits.Tests.Poa;

public sealed class PoaExemptListsTests
{
    [Fact]
    public void Load_Fy2025AndFy2026_HoldTheCountsTheirReadMesGive()
    {
        var lists = (PoaExemptLists)TestData.Data.PoaExempt!;
        // ReadMePOAexemptFY26.txt: "List of Present On Admission (POA) exempt codes, for FY2026 (38,349 codes)."
        lists.CountOf(Release.ForFiscalYear(CodeSystem.Icd10Cm, 2026)).Should().Be(38_349);
        lists.CountOf(Release.ForFiscalYear(CodeSystem.Icd10Cm, 2025)).Should().Be(ReadMeCount("2025", "ReadMePOAexemptFY25.txt"));
    }

    [Fact]
    public void IsExempt_FollowsTheFiscalYearOfTheDate()
    {
        var lists = TestData.Data.PoaExempt!;
        lists.IsExempt(Icd10CmCode.Parse("Z99.89"), new DateOnly(2025, 11, 3)).Should().BeTrue();
        lists.IsExempt(Icd10CmCode.Parse("I10"), new DateOnly(2025, 11, 3)).Should().BeFalse();
        lists.IsExempt(Icd10CmCode.Parse("I10"), new DateOnly(2020, 1, 1)).Should().BeNull("no list covers FY2020");
    }

    [Fact]
    public void Load_EveryCodeAddedForFy2026_IsExemptInFy2026()
    {
        var lists = TestData.Data.PoaExempt!;
        var added = File.ReadAllLines(OfficialData.Path("icd10cm", "2026", "POAexemptAddCodesFY26.txt")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[1]).ToArray();
        added.Should().HaveCount(209);
        added.Should().OnlyContain(c => lists.IsExempt(Icd10CmCode.Parse(c), new DateOnly(2025, 10, 1)) == true);
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

    private static int ReadMeCount(string year, string readMe)
    {
        var text = File.ReadAllText(OfficialData.Path("icd10cm", year, readMe));
        var match = System.Text.RegularExpressions.Regex.Match(text, @"exempt codes, for FY20\d\d \(([\d,]+) codes\)");
        return int.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
