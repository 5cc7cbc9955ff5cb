using System.Text;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

/// <summary>
/// <c>medcoding mce</c> over CMS's 5,000 MCE 43.1 cases (<c>msdrg/v43/mce/cases/cases-mce-431.tsv</c>) and over small files
/// with bad rows, bad headers and standard input.
/// </summary>
public sealed class MceCommandTests
{
    private const string Header = "id\tdischarge_date\tage\tsex\tdischarge_status\tlos\tadmit_dx\tpdx\tpdx_poa\tsdx\tprocedures";

    private static readonly string s_cases = OfficialData.Path("msdrg", "v43", "mce", "cases", "cases-mce-431.tsv");

    private static readonly Lazy<string[]> s_lines = new(() => File.ReadAllLines(s_cases));

    [Fact]
    public void Mce_OfficialCasesAsJson_EachLineIsTheExpectedResultOfItsCaseInInputOrder()
    {
        // Written as the tool writes it: UTF-8 bytes straight into standard output's stream.
        var run = CommandRun.OfStdoutStream(new OfficialReleases(), "", "mce", s_cases, "--json");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        var expected = ExpectedJsonLines();
        expected.Should().HaveCount(5000);
        run.Output.Should().EndWith("\n");
        var lines = run.Output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(5000);
        var differing = Enumerable.Range(0, lines.Length).Where(i => lines[i] != expected[i]).ToList();
        differing.Should().BeEmpty("line {0} should be {1} but is {2}", differing.Select(i => i + 1).FirstOrDefault(),
            differing.Select(i => expected[i]).FirstOrDefault(), differing.Select(i => lines[i]).FirstOrDefault());
    }

