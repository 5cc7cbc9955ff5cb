using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>The diff between releases, checked code by code against the addenda CMS ships with each release.</summary>
public sealed class Icd10CmReleaseDiffTests : IClassFixture<Icd10CmReleaseDiffTests.Releases>
{
    private readonly Releases _releases;

    public Icd10CmReleaseDiffTests(Releases releases)
    {
        _releases = releases;
    }

    [Fact]
    public void Between_Fy2025AndFy2026_AgreesWithTheAddendaCodeByCode()
    {
        var diff = Icd10CmReleaseDiff.Between(_releases.Fy2025, _releases.Fy2026);
        var addenda = OrderAddenda.Read(OfficialData.Path("icd10cm", "2026", "icd10cm_order_addenda_2026.txt"));

        // The addenda as (change, code, flag, long title, short title, previous long, previous short); revisions pair "from" with "to".
        var expected = new List<string>();
        for (var i = 0; i < addenda.Lines.Count; i++)
        {
            var line = addenda.Lines[i];
            switch (line.Action)
            {
                case "Add":
                    expected.Add(Describe(CodeChangeKind.Added, line.Code, line.IsBillable, line.Title, line.ShortTitle, null, null));
                    break;
                case "Delete":
                    expected.Add(Describe(CodeChangeKind.Deleted, line.Code, line.IsBillable, line.Title, line.ShortTitle, null, null));
                    break;
                case "Revise from":
                    var to = addenda.Lines[++i];
                    to.Action.Should().Be("Revise to", "a 'Revise from' line is followed by its 'Revise to'");
                    to.Code.Should().Be(line.Code);
                    expected.Add(Describe(CodeChangeKind.Revised, to.Code, to.IsBillable, to.Title, to.ShortTitle, line.Title, line.ShortTitle));
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected addenda line {line}");
            }
        }

        var actual = diff.Changes.Select(c => Describe(c.Change, c.Code, c.IsBillable, c.Title, c.ShortTitle, c.PreviousTitle, c.PreviousShortTitle)).ToList();
        actual.Should().BeEquivalentTo(expected, "the diff of the order files must be exactly the addenda CMS published");
        actual.Should().HaveCount(630 + 28 + 45);
    }

    [Theory]
    [InlineData("icd10cm_order_addenda_2026.txt", "2026")]
    public void Between_Fy2025AndFy2026_CountsEqualTheAddendaSummary(string file, string year)
    {
        var diff = Icd10CmReleaseDiff.Between(_releases.Fy2025, _releases.Fy2026);
        var addenda = OrderAddenda.Read(OfficialData.Path("icd10cm", year, file));

        foreach (var (section, billable) in new[] { ("Headers", false), ("Codes", true) })
        {
            diff.Count(CodeChangeKind.Added, billable).Should().Be(addenda.Summary[(section, "additions")], $"{section} additions");
            diff.Count(CodeChangeKind.Deleted, billable).Should().Be(addenda.Summary[(section, "deletions")], $"{section} deletions");
            diff.Count(CodeChangeKind.Revised, billable).Should().Be(addenda.Summary[(section, "revisions")], $"{section} revisions");
        }

        // FY2026: 143 headers and 487 codes added, 28 codes deleted, 7 headers and 38 codes revised.
        diff.Count(CodeChangeKind.Added, false).Should().Be(143);
        diff.Count(CodeChangeKind.Added, true).Should().Be(487);
        diff.Count(CodeChangeKind.Deleted, true).Should().Be(28);
        diff.Count(CodeChangeKind.Deleted, false).Should().Be(0);
        diff.Count(CodeChangeKind.Revised, false).Should().Be(7);
        diff.Count(CodeChangeKind.Revised, true).Should().Be(38);
    }

    [Fact]
    public void Between_CodeBecomingAHeader_IsADeletedCodeAndAnAddedHeader()
    {
        var diff = Icd10CmReleaseDiff.Between(_releases.Fy2025, _releases.Fy2026);

        diff.Changes.Where(c => c.Code == "E72.53").Select(c => (c.Change, c.IsBillable))
            .Should().Equal((CodeChangeKind.Deleted, true), (CodeChangeKind.Added, false));
        diff.Changes.Should().ContainSingle(c => c.Code == "E72.530")
            .Which.Should().Be(new CodeChange(CodeChangeKind.Added, "E72.530", true, "Primary hyperoxaluria, type 1", "Primary hyperoxaluria, type 1", null, null));
    }

