using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

/// <summary>The one rule from an MS-DRG version to its release: vNN is fiscal year NN + 1983; .0 from October 1, .1 from April 1.</summary>
public class MsDrgReleasesTests
{
    [Theory]
    [InlineData("43.0", "43.0", "2025-10-01", "2026-09-30")] // FY2026, as written
    [InlineData("431", "43.1", "2026-04-01", "2026-09-30")]  // as CMS writes it, no dot
    [InlineData("v43.1", "43.1", "2026-04-01", "2026-09-30")]
    [InlineData("v400", "40.0", "2022-10-01", "2023-09-30")] // v40 is FY2023 (the Definitions Manual in the data)
    [InlineData("44.0", "44.0", "2026-10-01", "2027-09-30")] // the next version: data, not code
    public void ForVersion_Version_ReleaseAndDatesByTheRule(string text, string version, string from, string through)
    {
        var release = MsDrgReleases.ForVersion(text);

        release.System.Should().Be(CodeSystem.MsDrg);
        release.Version.Should().Be(version);
        release.Name.Should().Be($"MS-DRG v{version}");
        release.EffectiveFrom.Should().Be(DateOnly.ParseExact(from, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        release.EffectiveThrough.Should().Be(DateOnly.ParseExact(through, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("43.2")]  // no such update: the rule does not guess its date
    [InlineData("24.0")]  // before MS-DRGs (v25, FY2008)
    [InlineData("4310")]
    [InlineData("43")]
    [InlineData("")]
    public void ForVersion_NotAVersionTheRuleKnows_Throws(string text)
    {
        var act = () => MsDrgReleases.ForVersion(text);

        act.Should().Throw<ArgumentException>();
    }
}
