namespace MedCoding.Icd10Pcs.Tests;

public sealed class PcsCodeTests
{
    [Theory]
    [InlineData("0016070", "0016070")] // already normalised
    [InlineData(" 0016070 ", "0016070")] // surrounding blanks
    [InlineData("0dt70zz", "0DT70ZZ")] // lower case
    public void TryParse_ValidShapes_Normalises(string input, string expected)
    {
        PcsCode.TryParse(input, out var code, out var error).Should().BeTrue(error);
        code.Value.Should().Be(expected);
        code.TablePrefix.Should().Be(expected[..3]);
    }

    [Theory]
    [InlineData("", "No code was given.")] // empty
    [InlineData("001607", "An ICD-10-PCS code has exactly 7 characters; this has 6.")] // too short
    [InlineData("00160700", "An ICD-10-PCS code has exactly 7 characters; this has 8.")] // too long
    [InlineData("0016O70", "'O' at position 5: ICD-10-PCS never uses the letters I and O (they read as 1 and 0).")] // O for zero
    [InlineData("001.607", "Unexpected character '.' at position 4: an ICD-10-PCS code has only digits and letters, no dot.")] // a dot
    public void TryParse_Malformed_GivesReason(string input, string reason)
    {
        PcsCode.TryParse(input, out _, out var error).Should().BeFalse();
        error.Should().Be(reason);
    }

    [Fact]
    public void Indexer_EachAxis_ReturnsItsCharacter()
    {
        var code = PcsCode.Parse("0DT70ZZ");
        code[PcsAxis.Section].Should().Be('0');
        code[PcsAxis.BodySystem].Should().Be('D');
        code[PcsAxis.RootOperation].Should().Be('T');
        code[PcsAxis.BodyPart].Should().Be('7');
        code[PcsAxis.Approach].Should().Be('0');
        code[PcsAxis.Device].Should().Be('Z');
        code[PcsAxis.Qualifier].Should().Be('Z');
    }
}
