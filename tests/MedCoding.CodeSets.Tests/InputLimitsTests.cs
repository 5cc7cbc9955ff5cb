using System.Text;
using MedCoding.Testing;

namespace MedCoding.CodeSets.Tests;

public class InputLimitsTests
{
    [Fact]
    public void TryReadAll_EndlessStream_StopsOneBytePastTheLimit()
    {
        var endless = HostileInput.Endless();

        InputLimits.TryReadAll(endless, 1000, out var content).Should().BeFalse();

        content.Should().BeEmpty();
        endless.BytesRead.Should().BeLessThanOrEqualTo(1 << 16, "no more than one buffer past the limit is read");
    }

    [Fact]
    public void TryReadAll_StreamWithinTheLimit_GivesEveryByte()
    {
        InputLimits.TryReadAll(new MemoryStream([1, 2, 3]), 3, out var content).Should().BeTrue();

        content.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void TryReadToEnd_EndlessReader_StopsOneCharacterPastTheLimit()
    {
        var endless = HostileInput.EndlessText();

        InputLimits.TryReadToEnd(endless, 10_000, out _).Should().BeFalse();

        endless.CharsRead.Should().Be(10_001);
    }

    [Fact]
    public void ReadLine_EndlessLine_IsTooLongAfterTheLimit()
    {
        var endless = HostileInput.EndlessText();

        InputLimits.ReadLine(endless, InputLimits.LineChars, out var tooLong).Should().BeNull();

        tooLong.Should().BeTrue();
        endless.CharsRead.Should().Be(InputLimits.LineChars + 1);
    }

    [Fact]
    public void ReadLine_EveryLineEnd_EndsALine()
    {
        var reader = new StringReader("a\r\nb\nc\rd");

        var lines = new List<string?>();
        while (InputLimits.ReadLine(reader, 10, out _) is { } line)
        {
            lines.Add(line);
        }

        lines.Should().Equal("a", "b", "c", "d");
    }

    [Theory]
    [InlineData(1L << 20, "1 MiB")]
    [InlineData(64L << 10, "64 KiB")]
    [InlineData(1L << 30, "1 GiB")]
    [InlineData(1000L, "1000")]
    public void Describe_GivesTheLargestUnit(long size, string expected) => InputLimits.Describe(size).Should().Be(expected);

    [Fact]
    public void ClaimFormLimits_AreThe837s()
    {
        // 837P loop 2300 HI: 12 diagnoses; loop 2400: 50 lines. 837I: HI*ABK + two HI*ABF of 12; two HI*BBQ of 12 + HI*BBR; 999 lines.
        (InputLimits.ProfessionalDiagnoses, InputLimits.ProfessionalLines).Should().Be((12, 50));
        (InputLimits.InstitutionalDiagnoses, InputLimits.InstitutionalProcedures, InputLimits.InstitutionalLines).Should().Be((25, 25, 999));
        (InputLimits.DrgSecondaryDiagnoses, InputLimits.DrgProcedures).Should().Be((24, 25));
    }

    [Fact]
    public void TextFileLines_EndlessInput_IsADataFileExceptionNamingTheLine()
    {
        var lines = new MedCoding.CodeSets.IO.TextFileLines(HostileInput.EndlessText("header\n"), "cases.tsv");

        lines.ReadLine().Should().Be("header");
        var act = () => lines.ReadLine();

        act.Should().Throw<DataFileException>().Which.Message.Should().Be("cases.tsv, line 2: The line is longer than 64 KiB characters.");
    }

    [Fact]
    public void TextFileLines_InputPastItsLimit_IsRefused()
    {
        var lines = new MedCoding.CodeSets.IO.TextFileLines(new StringReader(HostileInput.Repeat("0123456789\n", 1000)), "cases.tsv", maxChars: 100);

        var act = () =>
        {
            while (lines.ReadLine() is not null)
            {
            }
        };

        act.Should().Throw<DataFileException>().WithMessage("cases.tsv, line 10: The input is longer than 100 characters.");
    }
}
