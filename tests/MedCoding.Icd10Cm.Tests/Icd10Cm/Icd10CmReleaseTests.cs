using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using Xunit.Abstractions;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// Checks each official release against its own order file, record by record. The partial files
/// check the 2021 Tabular List tree (<c>.Tabular.cs</c>), the releases without one (<c>.OrderOnly.cs</c>)
/// and malformed files (<c>.BadData.cs</c>).
/// </summary>
[Collection(OfficialReleasesCollection.Name)]
public sealed partial class Icd10CmReleaseTests(OfficialReleases official, ITestOutputHelper output)
{
    /// <summary>How many codes the FY2021 order file alone gives another kind than the Tabular List (a seven-character subcategory read as an extension).</summary>
    private const int ExpectedKindDifferences2021 = 75;

    [Theory]
    [MemberData(nameof(OfficialReleases.Folders), MemberType = typeof(OfficialReleases))]
    public void LoadFolder_OfficialRelease_CountsEqualTheOrderFile(string folder)
    {
        var file = official.OrderFile(folder);
        var release = official.Release(folder);

        release.CodeCount.Should().Be(file.Lines.Count, "every line of {0} is a code or a header", file.Path);
        release.BillableCount.Should().Be(file.Billable, "lines with 1 in column 15 are billable");
        release.HeaderCount.Should().Be(file.Headers, "lines with 0 in column 15 are headers");
        (file.Billable + file.Headers).Should().Be(file.Lines.Count, "column 15 is 0 or 1 on every line");
        release.Entries.Count(e => e.IsCode).Should().Be(file.Lines.Count);
    }

    [Fact]
    public void LoadFolder_Fy2026_HasTheStatedCounts()
    {
        var release = official.Release("2026");

        // The figures CMS states for FY2026.
        release.BillableCount.Should().Be(74_719);
        release.HeaderCount.Should().Be(23_467);
        release.CodeCount.Should().Be(98_186);
    }

    [Theory]
    [InlineData("2021", 95_358, 72_621)]
    [InlineData("2025", 97_584, 74_260)]
    [InlineData("2025-04", 97_584, 74_260)] // the April 2025 order file is byte for byte the FY2025 one
    [InlineData("2026", 98_186, 74_719)]
    public void LoadFolder_OfficialRelease_CountsArePinned(string folder, int codes, int billable)
    {
        var release = official.Release(folder);

        release.CodeCount.Should().Be(codes);
        release.BillableCount.Should().Be(billable);
    }

