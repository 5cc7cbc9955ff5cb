using System.Text.Json;
using MedCoding.Cli;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

/// <summary>
/// The commands of issue 3, run in process: <c>lookup</c> over the embedded releases (newest, or by <c>--date</c>) and
/// over a compiled file (<c>--snapshot</c>), <c>data compile</c>, and <c>diff</c>.
/// </summary>
public sealed class ReleaseCommandsTests
{
    [Fact]
    public void Lookup_NoDataOption_UsesTheNewestEmbeddedRelease()
    {
        var (exitCode, output, _) = Run("lookup", "E11.65", "--json");

        exitCode.Should().Be(ExitCodes.Success);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("release").GetString().Should().Be("2026");
        json.GetProperty("title").GetString().Should().Be("Type 2 diabetes mellitus with hyperglycemia");
    }

    [Theory]
    [InlineData("2021-03-01", "2021")] // FY2021, with its Tabular List
    [InlineData("2025-03-01", "2025")] // FY2025 before the April update
    [InlineData("2025-05-01", "2025-04")] // the April 2025 update
    [InlineData("2025-11-01", "2026")]
    public void Lookup_Date_UsesTheReleaseInForceThatDay(string date, string release)
    {
        var (exitCode, output, _) = Run("lookup", "E11.9", "--date", date, "--json");

        exitCode.Should().Be(ExitCodes.Success);
        JsonDocument.Parse(output).RootElement.GetProperty("release").GetString().Should().Be(release);
    }

    [Fact]
    public void Lookup_CodeNotYetValidOnDate_NamesTheReleaseAsked()
    {
        var (exitCode, output, _) = Run("lookup", "E11.A", "--date", "2025-03-01", "--json");

        exitCode.Should().Be(ExitCodes.NotFound);
        output.Trim().Should().Be("""{"code":"E11.A","found":false,"error":"E11.A is not a code in ICD-10-CM FY2025 (2024-10-01 to 2025-03-31), the release in force on 2025-03-01."}""");
    }

    [Theory]
    [InlineData("2023-06-01", "it is between ICD-10-CM FY2021")] // the gap FY2022-FY2024
    [InlineData("2026-10-01", "it is after the last, ICD-10-CM FY2026")]
    [InlineData("2019-01-01", "it is before the first, ICD-10-CM FY2021")]
    public void Lookup_DateWithoutRelease_FailsWithoutGuessing(string date, string where)
    {
        var (exitCode, output, error) = Run("lookup", "E11.9", "--date", date);

        exitCode.Should().Be(ExitCodes.Failure);
        output.Should().BeEmpty();
        error.Should().StartWith($"medcoding: No ICD-10-CM release known here is in force on {date}: {where}");
    }

    [Fact]
    public void Lookup_BadDate_Fails()
    {
        var (exitCode, _, error) = Run("lookup", "E11.9", "--date", "03/01/2025");

        exitCode.Should().Be(ExitCodes.Failure);
        error.Should().Contain("YYYY-MM-DD");
    }

    [Fact]
    public void DataCompile_ThenLookupSnapshot_AnswersFromTheCompiledFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-{Guid.NewGuid():N}.mcd");
        try
        {
            var compile = Run("data", "compile", "--data", OfficialData.Path("icd10cm", "2021"), "--out", path);
            compile.ExitCode.Should().Be(ExitCodes.Success, compile.Error);
            compile.Output.Should().StartWith("ICD-10-CM FY2021: 72621 billable codes, 22737 headers, 22 chapters, 296 blocks -> ");

            var lookup = Run("lookup", "O09.A", "--snapshot", path, "--json");

            lookup.ExitCode.Should().Be(ExitCodes.Success);
            var json = JsonDocument.Parse(lookup.Output).RootElement;
            json.GetProperty("release").GetString().Should().Be("2021");
            json.GetProperty("ancestors").EnumerateArray().Select(a => a.GetString()).Should().Equal("O09", "O09", "15");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lookup_CorruptedSnapshot_FailsWithTheReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-{Guid.NewGuid():N}.mcd");
        File.WriteAllText(path, "not a compiled file");
        try
        {
            var (exitCode, _, error) = Run("lookup", "E11.9", "--snapshot", path);

            exitCode.Should().Be(ExitCodes.Failure);
            error.Should().Contain("is not a MedCoding compiled data file");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lookup_DataAndSnapshot_Fails()
    {
        var (exitCode, _, error) = Run("lookup", "E11.9", "--data", OfficialData.Path("icd10cm", "2026"), "--snapshot", "x.mcd");

        exitCode.Should().Be(ExitCodes.Failure);
        error.Should().Contain("not both");
    }

    [Fact]
    public void Diff_Json_PrintsOneObjectPerChangeAsTheAddendaCountThem()
    {
        var (exitCode, output, _) = Run("diff", "--from", "2025", "--to", "2026", "--json");

        exitCode.Should().Be(ExitCodes.Success);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(703);
        lines.Should().Contain("""{"change":"added","code":"E72.530","billable":true,"title":"Primary hyperoxaluria, type 1"}""");
        lines.Should().Contain("""{"change":"deleted","code":"E72.53","billable":true,"title":"Primary hyperoxaluria"}""");
        lines.Should().Contain("""{"change":"added","code":"E72.53","billable":false,"title":"Primary hyperoxaluria"}""");
        lines.Should().Contain("""{"change":"revised","code":"M24.076","billable":true,"title":"Loose body in unspecified toe joint(s)","previousTitle":"Loose body in unspecified toe joints"}""");
        var changes = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        changes.GroupBy(c => (c.GetProperty("change").GetString(), c.GetProperty("billable").GetBoolean())).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<(string?, bool), int>
            {
                [("added", true)] = 487,
                [("added", false)] = 143,
                [("deleted", true)] = 28,
                [("revised", true)] = 38,
                [("revised", false)] = 7,
            });
    }

    [Fact]
    public void Diff_Text_EndsWithTheCounts()
    {
        var (exitCode, output, _) = Run("diff", "--from", "FY2025", "--to", "FY2026");

        exitCode.Should().Be(ExitCodes.Success);
        output.TrimEnd().Split(Environment.NewLine)[^1].Should().Be(
            "ICD-10-CM FY2025 -> ICD-10-CM FY2026: codes: 487 added, 28 deleted, 38 revised; headers: 143 added, 0 deleted, 7 revised");
    }

    [Fact]
    public void Diff_UnknownRelease_Fails()
    {
        var (exitCode, _, error) = Run("diff", "--from", "2019", "--to", "2026");

        exitCode.Should().Be(ExitCodes.Failure);
        error.Should().Contain("'2019' is neither an embedded release (2021, 2025, 2025-04, 2026)");
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var input = new StringReader(string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = MedCodingCommand.Run(args, input, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
