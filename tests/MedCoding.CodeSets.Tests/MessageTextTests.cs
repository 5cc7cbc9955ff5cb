using MedCoding.Testing;

namespace MedCoding.CodeSets.Tests;

public class MessageTextTests
{
    [Theory]
    [InlineData("E11.65", "'E11.65'")]            // a short, clean value is quoted as is
    [InlineData("a\rb\nc\td\0e", @"'a\rb\nc\td\0e'")] // control characters are escaped, never written raw
    [InlineData("\u001B[31m", @"'\u001B[31m'")]   // an ANSI escape cannot colour or move a terminal
    [InlineData("a\u2028b", @"'a\u2028b'")]        // nor can a Unicode line separator break the line
    [InlineData(null, "(none)")]                    // a missing value says so
    public void Quote_EscapesControlCharacters(string? value, string expected) =>
        MessageText.Quote(value).Should().Be(expected);

    [Fact]
    public void Quote_LongValue_IsCutWithAnEllipsis()
    {
        var quoted = MessageText.Quote(new string('x', 5_000));

        quoted.Should().Be("'" + new string('x', MessageText.MaxValueLength) + "\u2026'");
    }

    [Fact]
    public void Quote_Utf8Bytes_DecodesOnlyWhatIsShown()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(new string('é', 1_000_000));

        MessageText.Quote((ReadOnlySpan<byte>)bytes).Should().Be("'" + new string('é', MessageText.MaxValueLength) + "\u2026'");
    }

    [Fact]
    public void Line_OneMegabyteMessage_IsOneLineOfAtMostTheLimit()
    {
        var message = HostileInput.Repeat("<name>A00</name>\r\n", 1 << 20);

        var line = MessageText.Line(message);

        line.Should().NotContainAny("\r", "\n");
        line.Length.Should().BeLessThanOrEqualTo(MessageText.MaxMessageLength + 1);
        line.Should().EndWith("\u2026");
    }

    [Fact]
    public void Line_SafeShortMessage_IsTheSameInstance()
    {
        const string Message = "order file, line 3: The line is empty.";

        MessageText.Line(Message).Should().BeSameAs(Message);
    }

    [Fact]
    public void DataFileException_ProblemFromInput_IsOneBoundedLine()
    {
        var e = new DataFileException("order.txt", 7, "bad \r\n" + new string('x', 1_000_000));

        e.Message.Should().StartWith(@"order.txt, line 7: bad \r\n");
        e.Message.Length.Should().BeLessThanOrEqualTo(MessageText.MaxMessageLength + 1);
        e.Problem.Should().NotContain("\r");
    }

    [Theory]
    [InlineData(typeof(FileNotFoundException), "the file does not exist")]
    [InlineData(typeof(UnauthorizedAccessException), "access to it is denied (or it is a folder)")]
    public void DescribeIOError_IsOurWordsNotDotNets(Type type, string expected) =>
        MessageText.DescribeIOError((Exception)Activator.CreateInstance(type, "Could not find file '/secret/patient-list.txt'.")!).Should().Be(expected);
}
