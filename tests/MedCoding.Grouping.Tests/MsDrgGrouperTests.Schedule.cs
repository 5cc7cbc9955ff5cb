using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

/// <summary>Which version groups a case: the schedule's one rule by discharge date, or a version named by the caller.</summary>
public partial class MsDrgGrouperTests
{
    [Theory]
    [InlineData("2025-10-01", "43.0")] // first day of FY2026
    [InlineData("2026-03-31", "43.0")] // last day of v43.0: the schedule ends it the day before v43.1 starts
    [InlineData("2026-04-01", "43.1")] // v43.1 takes over mid-year
    [InlineData("2026-09-30", "43.1")] // last day of FY2026
    public void Group_DischargeDate_PicksTheVersionInForce(string date, string version)
    {
        var result = Group(Cases.Of("J189", dischargeDate: DateOnly.Parse(date, CultureInfo.InvariantCulture)));

        result.Release.Version.Should().Be(version);
        result.Release.Name.Should().Be($"MS-DRG v{version}");
    }

    [Theory]
    [InlineData("2015-06-30")] // years before v43.0: never grouped with v43.0 as a guess
    [InlineData("2025-09-30")] // the day before FY2026
    [InlineData("2026-10-01")] // FY2027: no v44 here
    public void Group_DischargeDateNoVersionCovers_ThrowsNoReleaseInForce(string date)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        var act = () => fixture.Grouper.Group(Cases.Of("J189", dischargeDate: day));

        act.Should().Throw<NoReleaseInForceException>()
            .Where(e => e.System == CodeSystem.MsDrg && e.DateOfService == day && e.KnownReleases.Count == 2)
            .Which.Message.Should().Contain("MS-DRG v43.0 (2025-10-01 to 2026-03-31)").And.Contain("MS-DRG v43.1 (2026-04-01 to 2026-09-30)");
    }

    [Fact]
    public void Schedule_BothVersions_V430CutShortByV431()
    {
        fixture.Grouper.Schedule.Releases.Select(r => r.ToString()).Should().Equal(
            "MS-DRG v43.0 (2025-10-01 to 2026-03-31)",
            "MS-DRG v43.1 (2026-04-01 to 2026-09-30)");
    }

    [Theory]
    [InlineData("43.0", "43.0")]
    [InlineData("430", "43.0")]   // as CMS writes it
    [InlineData("v43.1", "43.1")]
    public void Group_NamedVersion_GroupsWithItWhateverTheDischargeDate(string named, string version)
    {
        // A 2015 discharge: no version is in force, but the caller names one.
        var result = fixture.Grouper.Group(Cases.Of("J189", dischargeDate: new DateOnly(2015, 6, 30)), named);

        result.Release.Version.Should().Be(version);
        result.Drg.Should().Be(195);
    }

    [Fact]
    public void Group_NamedRelease_GroupsWithIt()
    {
        var release = fixture.Grouper.FindVersion("43.0");

        fixture.Grouper.Group(Cases.Of("J189"), release).Release.Should().Be(release);
    }

    [Theory]
    [InlineData("44.0")] // a version this grouper does not have
    [InlineData("42")]
    public void Group_VersionNotInTheSchedule_ThrowsArgumentException(string version)
    {
        var act = () => fixture.Grouper.Group(Cases.Of("J189"), version);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{version}'*43.0, 43.1*");
    }

    [Fact]
    public void Of_OneVersion_OtherDatesHaveNoVersion()
    {
        var grouper = MsDrgGrouper.Of(fixture.V431);

        grouper.Group(Cases.Of("J189", dischargeDate: new DateOnly(2026, 4, 1))).Release.Version.Should().Be("43.1");
        grouper.Invoking(g => g.Group(Cases.Of("J189", dischargeDate: new DateOnly(2026, 3, 31)))).Should().Throw<NoReleaseInForceException>();
    }

    [Fact]
    public void Load_MsDrgFolder_EveryVersionFolderReadOnFirstUse()
    {
        var grouper = MsDrgGrouper.Load(fixture.Folder);

        grouper.Schedule.Releases.Select(r => r.Version).Should().Equal("43.0", "43.1");
        grouper.Schedule.PeekLoaded(grouper.Schedule.Releases[0]).Should().BeNull("a version's tables are read when a case first needs them");
    }

    [Fact]
    public void Constructor_ScheduleOfAnotherSystem_Throws()
    {
        var act = () => new MsDrgGrouper(ReleaseSchedule<MsDrgDefinitions>.None(CodeSystem.Icd10Cm));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Group_ScheduleWhoseVersionLoadsAnotherVersionsTables_Throws()
    {
        // v43.0's slot loads the v43.1 tables: grouping with them would silently use the wrong version.
        var grouper = new MsDrgGrouper(new ReleaseSchedule<MsDrgDefinitions>(CodeSystem.MsDrg, [(MsDrgReleases.ForVersion("43.0"), () => fixture.V431)]));

        var act = () => grouper.Group(Cases.Of("J189", dischargeDate: new DateOnly(2025, 11, 3)));

        act.Should().Throw<InvalidOperationException>().WithMessage("*MS-DRG v43.0*MS-DRG v43.1*");
    }

    [Fact]
    public void Group_ReleaseOfTheVersionAsPublished_SameAsTheScheduledOne()
    {
        // The v43.0 release as published runs through 2026-09-30; the schedule's ends 2026-03-31. Both name v43.0.
        var result = fixture.Grouper.Group(Cases.Of("J189"), MsDrgReleases.ForVersion("43.0"));

        result.Release.Version.Should().Be("43.0");
    }
}
