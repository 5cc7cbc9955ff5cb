namespace MedCoding.Grouping.Tests;

public class MsDrgVersionsTests
{
    [Theory]
    [InlineData(2025, 10, 1, MsDrgVersion.V430)]  // first day of FY2026
    [InlineData(2026, 3, 31, MsDrgVersion.V430)]  // last day of v43.0
    [InlineData(2026, 4, 1, MsDrgVersion.V431)]   // v43.1 takes over mid-year
    [InlineData(2026, 9, 30, MsDrgVersion.V431)]  // last day of FY2026
    public void ForDischargeDate_Fy2026_PicksTheVersionInForce(int year, int month, int day, MsDrgVersion expected)
    {
        MsDrgVersions.ForDischargeDate(new DateOnly(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void DisplayName_V431_WrittenWithTheDot()
    {
        MsDrgVersion.V431.DisplayName().Should().Be("v43.1");
    }
}
