namespace MedCoding.Grouping.Tests;

public class PresentOnAdmissionExtensionsTests
{
    [Theory]
    [InlineData("Y", PresentOnAdmission.Yes, false)]
    [InlineData("n", PresentOnAdmission.No, true)]                      // lower case accepted
    [InlineData("U", PresentOnAdmission.Unknown, true)]                 // insufficient documentation: treated as not POA for HACs
    [InlineData("W", PresentOnAdmission.ClinicallyUndetermined, false)] // clinically undetermined: treated as POA
    [InlineData("1", PresentOnAdmission.Exempt, false)]
    [InlineData("", PresentOnAdmission.NotReported, false)]
    public void TryParse_ClaimLetter_IndicatorAndHacReading(string text, PresentOnAdmission expected, bool notPresent)
    {
        PresentOnAdmissionExtensions.TryParse(text, out var poa).Should().BeTrue();

        poa.Should().Be(expected);
        poa.IsNotPresentOnAdmission().Should().Be(notPresent);
    }

    [Theory]
    [InlineData("Q")]  // not a POA letter
    [InlineData("YY")] // one letter only
    public void TryParse_NotAnIndicator_False(string text)
    {
        PresentOnAdmissionExtensions.TryParse(text, out _).Should().BeFalse();
    }
}
