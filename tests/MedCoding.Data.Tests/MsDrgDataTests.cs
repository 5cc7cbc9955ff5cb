using MedCoding.CodeSets;
using MedCoding.Grouping;
using MedCoding.Grouping.IO;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>The MS-DRG tables embedded in MedCoding.Data.MsDrg against CMS's reference tables, and CMS's expected cases on them.</summary>
public sealed class MsDrgDataTests
{
    [Theory]
    [InlineData("43.0", "v430")]
    [InlineData("43.1", "v431")]
    public void OpenCompiledFile_EachVersion_IsIdenticalRowByRowToTheOfficialTables(string version, string folder)
    {
        var fromFiles = MsDrgDefinitions.Load(OfficialData.Path("msdrg", "v43", folder));
        using var stream = MsDrgData.OpenCompiledFile($"msdrg-{version}.mcd");

        var embedded = MsDrgDefinitions.FromStream(stream);

        embedded.Release.Version.Should().Be(version);
        MsDrgDefinitionsComparer.FindDifference(fromFiles, embedded).Should().BeNull();
    }

    [Fact]
    public void Default_Schedule_V430ThenV431ForFiscalYear2026()
    {
        MsDrgData.Releases.Select(r => r.ToString()).Should().Equal(
            "MS-DRG v43.0 (2025-10-01 to 2026-03-31)",
            "MS-DRG v43.1 (2026-04-01 to 2026-09-30)");
        var before = () => MsDrgData.Default.GetInForceOn(new DateOnly(2015, 6, 1)); // a discharge no embedded version groups
        before.Should().Throw<NoReleaseInForceException>();
    }

    [Theory]
    [InlineData("cases-430.tsv", 1_000)]
    [InlineData("cases-431.tsv", 5_000)]
    public void Grouper_EveryExpectedCase_GivesCmsDrgMdcAndReturnCode(string file, int count)
    {
        var records = DrgCaseFile.Read(OfficialData.Path("msdrg", "v43", "cases", file));
        var grouper = MsDrgData.Grouper;

        var wrong = new List<string>();
        foreach (var record in records)
        {
            var release = grouper.FindVersion(record.Version!);
            var result = grouper.Group(record.Case, release);
            var expected = record.Expected!;
            if (result.Drg != expected.Drg || result.Mdc != expected.Mdc || result.ReturnCode != expected.ReturnCode)
            {
                wrong.Add($"line {record.LineNumber}: {result.Drg}/{result.Mdc}/{result.ReturnCode}, expected {expected.Drg}/{expected.Mdc}/{expected.ReturnCode}");
            }
        }

        records.Should().HaveCount(count);
        wrong.Should().BeEmpty();
    }
}
