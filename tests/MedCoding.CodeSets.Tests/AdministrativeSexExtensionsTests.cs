namespace MedCoding.CodeSets.Tests;

public class AdministrativeSexExtensionsTests
{
    [Theory]
    [InlineData("F", AdministrativeSex.Female)]
    [InlineData("M", AdministrativeSex.Male)]
    [InlineData("U", AdministrativeSex.Unknown)]
    public void TryParse_ClaimLetter_RoundTrips(string text, AdministrativeSex expected)
    {
        AdministrativeSexExtensions.TryParse(text, out var sex).Should().BeTrue();

        sex.Should().Be(expected);
        sex.ToClaimValue().Should().Be(text);
    }

    [Theory]
    [InlineData("f")]  // the claim and X12 forms are upper case
    [InlineData(" F")] // no blanks
    [InlineData("X")]
    [InlineData("")]
    public void TryParse_NotALetter_FalseAndUnknown(string text)
    {
        AdministrativeSexExtensions.TryParse(text, out var sex).Should().BeFalse();

        sex.Should().Be(AdministrativeSex.Unknown);
    }

    [Fact]
    public void Default_IsUnknown_WithStableValues()
    {
        default(AdministrativeSex).Should().Be(AdministrativeSex.Unknown);
        ((int)AdministrativeSex.Female).Should().Be(1);
        ((int)AdministrativeSex.Male).Should().Be(2);
        ((AdministrativeSex)9).ToClaimValue().Should().Be("U");
    }
}
