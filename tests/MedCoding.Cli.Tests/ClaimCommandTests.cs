using System.CommandLine;
using System.Text.RegularExpressions;

namespace MedCoding.Cli.Tests;

public class ClaimCommandTests
{
    private static readonly string s_samples = Path.Combine(AppContext.BaseDirectory, "samples");

    private static readonly string[] s_envelope =
        ["--sender-id", "VFM001", "--receiver-id", "CLEARHOUSE", "--receiver-name", "ACME CLEARINGHOUSE", "--contact", "BILLING OFFICE", "--phone", "2175550100", "--test"];

    [Theory]
    [InlineData("professional")]
    [InlineData("institutional")]
    public void Run_Claim837_WritesTheSample837(string type)
    {
        var (code, stdout, stderr) = Run(["claim", "837", Path.Combine(s_samples, $"claim-{type}.json"), .. s_envelope]);

        code.Should().Be(0, stderr);
        var expected = File.ReadAllText(Path.Combine(s_samples, $"claim-{type}.837"));
        WithoutTimes(stdout).Should().Be(WithoutTimes(expected));
    }

    [Fact]
    public void Run_Claim837WithOut_WritesTheFile()
    {
        var target = Path.Combine(Path.GetTempPath(), $"claim-{Guid.NewGuid():N}.837");
        try
        {
            var (code, stdout, stderr) = Run(["claim", "837", Path.Combine(s_samples, "claim-professional.json"), "--out", target]);

            code.Should().Be(0);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("wrote 837P");
            var x12 = File.ReadAllText(target);
            x12.Should().StartWith("ISA*00*").And.Contain("*ZZ*371234567      *ZZ*ACME1          *").And.Contain("PER*IC*VALLEY FAMILY MEDICINE*TE*0000000000~");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void Run_Claim837WithAFixedClock_StampsTheEnvelope()
    {
        var stdout = new StringWriter();
        var command = ClaimCommand.Create(stdout, new StringWriter(), new FixedClock(new DateTimeOffset(2025, 11, 5, 14, 30, 0, TimeSpan.Zero)));
        var root = new RootCommand { command };

        root.Parse(["claim", "837", Path.Combine(s_samples, "claim-professional.json")]).Invoke().Should().Be(0);

        stdout.ToString().Should().Contain("*251105*1430*^*00501*").And.Contain("BHT*0019*00*0000000010001*20251105*1430*CH~");
    }

    [Fact]
    public void Run_Claim837BadJson_FailsNamingTheFieldWithoutPatientData()
    {
        var json = File.ReadAllText(Path.Combine(s_samples, "claim-professional.json")).Replace("\"memberId\"", "\"memberID\"", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"claim-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var (code, stdout, stderr) = Run(["claim", "837", path]);

            code.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("subscriber.memberID: unknown field.").And.NotContain("XYZ123456789").And.NotContain("DOE");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_Claim837OutToAMissingFolder_Fails()
    {
        var (code, _, stderr) = Run(["claim", "837", Path.Combine(s_samples, "claim-professional.json"), "--out", Path.Combine(s_samples, "no-such-folder", "x.837")]);

        code.Should().Be(2);
        stderr.Should().Contain("cannot write x.837: DirectoryNotFoundException.");
    }

    [Fact]
    public void Run_Claim837MissingFile_Fails()
    {
        var (code, _, stderr) = Run(["claim", "837", Path.Combine(s_samples, "missing.json")]);

        code.Should().Be(2);
        stderr.Should().Contain("cannot read missing.json");
    }

    [Fact]
    public void Run_Claim837UnwritableClaim_FailsNamingTheElement()
    {
        var (code, _, stderr) = Run(["claim", "837", Path.Combine(s_samples, "claim-professional.json"), "--phone", "217*555"]);

        code.Should().Be(2);
        stderr.Should().Contain("1000A PER-04: contains an X12 delimiter");
    }

    [Fact]
    public void Run_Help_ListsClaimAndRemit()
    {
        var (_, stdout, _) = Run(["--help"]);

        stdout.Should().Contain("claim").And.Contain("remit");
    }

    internal static (int Code, string Stdout, string Stderr) Run(string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = MedCodingCommand.Run(args, new StringReader(string.Empty), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // The interchange date and time (ISA09/10, GS04/05, BHT04/05) are the time of writing.
    private static string WithoutTimes(string x12) =>
        Regex.Replace(
            Regex.Replace(Regex.Replace(x12, @"\*\d{6}\*\d{4}\*\^", "*YYMMDD*HHMM*^"), @"^(GS\*HC\*[^*]*\*[^*]*)\*\d{8}\*\d{4}", "$1*DATE*TIME", RegexOptions.Multiline),
            @"^(BHT\*0019\*00\*\d+)\*\d{8}\*\d{4}",
            "$1*DATE*TIME",
            RegexOptions.Multiline);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
