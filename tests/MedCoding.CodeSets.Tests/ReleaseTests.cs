using MedCoding.CodeSets;

namespace MedCoding.CodeSets.Tests;

public class ReleaseTests
{
    [Fact]
    public void ForFiscalYear_2026_RunsFromOctoberToSeptember()
    {
        var release = Release.ForFiscalYear(CodeSystem.Icd10Cm, 2026);

        release.Version.Should().Be("2026");
        release.Name.Should().Be("ICD-10-CM FY2026");
        release.EffectiveFrom.Should().Be(new DateOnly(2025, 10, 1));
        release.EffectiveThrough.Should().Be(new DateOnly(2026, 9, 30));
        release.ToString().Should().Be("ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)");
    }

    [Fact]
    public void ForUpdate_April2025_RunsToTheEndOfTheFiscalYear()
    {
        var release = Release.ForUpdate(CodeSystem.Icd10Cm, 2025, 4);

        release.Version.Should().Be("2025-04");
        release.Name.Should().Be("ICD-10-CM April 2025 update");
        release.EffectiveFrom.Should().Be(new DateOnly(2025, 4, 1));
        release.EffectiveThrough.Should().Be(new DateOnly(2025, 9, 30));
    }

    [Fact]
    public void ForUpdate_October_BelongsToTheNextFiscalYear()
    {
        Release.ForUpdate(CodeSystem.Icd10Cm, 2025, 10).EffectiveThrough.Should().Be(new DateOnly(2026, 9, 30));
    }

    [Theory]
    [InlineData(2025, 9, 30, false)] // the last day of FY2025
    [InlineData(2025, 10, 1, true)]  // the first day of FY2026
    [InlineData(2026, 9, 30, true)]  // its last day
    [InlineData(2026, 10, 1, false)] // FY2027
    public void IsInForceOn_DateOfService_IsInclusiveAtBothEnds(int year, int month, int day, bool expected)
    {
        Release.ForFiscalYear(CodeSystem.Icd10Cm, 2026).IsInForceOn(new DateOnly(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void Constructor_ReversedDates_Throws()
    {
        var act = () => new Release(CodeSystem.Icd10Cm, "x", new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1));

        act.Should().Throw<ArgumentException>().WithMessage("The release x would end (2026-01-01) before it starts (2026-01-02).*");
    }

    [Fact]
    public void Equals_SameSystemAndVersion_IgnoresEndDate()
    {
        var fy = Release.ForFiscalYear(CodeSystem.Icd10Cm, 2025);

        fy.EndingOn(new DateOnly(2025, 3, 31)).Should().Be(fy);
        fy.Should().NotBe(Release.ForUpdate(CodeSystem.Icd10Cm, 2025, 4));
        fy.Should().NotBe(Release.ForFiscalYear(CodeSystem.Icd10Pcs, 2025));
    }
}
