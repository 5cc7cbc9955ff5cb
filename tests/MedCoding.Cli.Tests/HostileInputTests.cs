using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

/// <summary>The command line as an attacker or a careless integrator uses it: endless input, impossible values.</summary>
public sealed class HostileInputTests
{
    private static CommandRun Run(TextReader stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = MedCodingCommand.Run(args, stdin, output, error);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }

    // /dev/zero on standard input: each command ends quickly with exit code 2, having read no more than its limit.
    [Theory]
    [InlineData("standard input: the claim JSON is larger than 1 MiB", "scrub", "-")]
    [InlineData("standard input is not a valid 835: segment 1 (ISA)", "remit", "-")]
    [InlineData("standard input: the JSON is larger than 1 MiB", "claim", "837", "-")]
    [InlineData("standard input, line 1: The line is longer than 64 KiB characters.", "drg", "group", "-")]
    [InlineData("standard input, line 1: The line is longer than 64 KiB characters.", "drg", "whatif", "-")]
    [InlineData("standard input, line 1: the line is longer than 64 KiB characters", "lookup")]
    public void EndlessStandardInput_EndsWithExitCode2(string message, params string[] args)
    {
        var endless = HostileInput.EndlessText();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var run = Run(endless, args);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain(message);
        endless.CharsRead.Should().BeLessThanOrEqualTo(300L << 20);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Remit_EndlessStandardInputAfterAnIsa_EndsWithExitCode2()
    {
        var isa = "ISA*00*          *00*          *ZZ*ACME1          *ZZ*VFM001         *251120*0900*^*00501*000000777*0*P*:~";

        var run = Run(HostileInput.EndlessText(isa), "remit", "-");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain("the segment is longer than 64 KiB characters");
    }

    // drg explain with an impossible value: exit code 2, a message naming the option, and never a DRG.
    [Theory]
    [InlineData("--age -5 is out of range: give 0 to 124 years.", "--age", "-5")]
    [InlineData("--age 125 is out of range: give 0 to 124 years.", "--age", "125")]
    [InlineData("--sex 'Q' is not a sex as claims write it: give F, M or U.", "--sex", "Q")]
    [InlineData("--discharge-status '999' is not a patient discharge status code", "--discharge-status", "999")]
    [InlineData("--discharge-status '19' is not a patient discharge status code", "--discharge-status", "19")]
    [InlineData("--procedure '/etc/passwd' is not an ICD-10-PCS code", "--procedure", "/etc/passwd")]
    [InlineData("--sdx '../../x' is not an ICD-10-CM code", "--sdx", "../../x:Y")]
    public void DrgExplain_ImpossibleValue_ExitsWith2NamingTheOption(string message, string option, string value)
    {
        var run = Run(new StringReader(string.Empty), "drg", "explain", "--pdx", "I21.4", option, value);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain(message);
        run.Output.Should().NotContain("DRG");
    }

    [Fact]
    public void DrgExplain_PossibleValues_GroupsAsBefore()
    {
        var run = Run(new StringReader(string.Empty), "drg", "explain", "--pdx", "I21.4", "--age", "0", "--sex", "f", "--discharge-status", "20");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("DRG");
    }

    [Fact]
    public void DrgExplain_DateThatIsNotADate_NamesTheKindOfValueNotADotNetType()
    {
        var run = Run(new StringReader(string.Empty), "drg", "explain", "--pdx", "I21.4", "--discharge-date", "tomorrow");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain("a date written YYYY-MM-DD").And.NotContain("System.").And.NotContain("Nullable");
    }

    [Fact]
    public void Scrub_TwentyThousandDiagnoses_IsRefusedAtOnce()
    {
        var json = "{\"type\":\"professional\",\"dateOfService\":\"2025-11-03\",\"patient\":{\"birthDate\":\"1950-02-01\",\"sex\":\"F\"},\"diagnoses\":["
            + string.Join(',', Enumerable.Repeat("{\"code\":\"E11.65\"}", 20_000)) + "]}";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var run = Run(new StringReader(json), "scrub", "-");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Trim().Should().Be("medcoding: standard input: diagnoses: the claim has 20000 diagnoses; a professional claim (837P) holds at most 12.");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }
}
