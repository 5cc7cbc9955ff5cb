namespace MedCoding.Billing.Tests;

public class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // The CMS worked example of the check digit.
    [InlineData("9876543213")]
    [InlineData("1111111112")]
    [InlineData("1999999992")] // Doubling 9s: 18 counts as 9.
    [InlineData("1543210987")]
    [InlineData("1678901236")]
    public void Parse_ValidCheckDigit_ReturnsTheDigits(string text)
    {
        var npi = Npi.Parse(text);

        npi.Value.Should().Be(text);
        npi.ToString().Should().Be(text);
        Npi.IsValid(text).Should().BeTrue();
    }

    [Theory]
    [InlineData("1234567890")] // Check digit off by 3.
    [InlineData("1234567894")] // Check digit off by 1.
    [InlineData("2134567893")] // Two digits swapped: Luhn catches adjacent transpositions.
    public void TryParse_WrongCheckDigit_FailsNamingTheCheckDigit(string text)
    {
        Npi.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Be("The NPI check digit (the tenth digit) is wrong.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789")] // Nine digits.
    [InlineData("12345678931")] // Eleven digits.
    [InlineData("12345A7893")]
    [InlineData(" 1234567893")]
    [InlineData(null)]
    public void TryParse_NotTenDigits_FailsWithoutRepeatingTheInput(string? text)
    {
        Npi.TryParse(text, out var npi, out var error).Should().BeFalse();
        error.Should().Be("An NPI is exactly ten digits.");
        npi.Should().Be(default(Npi));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        var act = () => Npi.Parse("1234567890");

        act.Should().Throw<FormatException>().Which.Message.Should().NotContain("1234567890");
    }

    [Fact]
    public void CheckDigit_CmsExample_Is3()
    {
        Npi.CheckDigit("123456789").Should().Be(3);
    }

    [Fact]
    public void CheckDigit_NotNineDigits_Throws()
    {
        var act = () => Npi.CheckDigit("12345678");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CheckDigit_EveryPrefix_MatchesLuhnWith80840()
    {
        // The CMS rule is Luhn over 80840 + the ten digits; check the shortcut (+24) against it.
        var random = new Random(42);
        for (var n = 0; n < 500; n++)
        {
            var nine = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + random.Next(10))));
            var digit = Npi.CheckDigit(nine);
            LuhnValid("80840" + nine + digit).Should().BeTrue();
        }
    }

    [Fact]
    public void Equals_SameDigits_AreEqual()
    {
        (Npi.Parse("1234567893") == Npi.Parse("1234567893")).Should().BeTrue();
        (Npi.Parse("1234567893") != Npi.Parse("9876543213")).Should().BeTrue();
        Npi.Parse("1234567893").GetHashCode().Should().Be(Npi.Parse("1234567893").GetHashCode());
        default(Npi).Value.Should().BeEmpty();
    }

    private static bool LuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
