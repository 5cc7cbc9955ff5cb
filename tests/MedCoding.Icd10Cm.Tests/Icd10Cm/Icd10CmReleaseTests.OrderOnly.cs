using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using Xunit.Abstractions;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// Releases loaded from an order file alone (FY2025, April 2025, FY2026, and FY2021 built both ways):
/// the hierarchy comes from the order file's headers.
/// </summary>
public sealed partial class Icd10CmReleaseTests
{
    [Theory]
    [MemberData(nameof(OfficialReleases.OrderOnlyFolders), MemberType = typeof(OfficialReleases))]
    public void GetParent_EveryCodeOfAnOrderOnlyRelease_IsTheLongestHeaderItStartsWith(string folder)
    {
        AssertParentsAreLongestHeaders(official.Release(folder), official.OrderFile(folder));
    }

    [Fact]
    public void GetParent_Fy2021FromItsOrderFileAlone_IsTheLongestHeaderItStartsWith()
    {
        AssertParentsAreLongestHeaders(official.Fy2021OrderOnly, official.OrderFile("2021"));
    }

    [Theory]
    [MemberData(nameof(OfficialReleases.OrderOnlyFolders), MemberType = typeof(OfficialReleases))]
    public void Limitations_OrderOnlyRelease_SaysChaptersBlocksAndNotesAreUnavailable(string folder)
    {
        var release = official.Release(folder);

        release.HasTabularList.Should().BeFalse();
        release.Limitations.Should().Contain("chapters, blocks and instructional notes are not available");
        release.Chapters.Should().BeEmpty();
        release.FindChapter("4").Should().BeNull();
        release.FindBlock("E08-E13").Should().BeNull();
        release.Entries.Should().OnlyContain(e => e.IsCode);
        release.Entries.Should().OnlyContain(e => release.GetNotes(e).IsEmpty && release.GetInheritedNotes(e).Count == 0);
        release.Roots.Should().OnlyContain(e => e.Kind == EntryKind.Category);
        release.Roots.Should().HaveCount(release.Entries.Count(e => e.Name.Length == 3));
    }

    [Fact]
    public void LoadOrderFile_Fy2021_AgreesWithTheTabularBuild(/* see the test output for the Kind differences */)
    {
        var tabular = official.Fy2021;
        var orderOnly = official.Fy2021OrderOnly;
        var failures = new List<string>();
        var parentDifferences = new List<string>();
        var kindDifferences = new Dictionary<(EntryKind Tabular, EntryKind OrderOnly), int>();

        foreach (var entry in orderOnly.Entries)
        {
            var other = tabular.Find(entry.Name);
            if (other is null)
            {
                failures.Add($"{entry.Name} is not in the Tabular build");
                continue;
            }

            var parent = orderOnly.GetParent(entry);
            var tabularParent = tabular.GetParent(other)!;
            var expectedParent = tabularParent.IsCode ? tabularParent.Name : null;
            if (parent?.Name != expectedParent)
            {
                parentDifferences.Add($"{entry.Name}: {parent?.Name} from the order file, {tabularParent.Name} from the Tabular List");
            }

            if (entry.IsBillable != other.IsBillable || entry.Title != other.Title || entry.ShortTitle != other.ShortTitle)
            {
                failures.Add($"{entry.Name}: flag or titles differ");
            }

            if (entry.Kind != other.Kind)
            {
                kindDifferences[(other.Kind, entry.Kind)] = kindDifferences.GetValueOrDefault((other.Kind, entry.Kind)) + 1;
            }
        }

        failures.Should().BeEmpty();
        orderOnly.Entries.Should().HaveCount(tabular.CodeCount);

        // One place where the 2021 Tabular List does not follow the code's characters: it nests
        // H54.512A (category 2) under H54.511 ("category 1-2"), a header the code does not start with.
        // From the order file alone the parent can only be H54.51. FY2026 adds the header H54.512.
        parentDifferences.Should().Equal("H54.512A: H54.51 from the order file, H54.511 from the Tabular List");
        foreach (var ((fromTabular, fromOrder), count) in kindDifferences)
        {
            output.WriteLine($"Kind {fromTabular} in the Tabular build, {fromOrder} from the order file alone: {count} codes");
        }

        // Without the Tabular List every seven-character code is taken for an extension (T36.0X1A, S00.00XA):
        // 50,341 of the 50,416 in 2021 are. The 75 that the Tabular List writes out as subcategories
        // (C44.1021, H54.0X33, H54.511A ...) cannot be told apart from the order file.
        kindDifferences.Keys.Should().OnlyContain(k => k.Tabular == EntryKind.Subcategory && k.OrderOnly == EntryKind.Extension);
        kindDifferences.Keys.Should().HaveCount(1);
        kindDifferences.Values.Sum().Should().Be(ExpectedKindDifferences2021);
    }

    private static void AssertParentsAreLongestHeaders(Icd10CmRelease release, RawOrderFile file)
    {
        var headers = file.Lines.Where(l => l.Flag == '0').Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();

        foreach (var line in file.Lines)
        {
            string? expected = null;
            for (var length = line.Code.Length - 1; length >= 3 && expected is null; length--)
            {
                if (headers.Contains(line.Code[..length]))
                {
                    expected = Icd10CmCode.ToDotted(line.Code[..length]);
                }
            }

            var entry = release.Find(line.Code)!;
            var parent = release.GetParent(entry);
            if (parent?.Name != expected)
            {
                failures.Add($"{entry.Name}: parent {parent?.Name ?? "none"}, the longest header it starts with is {expected ?? "none"}");
            }

            if ((expected is null) != (line.Code.Length == 3))
            {
                failures.Add($"{entry.Name}: {(expected is null ? "no header above a non-category" : "a category under a header")}");
            }

            var ancestors = release.GetAncestors(entry).ToList();
            if (ancestors.Count > 0 && ancestors[^1].Name != line.Code[..3])
            {
                failures.Add($"{entry.Name}: ancestors end with {ancestors[^1].Name}, not its category");
            }
        }

        failures.Should().BeEmpty();
    }
}
