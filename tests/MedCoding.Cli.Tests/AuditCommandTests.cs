using System.Text.Json;

namespace MedCoding.Cli.Tests;

/// <summary><c>medcoding audit</c> and <c>medcoding drg whatif</c> over the embedded MS-DRG tables and ICD-10-CM releases.</summary>
public class AuditCommandTests
{
    private const string Pairs =
        "id\tcoder\tversion\tage\tsex\tdischarge_status\tprocedures\tcoded_pdx\tcoded_pdx_poa\tcoded_sdx\taudited_pdx\taudited_pdx_poa\taudited_sdx\n" +
        "A0001\tC03\t430\t70\tM\t1\t\tJ189\tY\tI509:Y,E119:Y\tJ189\tY\tI5023:Y,E119:Y\n" +
        "A0002\tC03\t430\t70\tM\t1\t\tJ189\tY\tI5021:Y\tJ189\tY\t\n" +
        "A0003\tC01\t430\t70\tM\t1\t\tJ189\tY\tE119:Y\tJ189\tY\tE119:Y\n";

    private static (int ExitCode, string Output, string Error) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = MedCodingCommand.Run(args, new StringReader(stdin), stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Audit_Json_OnePerPairThenTheSummary()
    {
        var (exitCode, output, error) = Run(Pairs, "audit", "-", "--json");

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        (first.GetProperty("id").GetString(), first.GetProperty("coder").GetString()).Should().Be(("A0001", "C03"));
        (first.GetProperty("drgCoded").GetInt32(), first.GetProperty("drgAudited").GetInt32()).Should().Be((195, 193));
        first.GetProperty("shift").GetString().Should().Be("up");
        var summary = JsonDocument.Parse(lines[3]).RootElement.GetProperty("summary");
        summary.GetProperty("drgAgreement").GetDouble().Should().Be(0.333);
        summary.GetProperty("coders").GetProperty("C03").GetProperty("overCoded").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Audit_Text_DifferencesAndRatesPerCoder()
    {
        var (exitCode, output, _) = Run(Pairs, "audit", "-");

        exitCode.Should().Be(0);
        output.Should().Contain("A0002 C03: DRG 193 -> 195 (down)").And.Contain("sdx_removed sdx1: I5021 -> -").And.Contain("C01: 1 encounters");
    }

    [Fact]
    public void DrgWhatIf_Json_EveryChangeWithItsDrg()
    {
        const string cases = "id\tversion\tage\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\nW0001\t431\t70\tM\t1\tJ189\tY\tI509:Y,E119:Y\t\n";

        var (exitCode, output, error) = Run(cases, "drg", "whatif", "-", "--json");

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("id").GetString().Should().Be("W0001");
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().Contain(c => c.GetProperty("change").GetString() == "replace" && c.GetProperty("position").GetString() == "sdx1" && c.GetProperty("to").GetString() == "I5023" && c.GetProperty("drg").GetInt32() == 193);
        changes.Should().Contain(c => c.GetProperty("change").GetString() == "resequence" && c.GetProperty("to").GetString() == "I509" && c.GetProperty("mdc").GetInt32() == 5);
    }

    [Fact]
    public void DrgWhatIf_TextWithLimit_PrintsAtMostThatMany()
    {
        const string cases = "id\tversion\tage\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\nW0001\t431\t70\tM\t1\tJ189\tY\tI509:Y\t\n";

        var (exitCode, output, _) = Run(cases, "drg", "whatif", "-", "--limit", "2");

        exitCode.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("W0001: DRG 195");
        lines.Should().HaveCount(3);
    }

    [Fact]
    public void DrgExplainWhatIf_CaseOnTheCommandLine_ExplanationThenTheChanges()
    {
        var (exitCode, output, error) = Run("", "drg", "explain", "--pdx", "J189:Y", "--sdx", "I509:Y", "--age", "70", "--sex", "M", "--discharge-date", "2025-11-15", "--whatif");

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Should().Contain("case: DRG 195").And.Contain("replace sdx1 I509 -> I5023: DRG 193 MDC 04 (became_mcc)");
    }

    [Fact]
    public void DrgExplainWhatIf_Json_TwoObjects()
    {
        var (exitCode, output, _) = Run("", "drg", "explain", "--pdx", "J189:Y", "--sdx", "I509:Y", "--discharge-date", "2025-11-15", "--sex", "M", "--whatif", "--json");

        exitCode.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("changes").GetArrayLength().Should().BeGreaterThan(0);
    }
}
