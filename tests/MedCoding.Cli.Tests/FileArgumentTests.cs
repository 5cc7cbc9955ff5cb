namespace MedCoding.Cli.Tests;

/// <summary>An empty file name is a command-line error, not a crash (found by the fuzz harness, tests/MedCoding.Fuzz).</summary>
public sealed class FileArgumentTests
{
    [Theory]
    [InlineData("drg", "explain", "--pdx", "A419", "")] // the input the replay found: a trailing empty argument
    [InlineData("drg", "group", "")]
    [InlineData("drg", "whatif", "")]
    [InlineData("mce", "")]
    [InlineData("scrub", "")]
    [InlineData("audit", " ")]
    public void Run_EmptyFileName_FailsNamingTheArgument(params string[] args)
    {
        var run = CommandRun.OfTool("", args);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().Contain("name is empty: give a path, or '-' for standard input.").And.NotContain("   at ");
    }
}
