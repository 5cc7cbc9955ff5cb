using System.Text;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.CodeSets.Tests;

public class Icd10CmCodeTests
{
    public static TheoryData<string> OrderFiles => new()
    {
        "2021/icd10cm-order-Jan-2021.txt",
        "2025/icd10cm_order_2025.txt",
        "2025-04/icd10cm-order-April-2025.txt",
        "2026/icd10cm_order_2026.txt",
    };

    [Theory]
    [InlineData("E11.65")]   // dotted, as printed in the Tabular List
    [InlineData("e1165")]    // lower case, no dot, as typed in a hurry
    [InlineData(" E11.65 ")] // surrounding blanks from a pasted cell
    [InlineData("E1165")]    // already normalised, as in the order file
    [InlineData("e11.65\r")] // a Windows line read without its CR removed
    public void Parse_UserInput_NormalisesToDottedCode(string input)
    {
        var code = Icd10CmCode.Parse(input);

        code.Value.Should().Be("E1165");
        code.ToString().Should().Be("E11.65");
        code.Length.Should().Be(5);
        code.Category.Should().Be("E11");
        code.IsEmpty.Should().BeFalse();
        code.Should().Be(Icd10CmCode.Parse("E11.65"));
    }

    [Theory]
    [InlineData("E11..6", "More than one dot: an ICD-10-CM code has at most one, after the third character.")]
    [InlineData("123", "An ICD-10-CM code starts with a letter (A-Z), as in E11 or I10.")]
    [InlineData("1234567", "An ICD-10-CM code starts with a letter (A-Z), as in E11 or I10.")]
    [InlineData("E1", "Too short: an ICD-10-CM code has at least 3 characters (a category such as I10).")]
    [InlineData("E11.", "Nothing follows the dot: write the category without it (E11) or the full code (E11.65).")]
    [InlineData("E 11", "Unexpected character ' ' at position 2: an ICD-10-CM code has only letters, digits and one dot.")]
    [InlineData("E11-65", "Unexpected character '-' at position 4: an ICD-10-CM code has only letters, digits and one dot.")]
    [InlineData("\u00C911", "Unexpected character '\u00C9' at position 1: an ICD-10-CM code has only letters, digits and one dot.")] // non-ASCII letter
    [InlineData("E1.165", "Misplaced dot: in an ICD-10-CM code the dot comes after the third character (E11.65).")]
    [InlineData(".E11", "Misplaced dot: in an ICD-10-CM code the dot comes after the third character (E11.65).")]
    [InlineData("E1165123", "Too long: an ICD-10-CM code has at most 7 characters besides the dot.")]
    [InlineData("E11.65123", "Too long: 9 characters, but an ICD-10-CM code has at most 7 (8 with the dot).")]
    [InlineData("ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ", "Too long: 40 characters, but an ICD-10-CM code has at most 7 (8 with the dot).")] // 40 characters
    [InlineData("", "No code was given.")]
    [InlineData("   ", "No code was given.")]
    [InlineData(null, "No code was given.")]
    public void Normalize_MalformedInput_GivesTheReason(string? input, string reason)
    {
        var result = Icd10CmCode.Normalize(input);

        result.Success.Should().BeFalse();
        result.Error.Should().Be(reason);
        result.Input.Should().Be(input ?? "");
        result.TryGetValue(out _).Should().BeFalse();
        ((Func<Icd10CmCode>)(() => result.Value)).Should().Throw<FormatException>().WithMessage(reason);
        Icd10CmCode.TryParse(input, out var code, out var error).Should().BeFalse();
        error.Should().Be(reason);
        code.IsEmpty.Should().BeTrue();
        Icd10CmCode.TryNormalize(input, new char[Icd10CmCode.MaxLength], out var written).Should().BeFalse();
        written.Should().Be(0);
        if (input is not null)
        {
            ((Func<Icd10CmCode>)(() => Icd10CmCode.Parse(input))).Should().Throw<FormatException>().WithMessage(reason);
        }
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var act = () => Icd10CmCode.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("QA0", "QA0")]           // FY2026 category with a letter in the second place
    [InlineData("qa0.0101", "QA00101")]  // its codes, typed in lower case
    [InlineData("U07.1", "U071")]        // COVID-19 (FY2020 on)
    [InlineData("T36.0X1A", "T360X1A")]  // a 7th character after the placeholder
    [InlineData("S00.00XA", "S0000XA")]  // placeholder filling
    [InlineData("I10", "I10")]           // a billable category
    public void Parse_ValidShapes_AreAccepted(string input, string value)
    {
        Icd10CmCode.Parse(input).Value.Should().Be(value);
        Icd10CmCode.Normalize(input).Value.Value.Should().Be(value);
    }