    [Fact]
    public void Between_Fy2025AndApril2025_IsEmptyAsTheAprilAddendaSay()
    {
        // The April 1, 2025 order file is byte for byte the FY2025 one; its addenda count 0 additions, deletions and revisions.
        var addenda = OrderAddenda.Read(OfficialData.Path("icd10cm", "2025-04", "icd10cm-order-addenda-April-2025.txt"));
        addenda.Lines.Should().BeEmpty();
        addenda.Summary.Where(s => s.Key.Label is "additions" or "deletions" or "revisions").Should().OnlyContain(s => s.Value == 0);

        var diff = Icd10CmReleaseDiff.Between(_releases.Fy2025, _releases.April2025);

        diff.Changes.Should().BeEmpty();
        addenda.Summary[("Codes", "codes in icd10cm_order_2025.txt")].Should().Be(_releases.April2025.BillableCount);
        addenda.Summary[("Headers", "headers in icd10cm_order_2025.txt")].Should().Be(_releases.April2025.HeaderCount);
    }

    [Fact]
    public void Fy2025Addenda_AgreeWithTheFy2025OrderFileCodeByCode()
    {
        // The FY2024 order file is not here, so the 2024 -> 2025 diff cannot be computed; instead every line of the
        // FY2025 addenda is checked against FY2025: each addition and revision is in it with that flag and those titles,
        // each deletion is not in it with that flag.
        var addenda = OrderAddenda.Read(OfficialData.Path("icd10cm", "2025", "icd10cm_order_addenda_2025.txt"));
        var release = _releases.Fy2025;

        addenda.Lines.Should().HaveCount(324 + 36 + 28);
        foreach (var line in addenda.Lines)
        {
            var entry = release.Find(line.Code);
            switch (line.Action)
            {
                case "Add" or "Revise to":
                    entry.Should().NotBeNull($"{line.Code} is added or revised in FY2025");
                    (entry!.IsBillable, entry.Title, entry.ShortTitle).Should().Be((line.IsBillable, line.Title, line.ShortTitle), line.ToString());
                    break;
                case "Delete":
                    (entry is not null && entry.IsBillable == line.IsBillable).Should().BeFalse($"{line.Code} (billable {line.IsBillable}) is deleted in FY2025");
                    break;
                case "Revise from":
                    entry.Should().NotBeNull();
                    (entry!.Title == line.Title && entry.ShortTitle == line.ShortTitle).Should().BeFalse($"{line.Code}'s old titles are replaced in FY2025");
                    break;
            }
        }

        addenda.Summary[("Codes", "additions")].Should().Be(addenda.Lines.Count(l => l.Action == "Add" && l.IsBillable));
        addenda.Summary[("Headers", "additions")].Should().Be(addenda.Lines.Count(l => l.Action == "Add" && !l.IsBillable));
        addenda.Summary[("Codes", "deletions")].Should().Be(addenda.Lines.Count(l => l.Action == "Delete" && l.IsBillable));
        addenda.Summary[("Codes", "revisions")].Should().Be(addenda.Lines.Count(l => l.Action == "Revise to" && l.IsBillable));
        addenda.Summary[("Headers", "revisions")].Should().Be(addenda.Lines.Count(l => l.Action == "Revise to" && !l.IsBillable));
        addenda.Summary[("Codes", "codes in icd10cm_order_2025.txt")].Should().Be(release.BillableCount);
        addenda.Summary[("Headers", "headers in icd10cm_order_2025.txt")].Should().Be(release.HeaderCount);
    }

    [Fact]
    public void Between_SameRelease_IsEmpty()
    {
        Icd10CmReleaseDiff.Between(_releases.Fy2026, _releases.Fy2026).Changes.Should().BeEmpty();
    }

    private static string Describe(CodeChangeKind change, string code, bool billable, string title, string shortTitle, string? previousTitle, string? previousShortTitle) =>
        $"{change} {code} {(billable ? 1 : 0)} '{title}' '{shortTitle}' '{previousTitle}' '{previousShortTitle}'";

    public sealed class Releases
    {
        public Icd10CmRelease Fy2025 { get; } = Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2025"));

        public Icd10CmRelease April2025 { get; } = Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2025-04"));

        public Icd10CmRelease Fy2026 { get; } = Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2026"));
    }
}
