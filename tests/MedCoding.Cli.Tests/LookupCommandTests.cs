using System.Text;
using System.Text.Json;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

/// <summary><c>medcoding lookup [CODE ...] --data DIR [--json]</c>, run in process over the official files.</summary>
[Collection(OfficialReleasesCollection.Name)]
public sealed class LookupCommandTests(OfficialReleases releases)
{
    /// <summary>The keys of a found code, in the order the issue gives them.</summary>
    private static readonly string[] s_foundKeys =
        ["code", "found", "system", "release", "kind", "billable", "title", "shortTitle", "parent", "children", "ancestors", "notes"];

    /// <summary>Keys the tool adds after those: notes from ancestors and the 7th characters (with a Tabular List), or that notes are unavailable (without).</summary>
    private static readonly string[] s_extraKeys = ["inheritedNotes", "seventhCharacters", "notesAvailable"];

    private static readonly string[] s_notFoundKeys = ["code", "found", "error"];

    private static string Folder(string release) => OfficialData.Path("icd10cm", release);

    [Fact]
    public void Run_JsonFy2021_EachLineHasTheIssueShape()
    {
        var run = CommandRun.Of(releases, "", "lookup", "E11.65", "O09.A", "b99", "T36.0X1A", "S00.00XA", "E11", "E11.66", "E11..6", "--data", Folder("2021"), "--json");

        run.ExitCode.Should().Be(1, "E11.66 and E11..6 are not found");
        run.Error.Should().BeEmpty();
        var lines = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(8);
        foreach (var line in lines.Take(6))
        {
            var keys = line.EnumerateObject().Select(p => p.Name).ToList();
            keys.Take(s_foundKeys.Length).Should().Equal(s_foundKeys);
            keys.Skip(s_foundKeys.Length).Should().BeSubsetOf(s_extraKeys);
            line.GetProperty("notes").ValueKind.Should().Be(JsonValueKind.Object);
        }

        var e1165 = lines[0];
        e1165.GetProperty("code").GetString().Should().Be("E11.65");
        e1165.GetProperty("found").GetBoolean().Should().BeTrue();
        e1165.GetProperty("system").GetString().Should().Be("ICD-10-CM");
        e1165.GetProperty("release").GetString().Should().Be("2021");
        e1165.GetProperty("kind").GetString().Should().Be("subcategory");
        e1165.GetProperty("billable").GetBoolean().Should().BeTrue();
        e1165.GetProperty("title").GetString().Should().Be("Type 2 diabetes mellitus with hyperglycemia");
        e1165.GetProperty("shortTitle").GetString().Should().Be("Type 2 diabetes mellitus with hyperglycemia");
        e1165.GetProperty("parent").GetString().Should().Be("E11.6");
        Strings(e1165.GetProperty("children")).Should().BeEmpty();
        Strings(e1165.GetProperty("ancestors")).Should().Equal("E11.6", "E11", "E08-E13", "4");

        Strings(lines[1].GetProperty("ancestors")).Should().Equal("O09", "O09", "15");
        lines[2].GetProperty("code").GetString().Should().Be("B99");
        lines[2].GetProperty("kind").GetString().Should().Be("category");
        lines[2].GetProperty("parent").GetString().Should().Be("B99");
        Strings(lines[2].GetProperty("ancestors")).Should().Equal("B99", "1");
        lines[3].GetProperty("kind").GetString().Should().Be("extension");
        lines[3].GetProperty("parent").GetString().Should().Be("T36.0X1");
        lines[3].GetProperty("seventhCharacters").GetProperty("definedAt").GetString().Should().Be("T36");
        lines[4].GetProperty("kind").GetString().Should().Be("extension");
        lines[4].GetProperty("parent").GetString().Should().Be("S00.00");
        var e11 = lines[5];
        e11.GetProperty("kind").GetString().Should().Be("category");
        e11.GetProperty("billable").GetBoolean().Should().BeFalse();
        Strings(e11.GetProperty("children")).Should().Equal("E11.0", "E11.1", "E11.2", "E11.3", "E11.4", "E11.5", "E11.6", "E11.8", "E11.9");
        Strings(e11.GetProperty("notes").GetProperty("excludes1")).Should().NotBeEmpty();
        Strings(e11.GetProperty("notes").GetProperty("includes")).Should().NotBeEmpty();
        Strings(e11.GetProperty("notes").GetProperty("useAdditionalCode")).Should().NotBeEmpty();
        e1165.GetProperty("inheritedNotes").EnumerateArray().Should().Contain(n =>
            n.GetProperty("from").GetString() == "E11" && n.GetProperty("kind").GetString() == "excludes1");

        lines[6].EnumerateObject().Select(p => p.Name).Should().Equal(s_notFoundKeys);
        lines[6].GetProperty("code").GetString().Should().Be("E11.66");
        lines[6].GetProperty("found").GetBoolean().Should().BeFalse();
        lines[6].GetProperty("error").GetString().Should().Be("E11.66 is not a code in ICD-10-CM FY2021.");
        lines[7].EnumerateObject().Select(p => p.Name).Should().Equal(s_notFoundKeys);
        lines[7].GetProperty("code").GetString().Should().Be("E11..6");
        lines[7].GetProperty("error").GetString().Should().Be("More than one dot: an ICD-10-CM code has at most one, after the third character.");
    }