    [Fact]
    public void Mce_JsonToATextWriter_SameLinesAsToTheByteStream()
    {
        var file = WriteCases([Header, .. CasesById("D00002", "D00003", "D00009", "D00010")]);
        try
        {
            var text = CommandRun.OfTool("", "mce", file, "--json");
            var bytes = CommandRun.OfStdoutStream(new OfficialReleases(), "", "mce", file, "--json");

            text.ExitCode.Should().Be(0);
            text.Output.Should().Be(bytes.Output);
            text.Lines[0].Should().Be("""{"id":"D00002","editType":"PREPAYMENT","claimEdits":{"NON_COVERED":1},"codeEdits":[{"position":"px1","code":"0FYG0Z0","edits":["NON_COVERED"]}]}""");
            text.Lines[2].Should().Be("""{"id":"D00009","editType":"NONE","claimEdits":{},"codeEdits":[{"position":"adx","code":"H02035","edits":["AGE_CONFLICT(ADULT)"]}]}""");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_Check_EveryOfficialCaseAgrees()
    {
        var run = CommandRun.OfTool("", "mce", s_cases, "--check", "--json");

        run.ExitCode.Should().Be(0);
        run.Error.Should().Be($"medcoding mce: 5,000 of 5,000 cases agree with the expected edit type, claim edits and code edits.{Environment.NewLine}");
    }

    [Fact]
    public void Mce_ByDischargeDate_SameResultsAsTheNewestReleaseWhileOnlyOneIsEmbedded()
    {
        var run = CommandRun.OfTool("", "mce", s_cases, "--check", "--by-discharge-date");

        run.ExitCode.Should().Be(0);
        run.Error.Should().Contain("5,000 of 5,000 cases agree");
    }

    [Fact]
    public void Mce_CheckWithADifferentExpectedResult_ReportsTheLineAndThePartsWithoutCodesAndExitsOne()
    {
        // D00002 is PREPAYMENT, NON_COVERED=1, px1:0FYG0Z0=NON_COVERED; its expected columns are changed to another result.
        var d00002 = CasesById("D00002")[0].Split('\t');
        d00002[^3] = "NONE";
        d00002[^2] = string.Empty;
        d00002[^1] = "pdx:S72002H=UNSPECIFIED";
        var file = WriteCases(s_lines.Value[0], CasesById("D00001")[0], string.Join('\t', d00002));
        try
        {
            var run = CommandRun.OfTool("", "mce", file, "--check", "--json");

            run.ExitCode.Should().Be(1);
            run.Lines.Should().HaveCount(2, "a case that differs is still printed");
            run.Error.Should().Be(
                $"medcoding mce: {file}, line 3: differs from the expected result: edit type PREPAYMENT, expected NONE; claim edits NON_COVERED=1, expected (none); code edits px1=NON_COVERED, expected pdx=UNSPECIFIED.{Environment.NewLine}" +
                $"medcoding mce: 1 of 2 cases agree with the expected edit type, claim edits and code edits; 1 differ.{Environment.NewLine}");
            run.Error.Should().NotContain("0FYG0Z0").And.NotContain("S72002H").And.NotContain("D00002");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_CheckOnAFileWithoutExpectedColumns_FailsNamingTheColumns()
    {
        var file = WriteCases(Header, "C1\t20260115\t70\tM\t1\t3\t\tJ189\tY\t\t");
        try
        {
            var run = CommandRun.OfTool("", "mce", file, "--check");

            run.ExitCode.Should().Be(2);
            run.Output.Should().BeEmpty();
            run.Error.Should().Be($"medcoding mce: --check needs the columns expected_edit_type, expected_claim_edits and expected_code_edits; {file} has not all of them.{Environment.NewLine}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_Text_OneBlockPerCaseWithTheVersionTheEditsAndEachCode()
    {
        var file = WriteCases([Header, .. CasesById("D00001", "D00003", "D00009", "D00010", "D00087")]);
        try
        {
            var run = CommandRun.OfTool("", "mce", file);

            run.ExitCode.Should().Be(0);
            run.Output.ReplaceLineEndings("\n").Should().Be(
                """
                Case D00001 (line 2), MCE v43.1
                  Edit type:   NONE
                  Claim edits: none
                  Code edits:  none

                Case D00003 (line 3), MCE v43.1
                  Edit type:   PREPAYMENT (the claim is returned to the hospital before payment)
                  Claim edits: E_CODE_AS_PDX 1, INVALID_CODE 1, NON_COVERED 1, WRONG_PROCEDURE_PERFORMED 1
                  Code edits:  pdx    Y6552      E_CODE_AS_PDX, WRONG_PROCEDURE_PERFORMED
                               px2    0DFLXZZ    NON_COVERED
                               px3    T433X3A    INVALID_CODE

                Case D00009 (line 4), MCE v43.1
                  Edit type:   NONE
                  Claim edits: none
                  Code edits:  adx    H02035     AGE_CONFLICT(ADULT) (not counted)

                Case D00010 (line 5), MCE v43.1
                  Edit type:   INVALID_DISCHARGE_DATE (the discharge date is missing or outside the dates MCE v43.1 edits: no edit was applied)
                  Claim edits: none
                  Code edits:  none

                Case D00087 (line 6), MCE v43.1
                  Edit type:   NONE
                  Claim edits: INVALID_ADMIT_DX 1
                  Code edits:  adx    XCRCRE     INVALID_ADMIT_DX


                """.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_BadRows_EachReportedByFileAndLineAndSkippedTheOthersEditedExitOne()
    {
        var file = WriteCases(
            Header,
            "G1\t20260115\t70\tM\t1\t3\t\tN400\tY\t\t",
            "B1\t20260115\tseventy\tM\t1\t3\t\tN400\tY\t\t",       // age not a number
            "B2\t20260115\t70\tQ\t1\t3\t\tN400\tY\t\t",            // sex neither M, F, U nor a number
            "",                                                     // blank: not a row
            "B3\t20260115\t70\tM\thome\t3\t\tN400\tY\t\t",         // discharge status not a number
            "B4\t20260115\t70\tM\t1\t3.5\t\tN400\tY\t\t",          // length of stay not whole
            "G2\t20260115\t70\tF\t1\t3\t\tN400\tY\t\t");
        try
        {
            var run = CommandRun.OfTool("", "mce", file, "--json");

            run.ExitCode.Should().Be(1);
            run.Lines.Should().HaveCount(2);
            run.Lines[0].Should().StartWith("""{"id":"G1",""");
            run.Lines[1].Should().StartWith("""{"id":"G2",""");
            run.Error.Should().Be(
                $"medcoding mce: {file}, line 3: the 'age' column is not a whole number. The case is skipped.{Environment.NewLine}" +
                $"medcoding mce: {file}, line 4: the 'sex' column is not M, F, U or a number. The case is skipped.{Environment.NewLine}" +
                $"medcoding mce: {file}, line 6: the 'discharge_status' column is not a whole number. The case is skipped.{Environment.NewLine}" +
                $"medcoding mce: {file}, line 7: the 'los' column is not a whole number. The case is skipped.{Environment.NewLine}" +
                $"medcoding mce: 4 of 6 rows could not be read and were skipped.{Environment.NewLine}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_BadRows_NoValueOfTheCaseInTheErrors()
    {
        // Every value of the bad rows is distinctive, so that any echo of it would be found.
        var file = WriteCases(
            Header,
            "PATIENT-7731\t20240229\t-1x\t2\t1\t3\tR1084\tO99411\tY\tZ3A39:Y\t10D00Z1",
            "PATIENT-7732\t20231107\t47\tX9\t1\t3\tR1085\tO99412\tY\tZ3A38:Y\t10D00Z2",
            "PATIENT-7733\t20221231\t48\tF\t06x\t3\tR1086\tO99413\tY\tZ3A37:Y\t10D00Z3",
            "PATIENT-7734\t20211111\t49\tF\t1\t9999999999\tR1087\tO99414\tY\tZ3A36:Y\t10D00Z4");
        try
        {
            var run = CommandRun.OfTool("", "mce", file);

            run.ExitCode.Should().Be(1);
            run.Output.Should().BeEmpty();
            run.Error.Should().Contain("line 2").And.Contain("line 3").And.Contain("line 4").And.Contain("line 5");
            var errors = run.Error.Replace(file, "FILE", StringComparison.Ordinal);
            foreach (var value in new[] { "PATIENT", "7731", "20240229", "-1x", "R1084", "O99411", "Z3A39", "10D00Z1", "X9", "06x", "9999999999", "2023", "2022", "2021", "47" })
            {
                errors.Should().NotContain(value);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_DischargeDateBeyondEveryCalendar_InvalidDischargeDateAndTheRunGoesOn()
    {
        // 9998 plus 99 months passes the last date .NET represents: no date, as any 8 digits outside the MCE's dates.
        var file = WriteCases(Header, "A1\t99989901\t70\tM\t1\t3\t\tJ189\tY\t\t", "A2\t20260115\t70\tM\t1\t3\t\tJ189\tY\t\t");
        try
        {
            var run = CommandRun.OfTool("", "mce", file, "--json");

            run.ExitCode.Should().Be(0);
            run.Lines.Should().Equal(
                """{"id":"A1","editType":"INVALID_DISCHARGE_DATE","claimEdits":{},"codeEdits":[]}""",
                """{"id":"A2","editType":"NONE","claimEdits":{},"codeEdits":[]}""");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("-")]  // named
    [InlineData(null)] // no file at all
    public void Mce_StandardInput_SameAsTheFile(string? dash)
    {
        var input = string.Join('\n', [Header, .. CasesById("D00002", "D00003")]) + "\n";
        var file = WriteCases([Header, .. CasesById("D00002", "D00003")]);
        try
        {
            var fromFile = CommandRun.OfTool("", "mce", file, "--json");
            string[] args = dash is null ? ["mce", "--json"] : ["mce", dash, "--json"];
            var fromStdin = CommandRun.OfTool(input, args);

            fromStdin.ExitCode.Should().Be(0);
            fromStdin.Output.Should().Be(fromFile.Output);
            fromStdin.Lines.Should().HaveCount(2);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_BadRowOnStandardInput_NamedAsStandardInput()
    {
        var run = CommandRun.OfTool($"{Header}\nB1\t20260115\tx\tM\t1\t3\t\tN400\tY\t\t\n", "mce");

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("medcoding mce: standard input, line 2: the 'age' column is not a whole number. The case is skipped.");
    }

    [Theory]
    [InlineData("43.1")] // as the SDK writes it
    [InlineData("431")]  // as CMS's software writes it
    [InlineData("v43.1")]
    public void Mce_Version_EmbeddedRelease(string version)
    {
        var file = WriteCases([Header, .. CasesById("D00001", "D00002")]);
        try
        {
            var run = CommandRun.OfTool("", "mce", file, "--version", version);

            run.ExitCode.Should().Be(0);
            run.Lines[0].Should().Be("Case D00001 (line 2), MCE v43.1");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_UnknownVersion_FailsNamingTheVersionsOfTheData()
    {
        var run = CommandRun.OfTool($"{Header}\n", "mce", "--version", "44.0");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"medcoding mce: --version 44.0 is not a version of the data; it has 43.1.{Environment.NewLine}");
    }

    [Fact]
    public void Mce_VersionAndByDischargeDate_FailsAsContradictory()
    {
        var run = CommandRun.OfTool($"{Header}\n", "mce", "--version", "43.1", "--by-discharge-date");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("give either --version").And.Contain("--by-discharge-date, not both");
    }

    [Fact]
    public void Mce_MissingFile_FailsNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"medcoding-mce-{Guid.NewGuid():N}.tsv");

        var run = CommandRun.OfTool("", "mce", missing);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"medcoding mce: the case file '{missing}' does not exist.{Environment.NewLine}");
    }

    [Fact]
    public void Mce_Folder_FailsAskingForAFile()
    {
        var run = CommandRun.OfTool("", "mce", Path.GetTempPath());

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is a folder; give a case file");
    }

    [Fact]
    public void Mce_HeaderWithoutAColumn_FailsNamingTheFileTheLineAndTheColumn()
    {
        var file = WriteCases("id\tdischarge_date\tage\tsex\tdischarge_status\tlos\tadmit_dx\tpdx_poa\tsdx\tprocedures", "C1\t20260115\t70\tM\t1\t3\t\tY\t\t");
        try
        {
            var run = CommandRun.OfTool("", "mce", file);

            run.ExitCode.Should().Be(2);
            run.Output.Should().BeEmpty();
            run.Error.Should().Be($"medcoding: {file}, line 1: the header has no 'pdx' column; expected the columns id discharge_date age sex discharge_status los admit_dx pdx sdx procedures.{Environment.NewLine}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_EmptyInput_FailsAskingForAHeader()
    {
        var run = CommandRun.OfTool("", "mce", "-");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"medcoding: standard input: the case file is empty; a header row was expected.{Environment.NewLine}");
    }

    [Fact]
    public void Mce_HeaderOnly_NothingToEditExitZero()
    {
        var run = CommandRun.OfTool($"{Header}\n", "mce", "--json");

        run.ExitCode.Should().Be(0);
        run.Output.Should().BeEmpty();
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Mce_LineLongerThanTheLimit_FailsNamingTheLine()
    {
        var run = CommandRun.OfTool($"{Header}\nC1\t20260115\t70\tM\t1\t3\t\tJ189\tY\t{new string('A', 70_000)}\t\n", "mce", "--json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("medcoding: standard input, line 2: the line is longer than 65,536 characters");
    }

    [Fact]
    public void Mce_DataFolderOfCmsTables_SameResultsAsTheEmbeddedRelease()
    {
        var file = WriteCases([s_lines.Value[0], .. s_lines.Value.Skip(1).Take(200)]);
        try
        {
            var run = CommandRun.OfTool("", "mce", file, "--data", OfficialData.Path("msdrg", "v43", "mce"), "--check", "--json");

            run.ExitCode.Should().Be(0);
            run.Error.Should().Contain("200 of 200 cases agree");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mce_DataNeitherFolderNorFile_Fails()
    {
        var run = CommandRun.OfTool($"{Header}\n", "mce", "--data", Path.Combine(Path.GetTempPath(), $"medcoding-mce-{Guid.NewGuid():N}"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is neither a folder of MCE tables (mce_info.tsv");
    }

    [Fact]
    public void Help_ListsTheMceCommand()
    {
        var run = CommandRun.OfTool("", "--help");

        run.Output.Should().Contain("mce").And.Contain("Medicare Code Editor");
    }

    /// <summary>Returns the JSON line of each case of the official file, made from its expected columns.</summary>
    private static List<string> ExpectedJsonLines()
    {
        var header = s_lines.Value[0].Split('\t');
        int id = Array.IndexOf(header, "id"), type = Array.IndexOf(header, "expected_edit_type");
        int claim = Array.IndexOf(header, "expected_claim_edits"), code = Array.IndexOf(header, "expected_code_edits");
        var lines = new List<string>();
        foreach (var line in s_lines.Value.Skip(1))
        {
            var cells = line.Split('\t');
            var json = new StringBuilder().Append("{\"id\":\"").Append(cells[id]).Append("\",\"editType\":\"").Append(cells[type]).Append("\",\"claimEdits\":{");
            json.AppendJoin(',', cells[claim].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(e => $"\"{e.Split('=')[0]}\":{e.Split('=')[1]}"));
            json.Append("},\"codeEdits\":[");
            json.AppendJoin(',', cells[code].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(item =>
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                var equals = item.IndexOf('=', colon);
                var edits = item[(equals + 1)..].Split('+').Select(e => $"\"{e}\"");
                return $"{{\"position\":\"{item[..colon]}\",\"code\":\"{item[(colon + 1)..equals]}\",\"edits\":[{string.Join(',', edits)}]}}";
            }));
            lines.Add(json.Append("]}").ToString());
        }

        return lines;
    }

    /// <summary>Returns the official file's rows of these cases, whole (the expected columns too), in the order given.</summary>
    private static string[] CasesById(params string[] ids) =>
        [.. ids.Select(id => string.Join('\t', s_lines.Value.First(l => l.StartsWith(id + "\t", StringComparison.Ordinal)).Split('\t')))];

    private static string WriteCases(params string[] lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"medcoding-mce-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        return file;
    }
}
