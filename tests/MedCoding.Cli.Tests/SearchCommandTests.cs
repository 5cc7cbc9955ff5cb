using System.Text.Json;
using MedCoding.Encoder;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli.Tests;

public sealed class SearchCommandTests
{
    [Fact]
    public void Search_Json_PrintsOneObjectPerQueryWithCodeSourcePathAndStatus()
    {
        var run = CommandRun.OfTool(string.Empty, "search", "diabetes type 2 with hyperglycemia", "--json", "--date", "2025-11-03", "--limit", "3");

        run.ExitCode.Should().Be(0, run.Error);
        run.Lines.Should().ContainSingle();
        using var line = JsonDocument.Parse(run.Lines[0]);
        line.RootElement.GetProperty("query").GetString().Should().Be("diabetes type 2 with hyperglycemia");
        var results = line.RootElement.GetProperty("results");
        results.GetArrayLength().Should().Be(3);
        results[0].GetProperty("code").GetString().Should().Be("E11.65");
        results[0].GetProperty("status").GetString().Should().Be("billable");
        results[0].GetProperty("source").GetString().Should().BeOneOf("index", "tabular");
        results[0].GetProperty("path").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Search_StandardInput_AnswersEachLineAndGivesAHeaderItsBillableCodes()
    {
        var run = CommandRun.OfTool("acetaminophen poisoning accidental\nlung upper lobe neoplasm malignant primary\nresection appendix\n", "search", "--json", "--date", "2025-11-03", "--limit", "1");

        run.ExitCode.Should().Be(0, run.Error);
        run.Lines.Should().HaveCount(3);
        var first = JsonDocument.Parse(run.Lines[0]).RootElement.GetProperty("results")[0];
        first.GetProperty("code").GetString().Should().Be("T39.1X1");
        first.GetProperty("source").GetString().Should().Be("drug");
        first.GetProperty("status").GetString().Should().Be("header");
        first.GetProperty("billableCodes").EnumerateArray().Select(c => c.GetString()).Should().Equal("T39.1X1A", "T39.1X1D", "T39.1X1S");
        JsonDocument.Parse(run.Lines[1]).RootElement.GetProperty("results")[0].GetProperty("code").GetString().Should().Be("C34.1-");
        JsonDocument.Parse(run.Lines[2]).RootElement.GetProperty("results")[0].GetProperty("source").GetString().Should().Be("pcs");
    }

    [Fact]
    public void Search_Text_ShowsWhatAHeaderNeeds()
    {
        var run = CommandRun.OfTool(string.Empty, "search", "acetaminophen poisoning accidental", "--date", "2025-11-03", "--limit", "2");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("T39.1X1").And.Contain("needs 7th-character: T39.1X1A, T39.1X1D, T39.1X1S");
    }

    [Fact]
    public void Search_Overdose_LeadsToTheBillableCodeTheQueryNames()
    {
        var run = CommandRun.OfTool(string.Empty, "search", "overdose of acetaminophen, accidental, initial encounter", "--json", "--date", "2025-11-03", "--limit", "1");

        run.ExitCode.Should().Be(0, run.Error);
        var first = JsonDocument.Parse(run.Lines[0]).RootElement.GetProperty("results")[0];
        first.GetProperty("code").GetString().Should().Be("T39.1X1");
        first.GetProperty("suggested").GetString().Should().Be("T39.1X1A");
    }

    [Fact]
    public void Search_NothingFound_ExitsWithOne()
    {
        var run = CommandRun.OfTool(string.Empty, "search", "qqqqqqqqqqzzzz", "--date", "2025-11-03");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("nothing found");
    }

    [Fact]
    public void Today_PastTheNewestRelease_IsItsLastDayWithANote()
    {
        using var services = CliServices.Build();
        var search = services.GetRequiredService<CodeSearch>();
        var stderr = new StringWriter();

        var date = SearchCommand.Today(new DateOnly(2026, 12, 2), search, stderr);

        date.Should().Be(search.Icd10CmReleases.NewestRelease.EffectiveThrough);
        stderr.ToString().Should().Contain("no ICD-10-CM release here is in force today (2026-12-02)").And.Contain(search.Icd10CmReleases.NewestRelease.Name);
    }

    [Fact]
    public void Today_WithinARelease_IsToday()
    {
        using var services = CliServices.Build();
        var search = services.GetRequiredService<CodeSearch>();
        var stderr = new StringWriter();

        SearchCommand.Today(new DateOnly(2025, 11, 3), search, stderr).Should().Be(new DateOnly(2025, 11, 3));
        stderr.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Search_DateWithoutARelease_Fails()
    {
        var run = CommandRun.OfTool(string.Empty, "search", "diabetes", "--date", "2019-01-01");

        run.ExitCode.Should().Be(2);
    }
}

public sealed class IndexCommandsTests
{
    [Fact]
    public void Index_MainTerm_PrintsItsTreeWithCodes()
    {
        var run = CommandRun.OfTool(string.Empty, "index", "Diabetes");

        run.ExitCode.Should().Be(0, run.Error);
        run.Lines[1].Should().StartWith("Diabetes, diabetic");
        run.Output.Should().Contain("    hyperglycemia E11.65");
    }

    [Fact]
    public void Drug_Substance_PrintsItsRow()
    {
        var run = CommandRun.OfTool(string.Empty, "drug", "acetaminophen");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Poisoning Accidental (unintentional)").And.Contain("T39.1X1");
    }

    [Fact]
    public void Neoplasm_Site_PrintsItsRow()
    {
        var run = CommandRun.OfTool(string.Empty, "neoplasm", "lung, upper lobe");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("upper lobe").And.Contain("C34.1-");
    }

    [Fact]
    public void Index_UnknownTerm_ExitsWithOne()
    {
        CommandRun.OfTool(string.Empty, "index", "Qqqqzzzz").ExitCode.Should().Be(1);
    }
}