    [Fact]
    public void Run_StdinEveryCodeOfFy2026_AllFoundInOneRun()
    {
        var orderFile = Path.Combine(Folder("2026"), "icd10cm_order_2026.txt");
        var records = File.ReadAllLines(orderFile, Encoding.Latin1)
            .Select(l => (Code: l[6..13].TrimEnd(), Billable: l[14] == '1', Short: l[16..76].TrimEnd(), Long: l[77..].TrimEnd()))
            .ToList();
        var stdin = string.Join("\n", records.Select(r => r.Code));

        // Through the tool's own loading, end to end, as `medcoding lookup --data DIR --json < codes.txt` runs.
        var run = CommandRun.OfTool(stdin, "lookup", "--data", Folder("2026"), "--json");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        var lines = run.Lines;
        lines.Should().HaveCount(records.Count).And.HaveCount(98_186);
        var failures = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var json = JsonDocument.Parse(lines[i]).RootElement;
            var record = records[i];
            var keys = json.EnumerateObject().Select(p => p.Name).ToList();
            if (!keys.Take(s_foundKeys.Length).SequenceEqual(s_foundKeys) || keys.Skip(s_foundKeys.Length).Except(s_extraKeys).Any())
            {
                failures.Add($"{record.Code}: keys {string.Join(",", keys)}");
            }

            var dotted = record.Code.Length > 3 ? record.Code.Insert(3, ".") : record.Code;
            var ancestors = Strings(json.GetProperty("ancestors"));
            if (json.GetProperty("code").GetString() != dotted
                || !json.GetProperty("found").GetBoolean()
                || json.GetProperty("release").GetString() != "2026"
                || json.GetProperty("billable").GetBoolean() != record.Billable
                || json.GetProperty("title").GetString() != record.Long
                || json.GetProperty("shortTitle").GetString() != record.Short
                || json.GetProperty("kind").GetString() != (record.Code.Length == 3 ? "category" : record.Code.Length == 7 ? "extension" : "subcategory")
                || (record.Code.Length == 3 ? json.GetProperty("parent").ValueKind != JsonValueKind.Null : ancestors.FirstOrDefault() != json.GetProperty("parent").GetString())
                || (record.Code.Length > 3 && ancestors.LastOrDefault() != record.Code[..3]))
            {
                failures.Add($"{record.Code}: {lines[i]}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Run_StdinWithUnknownMalformedAndBlankLines_AnswersEachAndExitsOne()
    {
        var stdin = "E11.65\r\n\r\n  e1165  \nE11.66\nE11..6\n123\nABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ\nQA0\n";

        var run = CommandRun.Of(releases, stdin, "lookup", "--data", Folder("2026"), "--json");

        run.ExitCode.Should().Be(1);
        var lines = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("code").GetString()).Should().Equal(
            "E11.65", "E11.65", "E11.66", "E11..6", "123", "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ", "QA0");
        lines.Select(l => l.GetProperty("found").GetBoolean()).Should().Equal(true, true, false, false, false, false, true);
        lines.Where(l => !l.GetProperty("found").GetBoolean()).Select(l => l.GetProperty("error").GetString()).Should().Equal(
            "E11.66 is not a code in ICD-10-CM FY2026.",
            "More than one dot: an ICD-10-CM code has at most one, after the third character.",
            "An ICD-10-CM code starts with a letter (A-Z), as in E11 or I10.",
            "Too long: 40 characters, but an ICD-10-CM code has at most 7 (8 with the dot).");
    }

    [Fact]
    public void Run_AllArgumentsFound_ExitsZero()
    {
        var run = CommandRun.Of(releases, "", "lookup", "E11.65", "QA0", "--data", Folder("2026"), "--json");

        run.ExitCode.Should().Be(0);
        run.Lines.Should().HaveCount(2);
        var qa0 = JsonDocument.Parse(run.Lines[1]).RootElement;
        qa0.GetProperty("code").GetString().Should().Be("QA0");
        qa0.GetProperty("kind").GetString().Should().Be("category");
        qa0.GetProperty("parent").ValueKind.Should().Be(JsonValueKind.Null);
        Strings(qa0.GetProperty("ancestors")).Should().BeEmpty();
        Strings(qa0.GetProperty("children")).Should().Equal("QA0.0", "QA0.8");

        // Without a Tabular List there are no notes to give: an empty object, and a flag saying why.
        qa0.GetProperty("notes").EnumerateObject().Should().BeEmpty();
        qa0.GetProperty("notesAvailable").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Run_TextFy2021_IsReadable()
    {
        var run = CommandRun.Of(releases, "", "lookup", "e11.65", "E11.66", "--data", Folder("2021"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().BeEmpty("the 2021 release has its Tabular List");
        var text = run.Output;
        text.Should().StartWith("E11.65  Type 2 diabetes mellitus with hyperglycemia" + Environment.NewLine);
        text.Should().Contain("ICD-10-CM FY2021, subcategory, billable");
        text.Should().Contain("Chapter 4: Endocrine, nutritional and metabolic diseases (E00-E89)");
        text.Should().Contain("Block E08-E13: Diabetes mellitus (E08-E13)");
        text.Should().Contain("E11.6: Type 2 diabetes mellitus with other specified complications");
        text.Should().Contain("Excludes1 (from E11):");
        text.Should().Contain("E11.66  NOT FOUND: E11.66 is not a code in ICD-10-CM FY2021.");
        text.Should().NotContain("{").And.NotContain("\"found\"");
    }

    [Fact]
    public void Run_TextWithChildren_ListsThemMarkingHeaders()
    {
        var run = CommandRun.Of(releases, "", "lookup", "S00.0", "--data", Folder("2026"));

        run.ExitCode.Should().Be(0);
        run.Error.Should().StartWith("note: ICD-10-CM FY2026 was loaded from its order file alone");
        run.Output.Should().Contain("S00.0  Superficial injury of scalp");
        run.Output.Should().Contain("not billable (header: code to a greater specificity)");
        run.Output.Should().Contain("Codes below (");
        run.Output.Should().MatchRegex(@"S00\.00 +- Unspecified superficial injury of scalp");
    }

    [Fact]
    public void Run_MissingFolder_ExitsTwoWithAClearMessage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "medcoding-no-such-folder");

        var run = CommandRun.OfTool("", "lookup", "E11.65", "--data", folder, "--json");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Trim().Should().Be($"medcoding: {folder}: The data folder does not exist.");
    }

    [Fact]
    public void Run_SyntheticFolderWithOnlyAddenda_ExitsTwo()
    {
        var folder = Directory.CreateTempSubdirectory("medcoding-synthetic-").FullName;
        try
        {
            // SYNTHETIC: an addenda file is not an order file, even beside nothing else.
            File.WriteAllText(Path.Combine(folder, "icd10cm_order_addenda_2099.txt"), "synthetic\r\n");

            var run = CommandRun.OfTool("", "lookup", "E11.65", "--data", folder);

            run.ExitCode.Should().Be(2);
            run.Error.Should().StartWith($"medcoding: {folder}: No ICD-10-CM order file here.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_OtherSystemWithoutData_AnswersFromTheEmbeddedRelease()
    {
        // Without --data every system answers from its embedded releases: the newest, or the one in force on --date.
        var newest = CommandRun.Of(releases, "", "lookup", "0DTJ4ZZ", "--system", "pcs");
        var fy2025 = CommandRun.Of(releases, "", "lookup", "0DTJ4ZZ", "--system", "pcs", "--date", "2025-03-01");
        var before = CommandRun.Of(releases, "", "lookup", "0DTJ4ZZ", "--system", "pcs", "--date", "2015-03-01");

        newest.ExitCode.Should().Be(0, newest.Error);
        newest.Output.Should().Contain("ICD-10-PCS FY2026");
        fy2025.Output.Should().Contain("ICD-10-PCS FY2025");
        before.ExitCode.Should().Be(2, "no embedded release is in force in 2015: a failure, never a guess");
        before.Error.Should().Contain("No ICD-10-PCS release");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo()
    {
        var run = CommandRun.Of(releases, "", "lokup", "E11.65");

        run.ExitCode.Should().Be(2);
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