    [Fact]
    public void Normalize_ValidInput_KeepsTheInput()
    {
        var result = Icd10CmCode.Normalize(" e11.65 ");

        result.Success.Should().BeTrue();
        result.Error.Should().BeNull();
        result.Input.Should().Be(" e11.65 ");
        result.GetValueOrThrow().ToString().Should().Be("E11.65");
    }

    [Fact]
    public void TryNormalize_ShortDestination_Throws()
    {
        var act = () => Icd10CmCode.TryNormalize("E11.65", new char[3], out _);

        act.Should().Throw<ArgumentException>().WithParameterName("destination");
    }

    [Fact]
    public void FromNormalized_NotNormalised_Throws()
    {
        var act = () => Icd10CmCode.FromNormalized("e11.65");

        act.Should().Throw<FormatException>().WithMessage("'e11.65' is not a normalised ICD-10-CM code (expected 'E1165').");
    }

    [Fact]
    public void Default_IsEmpty()
    {
        Icd10CmCode code = default;

        code.IsEmpty.Should().BeTrue();
        code.Value.Should().BeEmpty();
        code.ToString().Should().BeEmpty();
        code.Category.Should().BeEmpty();
        code.Should().NotBe(Icd10CmCode.Parse("E11"));
    }

    [Fact]
    public void CompareTo_Codes_AreOrdinalOnTheUndottedValue()
    {
        var codes = new[] { "E11.9", "E11", "A00.0", "E11.65", "QA0", "Z99.89" }.Select(Icd10CmCode.Parse).ToList();

        codes.Order().Select(c => c.ToString()).Should().Equal("A00.0", "E11", "E11.65", "E11.9", "QA0", "Z99.89");
        (Icd10CmCode.Parse("E11") < Icd10CmCode.Parse("E11.0")).Should().BeTrue();
        (Icd10CmCode.Parse("e11.0") == Icd10CmCode.Parse("E110")).Should().BeTrue();
        Icd10CmCode.Parse("e11.0").GetHashCode().Should().Be(Icd10CmCode.Parse("E110").GetHashCode());
    }

    [Theory]
    [InlineData("E11", "E11")]
    [InlineData("E1165", "E11.65")]
    [InlineData("T360X1A", "T36.0X1A")]
    public void ToDotted_Value_PutsTheDotAfterTheThirdCharacter(string value, string dotted)
    {
        Icd10CmCode.ToDotted(value).Should().Be(dotted);
    }

    [Theory]
    [MemberData(nameof(OrderFiles))]
    public void Parse_EveryCodeOfAnOrderFile_RoundTrips(string file)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var line in File.ReadLines(OfficialData.Path(["icd10cm", .. file.Split('/')]), Encoding.Latin1))
        {
            count++;
            var value = line[6..13].TrimEnd(' ');
            if (!Icd10CmCode.TryParse(value, out var code, out var error))
            {
                failures.Add($"{value}: {error}");
                continue;
            }

            var dotted = code.ToString();
            if (!ReferenceEquals(code.Value, value)
                || dotted != Icd10CmCode.ToDotted(value)
                || Icd10CmCode.Parse(dotted) != code
                || Icd10CmCode.Parse(dotted.ToLowerInvariant()).Value != value
                || Icd10CmCode.FromNormalized(value) != code
                || code.Category != value[..3])
            {
                failures.Add($"{value} does not round-trip through {dotted}");
            }
        }

        failures.Should().BeEmpty();
        count.Should().BeGreaterThan(95_000);
    }
}
