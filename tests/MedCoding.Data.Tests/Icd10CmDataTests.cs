using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.IO;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>The releases embedded in MedCoding.Data against the official files they were compiled from.</summary>
public sealed class Icd10CmDataTests
{
    public static TheoryData<string, string, string> EmbeddedReleases => new()
    {
        { "icd10cm-2021.mcd", "2021", "ICD-10-CM FY2021 (2020-10-01 to 2021-09-30)" }, // with its Tabular List: chapters, blocks, notes
        { "icd10cm-2025.mcd", "2025", "ICD-10-CM FY2025 (2024-10-01 to 2025-09-30)" },
        { "icd10cm-2025-04.mcd", "2025-04", "ICD-10-CM April 2025 update (2025-04-01 to 2025-09-30)" }, // a mid-year update
        { "icd10cm-2026.mcd", "2026", "ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)" },
    };

    [Theory]
    [MemberData(nameof(EmbeddedReleases))]
    public void OpenCompiledFile_EachRelease_IsIdenticalToTheReleaseBuiltFromTheOfficialFiles(string fileName, string folder, string release)
    {
        var fromFiles = Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", folder));
        using var stream = Icd10CmData.OpenCompiledFile(fileName);

        var embedded = Icd10CmRelease.FromStream(stream);

        embedded.Release.ToString().Should().Be(release);
        embedded.HasTabularList.Should().Be(fromFiles.HasTabularList);
        (embedded.CodeCount, embedded.BillableCount, embedded.HeaderCount).Should().Be((fromFiles.CodeCount, fromFiles.BillableCount, fromFiles.HeaderCount));
        embedded.Entries.Should().HaveCount(fromFiles.Entries.Count);
        var differences = new List<string>();
        for (var i = 0; i < fromFiles.Entries.Count; i++)
        {
            // Entry by entry: name, kind, flag, both titles, position, parent, own notes and 7th characters.
            var expected = fromFiles.Entries[i];
            var actual = embedded.Entries[i];
            if ((actual.Name, actual.Kind, actual.IsBillable, actual.Title, actual.ShortTitle, actual.Ordinal) != (expected.Name, expected.Kind, expected.IsBillable, expected.Title, expected.ShortTitle, expected.Ordinal)
                || embedded.GetParent(actual)?.Name != fromFiles.GetParent(expected)?.Name
                || Icd10CmReleaseComparer.DescribeNotes(embedded.GetNotes(actual)) != Icd10CmReleaseComparer.DescribeNotes(fromFiles.GetNotes(expected)))
            {
                differences.Add($"entry {i}: {actual} differs from {expected}");
            }
        }

        differences.Should().BeEmpty();
        Icd10CmReleaseComparer.FindDifference(fromFiles, embedded).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(EmbeddedReleases))]
    public void OpenCompiledFile_EachRelease_HasTheSameBytesAsCompilingTheFilesAgain(string fileName, string folder, string release)
    {
        using var stream = Icd10CmData.OpenCompiledFile(fileName);
        var embedded = new MemoryStream();
        stream.CopyTo(embedded);
        var first = new MemoryStream();
        var second = new MemoryStream();

        Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", folder)).WriteTo(first);
        Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", folder)).WriteTo(second);

        first.ToArray().Should().Equal(second.ToArray(), "the same inputs always give the same bytes");
        embedded.ToArray().Should().Equal(first.ToArray(), $"the build's {fileName} ({release}) is what the compiler gives");
    }

    [Fact]
    public void Default_Newest_IsFy2026WithItsCounts()
    {
        var newest = Icd10CmData.Default.Newest;

        newest.Release.ToString().Should().Be("ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)");
        newest.VersionId.Should().Be("ICD-10-CM FY2026 (format 1)");
        (newest.BillableCount, newest.HeaderCount).Should().Be((74_719, 23_467));
        newest.Find("E11.65")!.Title.Should().Be("Type 2 diabetes mellitus with hyperglycemia");
        Icd10CmData.Newest.Should().BeSameAs(newest);
    }

    [Fact]
    public void Default_Schedule_EndsFy2025WhenTheAprilUpdateStarts()
    {
        Icd10CmData.Default.Schedule.Select(r => r.ToString()).Should().Equal(
            "ICD-10-CM FY2021 (2020-10-01 to 2021-09-30)",
            "ICD-10-CM FY2025 (2024-10-01 to 2025-03-31)",
            "ICD-10-CM April 2025 update (2025-04-01 to 2025-09-30)",
            "ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)");
        Icd10CmData.Releases.Select(r => r.Version).Should().Equal("2021", "2025", "2025-04", "2026");
    }

    [Theory]
    [InlineData("2021-03-15", "2021")] // FY2021, with its Tabular List
    [InlineData("2025-03-01", "2025")]
    [InlineData("2025-05-01", "2025-04")]
    [InlineData("2025-11-01", "2026")]
    public void Default_GetForDate_ReturnsTheReleaseInForce(string date, string version)
    {
        Icd10CmData.Default.GetForDate(DateOnly.Parse(date)).Release.Version.Should().Be(version);
    }

    [Fact]
    public void Default_Fy2021_HasItsTabularListNotes()
    {
        var fy2021 = Icd10CmData.Default["2021"];

        fy2021.HasTabularList.Should().BeTrue();
        fy2021.Chapters.Should().HaveCount(22);
        fy2021.GetAncestors(fy2021.Find("O09.A")!).Select(a => a.Name).Should().Equal("O09", "O09", "15");
        fy2021.GetSeventhCharacters(fy2021.Find("S00.00XA")!, out var definedAt).Should().NotBeEmpty();
        definedAt!.Name.Should().Be("S00");
    }

    [Fact]
    public void Default_Check_E11AOnBothSidesOfOctober1()
    {
        // E11.A was added in FY2026.
        Icd10CmData.Default.Check("E11.A", new DateOnly(2025, 9, 30)).Status.Should().Be(CodeOnDateStatus.NotInRelease);
        Icd10CmData.Default.Check("E11.A", new DateOnly(2025, 10, 1)).Status.Should().Be(CodeOnDateStatus.Billable);
        Icd10CmData.Default.Check("E11.9", new DateOnly(2023, 6, 1)).Status.Should().Be(CodeOnDateStatus.NoReleaseInForce);
    }

    [Fact]
    public void Default_Add_IsRefused()
    {
        var act = () => Icd10CmData.Default.Add(Icd10CmData.Default.Newest);

        Icd10CmData.Default.IsReadOnly.Should().BeTrue();
        act.Should().Throw<InvalidOperationException>().WithMessage("*read-only*");
    }

    [Fact]
    public void CreateProvider_AddNextYear_UsesItFromItsStartDate()
    {
        var provider = Icd10CmData.CreateProvider();
        var fy2026 = provider.Newest;
        var fy2027 = Icd10CmRelease.FromStream(Reversioned(fy2026, Release.ForFiscalYear(CodeSystem.Icd10Cm, 2027)));

        provider.Add(fy2027);

        provider.GetForDate(new DateOnly(2026, 10, 1)).Should().BeSameAs(fy2027);
        provider.GetForDate(new DateOnly(2026, 9, 30)).Should().BeSameAs(fy2026);
        Icd10CmData.Default.Schedule.Should().HaveCount(4, "the default is not changed");
    }

    [Fact]
    public async Task CreateProvider_AddWhileThreadsCheckCodes_EveryAnswerComesFromAWholeRelease()
    {
        // Threads check codes on dates around October 1, 2026 while FY2027 (FY2026's data under a new version) is
        // added and replaced again and again: before the swap 2026-10-01 has no release, after it the whole of FY2027.
        var provider = Icd10CmData.CreateProvider();
        var fy2026 = provider.Newest;
        var bytes = Reversioned(fy2026, Release.ForFiscalYear(CodeSystem.Icd10Cm, 2027)).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var before = provider.Check("E11.A", new DateOnly(2026, 9, 30));
                var after = provider.Check("E11.A", new DateOnly(2026, 10, 1));
                if (before.Status != CodeOnDateStatus.Billable || before.Release!.Version != "2026")
                {
                    failures.Enqueue(before.Message);
                }

                if (after.Status is not (CodeOnDateStatus.Billable or CodeOnDateStatus.NoReleaseInForce)
                    || (after.Source is { } release && (release.BillableCount != 74_719 || release.HeaderCount != 23_467)))
                {
                    failures.Enqueue(after.Message);
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        for (var i = 0; i < 20; i++)
        {
            provider.Add(Icd10CmRelease.FromStream(new MemoryStream(bytes)));
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        failures.Should().BeEmpty();
        provider.Check("E11.A", new DateOnly(2026, 10, 1)).Release!.Version.Should().Be("2027");
    }

    [Fact]
    public void OpenCompiledFile_Unknown_ThrowsListingTheEmbedded()
    {
        var act = () => Icd10CmData.OpenCompiledFile("icd10cm-2019.mcd");

        act.Should().Throw<FileNotFoundException>().WithMessage("*icd10cm-2019.mcd*icd10cm-2021.mcd, icd10cm-2025.mcd, icd10cm-2025-04.mcd, icd10cm-2026.mcd*");
    }

    private static MemoryStream Reversioned(Icd10CmRelease release, Release version)
    {
        var copy = new Icd10CmRelease(version, release.HasTabularList, release.EntryArray, release.ParentArray, release.NoteArray);
        var stream = new MemoryStream();
        copy.WriteTo(stream);
        stream.Position = 0;
        return stream;
    }
}
