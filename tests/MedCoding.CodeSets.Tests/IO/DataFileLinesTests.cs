using System.Text;
using MedCoding.CodeSets.IO;

namespace MedCoding.CodeSets.Tests.IO;

public class DataFileLinesTests
{
    [Theory]
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })]    // CRLF as CMS publishes
    [InlineData("a\nb", new[] { "a", "b" })]          // LF alone, no final line break
    [InlineData("a\n\nb\n", new[] { "a", "", "b" })]  // an empty line inside is a line
    [InlineData("a\n\n", new[] { "a", "" })]          // a final empty line is yielded, once
    [InlineData("a\r\r\n", new[] { "a\r" })]          // only one CR belongs to the line end
    [InlineData("", new string[0])]
    public void MoveNext_Content_YieldsEveryLineNumberedFromOne(string content, string[] expected)
    {
        var lines = new DataFileLines(Encoding.ASCII.GetBytes(content), "f.txt");
        var read = new List<(int, string)>();
        while (lines.MoveNext())
        {
            read.Add((lines.LineNumber, Encoding.ASCII.GetString(lines.Current)));
        }

        read.Should().Equal(expected.Select((text, i) => (i + 1, text)));
        lines.LineNumber.Should().Be(expected.Length);
        lines.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void AtEnd_TellsTheLastLine()
    {
        var lines = new DataFileLines("a\n\n"u8, "f.txt");

        lines.MoveNext().Should().BeTrue();
        lines.AtEnd.Should().BeFalse();
        lines.MoveNext().Should().BeTrue();
        lines.Current.IsEmpty.Should().BeTrue();
        lines.AtEnd.Should().BeTrue();
    }

    [Fact]
    public void Constructor_LinesBefore_NumbersAChunkOnFromThere()
    {
        var lines = new DataFileLines("x\ny\n"u8, "big.txt", linesBefore: 1000);

        lines.MoveNext();
        lines.MoveNext();

        lines.LineNumber.Should().Be(1002);
        lines.Error("bad").Should().Match<DataFileException>(e => e.FilePath == "big.txt" && e.LineNumber == 1002 && e.Problem == "bad" && e.Message == "big.txt, line 1002: bad");
    }

    [Fact]
    public void WithoutByteOrderMark_RemovesOnlyALeadingMark()
    {
        // ("\xEF\xBB\xBF"u8 would be the UTF-8 of three Latin-1 characters, six bytes, not the mark.)
        DataFileLines.WithoutByteOrderMark([0xEF, 0xBB, 0xBF, (byte)'a']).ToArray().Should().Equal((byte)'a');
        DataFileLines.WithoutByteOrderMark([(byte)'a', 0xEF, 0xBB, 0xBF]).Length.Should().Be(4);
        DataFileLines.WithoutByteOrderMark([0xEF, 0xBB]).Length.Should().Be(2);
    }

    [Fact]
    public void ReadAllBytes_MissingFile_IsADataFileExceptionNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "medcoding-no-such-folder", "order.txt");

        var act = () => DataFileLines.ReadAllBytes(path, "order file");

        var error = act.Should().Throw<DataFileException>().Which;
        error.FilePath.Should().Be(path);
        error.LineNumber.Should().BeNull();
        error.Problem.Should().StartWith("The order file could not be read: ");
        error.InnerException.Should().BeAssignableTo<IOException>();
    }

    [Fact]
    public void ReadAllBytes_Stream_ReadsTheRest()
    {
        using var stream = new MemoryStream("skip|rest"u8.ToArray());
        stream.Position = 5;

        DataFileLines.ReadAllBytes(stream).Should().Equal("rest"u8.ToArray());
    }
}
