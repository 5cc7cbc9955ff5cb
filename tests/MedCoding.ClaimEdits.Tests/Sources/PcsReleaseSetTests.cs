using MedCoding.ClaimEdits.Sources;
using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;
using MedCoding.Testing;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Sources;

public sealed class PcsReleaseSetTests
{
    private static readonly Lazy<PcsRelease> s_fy2025 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2025")));
    private static readonly Lazy<PcsRelease> s_fy2026 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2026")));

    [Fact]
    public void IsValid_EveryCodeOfEachRelease_IsValidInItsOwnYearOnlyIfTheOtherLacksIt()
    {
        var set = new PcsReleaseSet([s_fy2026.Value, s_fy2025.Value]);
        set.Releases.Select(r => r.Version).Should().Equal("2025", "2026");
        foreach (var entry in s_fy2026.Value.Entries.Where(e => e.Kind == EntryKind.Code))
        {
            set.IsValid(entry.Name, Fy2026Date).Should().BeTrue(entry.Name);
            set.IsValid(entry.Name, Fy2025Date).Should().Be(s_fy2025.Value.Find(entry.Name) is { Kind: EntryKind.Code }, entry.Name);
        }

        // Codes FY2026 deleted are still valid on an FY2025 date.
        var deleted = s_fy2025.Value.Entries.Where(e => e.Kind == EntryKind.Code && s_fy2026.Value.Find(e.Name) is null).ToArray();
        deleted.Should().NotBeEmpty();
        deleted.Should().OnlyContain(e => set.IsValid(e.Name, Fy2025Date) == true && set.IsValid(e.Name, Fy2026Date) == false);
    }

    [Theory]
    [InlineData("0DTJ4ZZ", true)] // Laparoscopic appendectomy.
    [InlineData("0dtj4zz ", true)] // As a user may type it.
    [InlineData("0DTJ4ZX", false)] // X is not a qualifier of table 0DT.
    [InlineData("0DT", false)] // A table, not a code.
    [InlineData("0DTJ4Z", false)] // Six characters.
    public void IsValid_OnAnFy2026Date_AnswersFromTheFy2026Release(string code, bool valid) =>
        TestData.Data.Icd10Pcs!.IsValid(code, Fy2026Date).Should().Be(valid);

    [Fact]
    public void IsValid_DateNoReleaseCovers_IsNull() =>
        TestData.Data.Icd10Pcs!.IsValid("0DTJ4ZZ", new DateOnly(2019, 3, 1)).Should().BeNull();

    [Fact]
    public void FromFolders_MissingFolder_ThrowsNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-pcs-{Guid.NewGuid():N}");
        var act = () => PcsReleaseSet.FromFolders([missing]);
        act.Should().Throw<DataFileException>().Which.FilePath.Should().Be(missing);
    }
}
