namespace MedCoding.CodeSets.Tests;

public class PresentOnAdmissionExtensionsTests
{
    [Theory]
    [InlineData("Y", PresentOnAdmission.Yes, false)]
    [InlineData("n", PresentOnAdmission.No, true)]                      // lower case accepted
    [InlineData("U", PresentOnAdmission.Unknown, true)]                 // insufficient documentation: treated as not POA for HACs
    [InlineData("W", PresentOnAdmission.ClinicallyUndetermined, false)] // clinically undetermined: treated as POA
    [InlineData("1", PresentOnAdmission.Exempt, false)]
    [InlineData("", PresentOnAdmission.NotReported, false)]
    [InlineData(" y ", PresentOnAdmission.Yes, false)]                  // blanks around the letter are ignored
    public void TryParse_ClaimLetter_IndicatorAndHacReading(string text, PresentOnAdmission expected, bool notPresent)
    {
        PresentOnAdmissionExtensions.TryParse(text, out var poa).Should().BeTrue();

        poa.Should().Be(expected);
        poa.IsNotPresentOnAdmission().Should().Be(notPresent);
    }

    [Fact]
    public void ToClaimValue_EveryIndicator_ParsesBackToItself()
    {
        foreach (var poa in Enum.GetValues<PresentOnAdmission>())
        {
            PresentOnAdmissionExtensions.TryParse(poa.ToClaimValue(), out var again).Should().BeTrue(poa.ToString());
            again.Should().Be(poa);
        }

        Enum.GetValues<PresentOnAdmission>().Select(p => p.ToClaimValue()).Should().Equal("", "Y", "N", "U", "W", "1");
        ((PresentOnAdmission)42).ToClaimValue().Should().BeEmpty();
    }

    [Fact]
    public void IsReported_OnlyTheFourConditionLetters()
    {
        Enum.GetValues<PresentOnAdmission>().Where(p => p.IsReported()).Should().Equal(
            PresentOnAdmission.Yes, PresentOnAdmission.No, PresentOnAdmission.Unknown, PresentOnAdmission.ClinicallyUndetermined);
    }

    [Theory]
    [InlineData("Q")]  // not a POA letter
    [InlineData("YY")] // one letter only
    public void TryParse_NotAnIndicator_FalseAndNotReported(string text)
    {
        PresentOnAdmissionExtensions.TryParse(text, out var poa).Should().BeFalse();

        poa.Should().Be(PresentOnAdmission.NotReported);
    }
}
