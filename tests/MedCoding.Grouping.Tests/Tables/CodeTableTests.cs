using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping.Tests.Tables;

public class CodeTableTests
{
    private static readonly CodeTable<string> s_table = new(new Dictionary<string, string>
    {
        ["J189"] = "pneumonia",
        ["S72001A"] = "hip fracture",
        ["0SRC0JZ"] = "knee replacement",
    });

    [Theory]
    [InlineData("J189", "pneumonia")]
    [InlineData("J18.9", "pneumonia")]          // dotted, as printed
    [InlineData(" s72.001a ", "hip fracture")]  // lower case with blanks, as pasted
    [InlineData("0SRC0JZ", "knee replacement")]
    public void TryGetValue_CodeAsWritten_FindsTheRow(string code, string expected)
    {
        s_table.TryGetValue(code, out var row).Should().BeTrue();
        row.Should().Be(expected);
    }

    [Theory]
    [InlineData("J18")]        // a category, not in the table
    [InlineData("")]           // empty
    [InlineData("J189XXXXX")]  // longer than any code
    [InlineData("J18-9")]      // not a code character
    public void TryGetValue_NotACodeOfTheTable_False(string code)
    {
        s_table.TryGetValue(code, out _).Should().BeFalse();
    }

    [Fact]
    public void TryGetValue_EveryRowOfALargeTable_Found()
    {
        var rows = Enumerable.Range(0, 100_000).ToDictionary(i => $"A{i:000000}", i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var table = new CodeTable<string>(rows);

        rows.Where(pair => !table.TryGetValue(pair.Key, out var value) || value != pair.Value).Should().BeEmpty();
    }
}
