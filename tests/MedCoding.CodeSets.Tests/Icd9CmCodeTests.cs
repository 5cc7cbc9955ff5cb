namespace MedCoding.CodeSets.Tests;

public sealed class Icd9CmCodeTests
{
    [Theory]
    [InlineData("250.00", "25000", "250.00")] // numeric, dotted
    [InlineData("25000", "25000", "250.00")] // as the GEMs write it
    [InlineData(" 042 ", "042", "042")] // a category alone, with blanks
    [InlineData("v01.0", "V010", "V01.0")] // V code, lower case
    [InlineData("E800.0", "E8000", "E800.0")] // E code: the dot after the fourth character
    [InlineData("E849", "E849", "E849")] // E code without a fifth character
    public void TryParse_ValidShapes_Normalise(string input, string value, string dotted)
    {
        Icd9CmCode.TryParse(input, out var code, out var error).Should().BeTrue(error);
        code.Value.Should().Be(value);
        code.ToString().Should().Be(dotted);
    }

    [Theory]
    [InlineData("", "No code was given.")] // empty
    [InlineData("25", "Too short: an ICD-9-CM diagnosis code has at least three characters (042, V27).")] // too short
    [InlineData("25.000", "Misplaced dot: in an ICD-9-CM diagnosis code the dot comes after the third character (250.00, V01.0).")] // dot too early
    [InlineData("E80.00", "Misplaced dot: in an ICD-9-CM E code the dot comes after the fourth character (E800.0).")] // E-code dot
    [InlineData("250001", "Too long: an ICD-9-CM diagnosis code has at most 5 characters besides the dot.")] // six digits
    [InlineData("A250", "Unexpected character 'A' at position 1: an ICD-9-CM diagnosis code is digits, with an E or V in front for E and V codes.")] // ICD-10 letter
    public void TryParse_Malformed_GivesReason(string input, string reason)
    {
        Icd9CmCode.TryParse(input, out _, out var error).Should().BeFalse();
        error.Should().Be(reason);
    }
}
