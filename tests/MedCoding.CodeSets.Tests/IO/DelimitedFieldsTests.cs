using System.Text;
using MedCoding.CodeSets.IO;

namespace MedCoding.CodeSets.Tests.IO;

public class DelimitedFieldsTests
{
    [Theory]
    [InlineData("a\tb\tc", new[] { "a", "b", "c" })]
    [InlineData("a\t\t c ", new[] { "a", "", " c " })] // as they are: empty fields and blanks kept
    [InlineData("", new[] { "" })]                      // an empty line is one empty field
    [InlineData("a\t", new[] { "a", "" })]
    public void Split_Tab_FieldsAsTheyAre(string line, string[] expected) =>
        Fields(line, (text, ranges) => DelimitedFields.Split(text, (byte)'\t', ranges)).Should().Equal(expected);

    [Theory]
    [InlineData("99213\t36415\t*\t19960101", new[] { "99213", "36415", "*", "19960101" })] // tab-delimited text
    [InlineData("99213, 36415 ,,19960101", new[] { "99213", "36415", "", "19960101" })]    // CSV, trimmed
    [InlineData("A,\"Misuse of column two code with column one code\",1", new[] { "A", "Misuse of column two code with column one code", "1" })]
    [InlineData("A,\"a, b\",c", new[] { "A", "a, b", "c" })]                                 // a comma inside quotes
    [InlineData("A,\"say \"\"x\"\"\",c", new[] { "A", "say \"\"x\"\"", "c" })]                // doubled quotes kept in the range
    [InlineData("a\tb, c", new[] { "a", "b, c" })]                                            // a tab wins over commas
    public void SplitTabOrCsv_CmsEditFileLine_Fields(string line, string[] expected) =>
        Fields(line, DelimitedFields.SplitTabOrCsv).Should().Equal(expected);

    [Fact]
    public void CsvText_UndoesDoubledQuotes() =>
        DelimitedFields.CsvText("say \"\"x\"\""u8).Should().Be("say \"x\"");

    [Theory]
    [InlineData("25000 E119 00000", new[] { "25000", "E119", "00000" })]
    [InlineData("  25000\t E119   00000  ", new[] { "25000", "E119", "00000" })] // runs of blanks and tabs, either end ignored
    [InlineData("   ", new string[0])]
    public void SplitOnBlanks_GemLine_Fields(string line, string[] expected) =>
        Fields(line, DelimitedFields.SplitOnBlanks).Should().Equal(expected);

    [Fact]
    public void Split_MoreFieldsThanRanges_CountsThemAll()
    {
        Span<Range> ranges = stackalloc Range[2];

        DelimitedFields.Split("a\tb\tc\td"u8, (byte)'\t', ranges).Should().Be(4);
        DelimitedFields.SplitTabOrCsv("a,b,c"u8, ranges).Should().Be(3);
        DelimitedFields.SplitOnBlanks("a b c"u8, ranges).Should().Be(3);
        ranges[1].Should().Be(new Range(2, 3));
    }

    private delegate int Splitter(ReadOnlySpan<byte> line, Span<Range> ranges);

    private static string[] Fields(string line, Splitter split)
    {
        var bytes = Encoding.ASCII.GetBytes(line);
        var ranges = new Range[16];
        var count = split(bytes, ranges);
        return [.. ranges[..count].Select(r => Encoding.ASCII.GetString(bytes[r]))];
    }
}