    [Theory]
    [MemberData(nameof(OfficialReleases.Folders), MemberType = typeof(OfficialReleases))]
    public void Find_EveryCodeOfTheOrderFile_HasItsFlagAndTitles(string folder)
    {
        var file = official.OrderFile(folder);
        var release = official.Release(folder);
        var failures = new List<string>();

        foreach (var line in file.Lines)
        {
            var entry = release.Find(line.Code);
            if (entry is null)
            {
                failures.Add($"line {line.LineNumber}: {line.Code} not found");
                continue;
            }

            if (entry.IsBillable != (line.Flag == '1'))
            {
                failures.Add($"line {line.LineNumber}: {line.Code} billable {entry.IsBillable}, file says {line.Flag}");
            }

            if (entry.Title != line.LongTitle)
            {
                failures.Add($"line {line.LineNumber}: {line.Code} title '{entry.Title}', file says '{line.LongTitle}'");
            }

            if (entry.ShortTitle != line.ShortTitle)
            {
                failures.Add($"line {line.LineNumber}: {line.Code} short title '{entry.ShortTitle}', file says '{line.ShortTitle}'");
            }

            if (entry.Name != Icd10CmCode.ToDotted(line.Code) || !entry.IsCode)
            {
                failures.Add($"line {line.LineNumber}: {line.Code} is named {entry.Name} ({entry.Kind})");
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(OfficialReleases.Folders), MemberType = typeof(OfficialReleases))]
    public void Find_EveryCodeInEveryForm_ReturnsTheSameEntry(string folder)
    {
        var file = official.OrderFile(folder);
        var release = official.Release(folder);
        var failures = new List<string>();

        foreach (var line in file.Lines)
        {
            var expected = release.Find(line.Code);
            var dotted = Icd10CmCode.ToDotted(line.Code);
            var forms = new[] { dotted, dotted.ToLowerInvariant(), $" {dotted} ", line.Code.ToLowerInvariant() };
            foreach (var form in forms)
            {
                if (!ReferenceEquals(release.Find(form), expected) || !ReferenceEquals(release.Find(form.AsSpan()), expected))
                {
                    failures.Add($"'{form}' does not find {dotted}");
                }
            }

            if (!ReferenceEquals(release.Find(Icd10CmCode.Parse(dotted)), expected) || !ReferenceEquals(release[dotted], expected))
            {
                failures.Add($"{dotted} not found by Icd10CmCode or indexer");
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(OfficialReleases.Folders), MemberType = typeof(OfficialReleases))]
    public void Entries_OfficialRelease_CodesAreInOrderFileOrder(string folder)
    {
        var file = official.OrderFile(folder);
        var release = official.Release(folder);

        var codes = release.Entries.Where(e => e.IsCode).Select(e => e.Name.Replace(".", "", StringComparison.Ordinal)).ToList();

        // The order file is in tabular order, and so is the release.
        codes.Should().Equal(file.Lines.Select(l => l.Code));
        release.Entries.Select(e => e.Ordinal).Should().Equal(Enumerable.Range(0, release.Entries.Count));
    }

    [Theory]
    [InlineData("E11.66")]   // not a code in any release
    [InlineData("Z99.99")]   // not a code either
    [InlineData("E11..6")]   // malformed
    [InlineData("E08-E13")]  // a block id is not a code
    [InlineData("4")]        // neither is a chapter number
    public void Find_UnknownOrMalformed_ReturnsNull(string input)
    {
        var release = official.Fy2021;

        release.Find(input).Should().BeNull();
        release.TryFind(input, out _).Should().BeFalse();
        var act = () => release[input];
        act.Should().Throw<CodeNotFoundException>().Which.Message.Should().Contain(input.Contains("..", StringComparison.Ordinal) ? "More than one dot" : "not found");
    }

    [Fact]
    public void Indexer_ThroughICodeLookup_ThrowsAKeyNotFoundException()
    {
        ICodeLookup lookup = official.Fy2021;

        lookup["e11.65"].Name.Should().Be("E11.65");
        lookup.Find("E11.66").Should().BeNull();
        var act = () => lookup["E11.66"];
        act.Should().Throw<KeyNotFoundException>().Which.Should().BeOfType<CodeNotFoundException>()
            .Which.Message.Should().Be("E11.66 was not found in ICD-10-CM FY2021: no such code in this release.");
    }

    [Fact]
    public void Find_FromManyThreadsAtOnce_FindsEveryCode()
    {
        var release = official.Release("2026");
        var codes = official.OrderFile("2026").Lines.Select(l => l.Code).ToArray();
        var missing = 0;

        Parallel.ForEach(codes, code =>
        {
            if (release.Find(code) is null || release.GetParent(release.Find(code)!) is null && code.Length > 3)
            {
                Interlocked.Increment(ref missing);
            }
        });

        missing.Should().Be(0);
    }

    [Fact]
    public void ToString_Fy2021_GivesTheCounts()
    {
        official.Fy2021.ToString().Should().Be("ICD-10-CM FY2021: 72621 billable codes, 22737 headers, 22 chapters, 296 blocks");
    }

    [Fact]
    public void Release_FolderNames_AreInferred()
    {
        official.Release("2021").Release.Should().Be(Release.ForFiscalYear(CodeSystem.Icd10Cm, 2021));
        official.Release("2025").Release.Should().Be(Release.ForFiscalYear(CodeSystem.Icd10Cm, 2025));
        official.Release("2025-04").Release.Version.Should().Be("2025-04");
        official.Release("2025-04").Release.EffectiveFrom.Should().Be(new DateOnly(2025, 4, 1));
        official.Release("2025-04").Release.EffectiveThrough.Should().Be(new DateOnly(2025, 9, 30));
        official.Release("2026").Release.EffectiveFrom.Should().Be(new DateOnly(2025, 10, 1));
        official.Release("2026").ToString().Should().Be("ICD-10-CM FY2026: 74719 billable codes, 23467 headers (order file only)");
    }
}
