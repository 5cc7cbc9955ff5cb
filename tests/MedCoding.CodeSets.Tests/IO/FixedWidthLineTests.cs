using System.Text;
using MedCoding.CodeSets.IO;

namespace MedCoding.CodeSets.Tests.IO;

public class FixedWidthLineTests
{
    //                                       1234567890123456
    private static readonly byte[] s_line = "00001 A00    1 X"u8.ToArray();

    [Fact]
    public void Columns_OneBasedInclusiveRanges()
    {
        var line = new FixedWidthLine(s_line, "order.txt", 7);

        Encoding.ASCII.GetString(line.Columns(1, 5, "the order number")).Should().Be("00001");
        Encoding.ASCII.GetString(line.Columns(7, 13, "the code")).Should().Be("A00    ");
        Encoding.ASCII.GetString(line.ColumnsFrom(16, "the title")).Should().Be("X");
        line.Char(15).Should().Be(' ');
        line.Char(14).Should().Be('1');
        line.Length.Should().Be(16);
    }

    [Fact]
    public void Columns_PastTheEnd_NamesFileLineAndExpectedColumns()
    {
        Action act = () => new FixedWidthLine(s_line, "order.txt", 7).Columns(15, 20, "the flag and title");

        var error = act.Should().Throw<DataFileException>().Which;
        error.FilePath.Should().Be("order.txt");
        error.LineNumber.Should().Be(7);
        error.Problem.Should().Be("Columns 15-20 (the flag and title) are expected, but the line ends at column 16.");
    }

    [Fact]
    public void ColumnsFrom_PastTheEnd_NamesTheColumn()
    {
        Action act = () => new FixedWidthLine(s_line, "order.txt", 7).ColumnsFrom(78, "the long description");

        act.Should().Throw<DataFileException>().Which.Problem.Should().Be("Column 78 on (the long description) is expected, but the line ends at column 16.");
    }

    [Fact]
    public void RawAndText_PastTheEnd_ReadAsBlanks()
    {
        var line = new FixedWidthLine(s_line, "f", 1);

        line.Raw(15, 18).Should().Be(" X  ");
        line.Text(15, 18).Should().Be("X");
        line.OptionalText(17, 30).Should().BeNull();
        line.Char(100).Should().Be(' ');
    }

    [Fact]
    public void Number_DigitsOnly()
    {
        new FixedWidthLine(s_line, "f", 1).Number(1, 5, "the order number").Should().Be(1);

        var act = () => new FixedWidthLine(s_line, "f", 2).Number(5, 8, "the order number");

        act.Should().Throw<DataFileException>().Which.Problem.Should().Be("Columns 5-8 (the order number) must be digits, not '1 A0'.");
    }

    [Theory]
    [InlineData(null, "Column 7 must be blank.")]
    [InlineData("columns 6-10 are filler", "Column 7 must be blank: columns 6-10 are filler.")]
    public void ExpectBlank_NotBlank_NamesTheColumn(string? why, string problem)
    {
        var act = () => new FixedWidthLine(s_line, "f", 3).ExpectBlank(6, 10, why);

        act.Should().Throw<DataFileException>().Which.Should().Match<DataFileException>(e => e.LineNumber == 3 && e.Problem == problem);
    }

    [Fact]
    public void ExpectBlank_PastTheEnd_IsBlank() => new FixedWidthLine(s_line, "f", 1).ExpectBlank(17, 320, "filler");

    [Fact]
    public void FindNonPrintableAscii_GivesTheColumn()
    {
        new FixedWidthLine(s_line, "f", 1).FindNonPrintableAscii().Should().Be(0);
        new FixedWidthLine("ab\tc"u8, "f", 1).FindNonPrintableAscii().Should().Be(3);
        new FixedWidthLine("café"u8, "f", 1).FindNonPrintableAscii().Should().Be(4);
    }

    [Fact]
    public void Error_PrefixesTheColumnUnlessTheProblemNamesIt()
    {
        var line = new FixedWidthLine(s_line, "f", 4);

        line.Error(11, "bad record type").Message.Should().Be("f, line 4: Column 11: bad record type");
        line.Error(11, "Column 11 must be 3.").Problem.Should().Be("Column 11 must be 3.");
        line.Error("whole line").Problem.Should().Be("whole line");
    }
}
