using System.Text.Json;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

public class DrgCommandTests
{
    private static readonly string s_data = OfficialData.Path("msdrg", "v43");

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = MedCodingCommand.Run(args, new StringReader(""), stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Group_ExpectedCasesFileAsJson_OneObjectPerCaseInInputOrderAllAgreeing()
    {
        var file = Path.Combine(s_data, "cases", "cases-430.tsv");

        var (exitCode, output, error) = Run("drg", "group", file, "--json", "--data", s_data);

        exitCode.Should().Be(0);
        error.Should().Contain("1000 of 1000 cases agree");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(1000);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("line").GetInt32().Should().Be(2);
        first.RootElement.GetProperty("drg").GetInt32().Should().Be(717);
        first.RootElement.GetProperty("mdc").GetInt32().Should().Be(12);
        first.RootElement.GetProperty("returnCode").GetString().Should().Be("OK");
    }

    [Fact]
    public void Group_FileWithoutExpectedColumns_TabSeparatedResults()
    {
        var file = Path.Combine(Path.GetTempPath(), $"medcoding-drg-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, "age\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\tdischarge_date\n70\tM\t1\tV0001XA\tY\t\t\t2026-05-01\n70\tM\t1\tJ189\tY\tI5021:Y\t\t2026-05-01\n");
        try
        {
            var (exitCode, output, _) = Run("drg", "group", file, "--data", s_data);

            exitCode.Should().Be(0);
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
                "line\tversion\tdrg\tmdc\treturn_code\ttype\ttitle",
                "2\tv43.1\t999\t00\tDX_CANNOT_BE_PDX\tNA\tUngroupable",
                "3\tv43.1\t193\t04\tOK\tMEDICAL\tSimple Pneumonia and Pleurisy with MCC");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Explain_CaseFromOptions_ShowsTheExclusionsAndThePath()
    {
        var (exitCode, output, _) = Run("drg", "explain", "--pdx", "J189", "--sdx", "J150:Y", "--sdx", "S72001A:N", "--procedure", "0SRC0JZ", "--data", s_data);

        exitCode.Should().Be(0);
        output.Should().Contain("DRG 983 Extensive O.R. Procedures Unrelated to Principal Diagnosis without CC/MCC")
            .And.Contain("J150:Y       MCC  excluded: on the principal diagnosis's CC exclusion list")
            .And.Contain("S72001A:N    MCC  excluded: hospital-acquired condition not present on admission (HAC 5)")
            .And.Contain("Procedure that drove the surgical DRG: 0SRC0JZ")
            .And.Contain("MDC 04 rank 11: (d468 | d477) -> reroute to MDC 29");
    }

    [Fact]
    public void Group_MalformedCaseFile_FailsNamingTheLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"medcoding-drg-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, "age\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\nseventy\tM\t1\tJ189\tY\t\t\n");
        try
        {
            var (exitCode, _, error) = Run("drg", "group", file, "--data", s_data);

            exitCode.Should().Be(2);
            error.Should().Be($"medcoding: {file}, line 2: The 'age' cell 'seventy' is not a whole number.{Environment.NewLine}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("-5\tM\t1\tJ189\tY\t\t", "The 'age' cell is out of range: a case gives 0 to 124 years.")]                                       // impossible age
    [InlineData("70\tQ\t1\tJ189\tY\t\t", "The 'sex' cell is not a sex as claims write it: F, M or U.")]                                          // no such sex
    [InlineData("70\tM\t999\tJ189\tY\t\t", "The 'discharge_status' cell is not a patient discharge status code of CMS's table (01 home, 20 expired, 30 still a patient ...).")] // three digits
    [InlineData("70\tM\t42\tJ189\tY\t\t", "The 'discharge_status' cell is not a patient discharge status code of CMS's table (01 home, 20 expired, 30 still a patient ...).")]  // two digits, not in CMS's table
    [InlineData("70\tM\t1\t/etc/passwd\tY\t\t", "The 'pdx' code '/etc/passwd' is not an ICD-10-CM code:")]                                       // a path as a code
    [InlineData("70\tM\t1\tJ189\tY\t\t0SRC0IZ", "The 'procedures' code '0SRC0IZ' is not an ICD-10-PCS code:")]                                   // PCS has no letter I
    public void Group_ImpossibleValue_FailsWithExitCode2NamingTheLine(string line, string problem)
    {
        // The same checks as drg explain's options (DrgCaseValues), the discharge status against the same table.
        var file = Path.Combine(Path.GetTempPath(), $"medcoding-drg-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, $"age\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\n70\tF\t1\tJ189\tY\t\t\n{line}\n");
        try
        {
            var (exitCode, output, error) = Run("drg", "group", file, "--data", s_data);

            exitCode.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"medcoding: {file}, line 3: {problem}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Explain_NoCase_FailsSayingWhatToGive()
    {
        var (exitCode, _, error) = Run("drg", "explain", "--data", s_data);

        exitCode.Should().Be(2);
        error.Should().Contain("give a case file, or the case with --pdx");
    }

    [Theory]
    [InlineData(null, "v43.1")]    // neither a version nor a discharge date on the line: the newest version
    [InlineData("43.0", "v43.0")]  // as written
    [InlineData("430", "v43.0")]   // as CMS writes it
    [InlineData("v43.1", "v43.1")]
    public void Group_LineWithoutVersionOrDate_VersionOptionResolvedThroughTheSchedule(string? version, string expected)
    {
        var file = WriteCases("age\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\n70\tM\t1\tJ189\tY\tI5021:Y\t\n");
        try
        {
            var (exitCode, output, _) = Run(version is null ? ["drg", "group", file, "--data", s_data] : ["drg", "group", file, "--data", s_data, "--version", version]);

            exitCode.Should().Be(0);
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Should().Be($"2\t{expected}\t193\t04\tOK\tMEDICAL\tSimple Pneumonia and Pleurisy with MCC");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Group_VersionNotInTheData_FailsNamingTheVersions()
    {
        var file = WriteCases("age\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\n70\tM\t1\tJ189\tY\t\t\n");
        try
        {
            var (exitCode, _, error) = Run("drg", "group", file, "--data", s_data, "--version", "44.0");

            exitCode.Should().Be(2);
            error.Should().Be($"medcoding drg group: --version 44.0 is not a version of the data; it has 43.0, 43.1.{Environment.NewLine}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Group_DischargeDateNoVersionCovers_FailsNamingTheLine()
    {
        var file = WriteCases("age\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\tdischarge_date\n70\tM\t1\tJ189\tY\t\t\t2026-05-01\n70\tM\t1\tJ189\tY\t\t\t2015-06-30\n");
        try
        {
            var (exitCode, _, error) = Run("drg", "group", file, "--data", s_data);

            exitCode.Should().Be(2);
            error.Should().StartWith($"medcoding: {file}, line 3: No MS-DRG release known here is in force on 2015-06-30: it is before the first, MS-DRG v43.0 (2025-10-01 to 2026-03-31).");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("2026-03-31", "MS-DRG v43.0")] // the last day of v43.0
    [InlineData("2026-04-01", "MS-DRG v43.1")]
    public void Explain_DischargeDate_VersionInForce(string date, string version)
    {
        var (exitCode, output, _) = Run("drg", "explain", "--pdx", "J189", "--discharge-date", date, "--data", s_data);

        exitCode.Should().Be(0);
        output.Should().StartWith($"{version}: DRG 195");
    }

    private static string WriteCases(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"medcoding-drg-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, text);
        return file;
    }
}
