using System.CommandLine;
using System.Globalization;
using System.Text;
using MedCoding.ClaimEdits.Mce;
using MedCoding.CodeSets;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding mce [FILE] [--json] [--version V | --by-discharge-date] [--data PATH] [--check]</c> edits every case of a
/// file in the layout of CMS's MCE cases (<c>msdrg/v43/mce/cases/</c>) with the Medicare Code Editor and prints one result
/// per case, in input order.
/// </summary>
/// <remarks>
/// <para>
/// By default each case is edited as CMS's MCE software of the newest release edits it, whatever the discharge date
/// (<see cref="MedicareCodeEditor.Edit(MceClaim, MceRelease)"/>): MCE 43.1 for the embedded data, so a discharge after its
/// termination date is <c>INVALID_DISCHARGE_DATE</c>.
/// </para>
/// <para>
/// Exit codes: 0 every case was edited (and, with <c>--check</c>, agrees with the expected result); 1 some rows could not be
/// read and were skipped, each reported on standard error with its file and line, or with <c>--check</c> some results differ
/// from the expected; 2 the command line is wrong, the file is missing or unreadable, its header lacks a column, a line is
/// too long, or the MCE data cannot be loaded. No message carries a value of the case (age, sex, dates, codes).
/// </para>
/// </remarks>
internal static class MceCommand
{
    private const string StandardInput = "standard input";

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string?>("file")
        {
            Description = "The case file: tab-separated with a header row naming id, discharge_date (YYYYMMDD), age, sex, discharge_status, los, admit_dx, pdx, sdx (CODE:POA,...) and procedures (CODE,...), in any order; other columns are ignored. '-' or none: standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        }.NotEmpty();
        var json = new Option<bool>("--json") { Description = "Print one JSON object per case and line: {\"id\":...,\"editType\":...,\"claimEdits\":{...},\"codeEdits\":[{\"position\":\"px1\",\"code\":...,\"edits\":[...]}]}." };
        var version = new Option<string?>("--version")
        {
            HelpName = "VERSION",
            Description = "The MCE release to edit every case with (43.1, or 431 as CMS writes it), whatever the discharge date. Default: the newest release of the data, as CMS's newest MCE software edits every claim.",
        };
        var byDate = new Option<bool>("--by-discharge-date")
        {
            Description = "Edit each case with the release for its discharge date (the one in force, else the first later one that lists every valid code, else the newest) instead of one release. The same as the default while only MCE 43.1 is embedded.",
        };
        var data = new Option<string?>("--data")
        {
            HelpName = "DIR|FILE",
            Description = "A folder of CMS's MCE tables (mce_info.tsv, mce_i10dx.tsv, mce_i10sg.tsv ...) or a compiled MCE file (medcoding data compile --system mce), used instead of the embedded release.",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Compare each result with the file's expected_edit_type, expected_claim_edits and expected_code_edits columns (CMS's cases): each case that differs is reported on standard error with its line, then a summary; exit code 1 if any differs.",
        };
        var command = new Command("mce", "Edit inpatient cases with CMS's Medicare Code Editor (MCE 43.1) and print, for each case in input order, the edit type, the edit counter and each code's edits.")
        {
            file, json, version, byDate, data, check,
        };
        command.SetAction(parse =>
        {
            var versionText = parse.GetValue(version);
            if (versionText is not null && parse.GetValue(byDate))
            {
                stderr.WriteLine("medcoding mce: give either --version (one release for every case) or --by-discharge-date, not both.");
                return ExitCodes.Failure;
            }

            using var services = CliServices.Build();
            var editor = parse.GetValue(data) is { } path ? new MedicareCodeEditor(Load(path)) : services.GetRequiredService<MedicareCodeEditor>();
            var schedule = editor.Releases;
            var named = versionText is not null ? schedule.FindVersion(versionText) : schedule.Count > 0 ? schedule.NewestRelease : null;
            if (named is null)
            {
                stderr.WriteLine(versionText is null
                    ? "medcoding mce: no MCE release is configured."
                    : $"medcoding mce: --version {versionText} is not a version of the data; it has {string.Join(", ", schedule.Releases.Select(r => r.Version))}.");
                return ExitCodes.Failure;
            }

            // One release for every case (CMS's software of that version), unless each case's discharge date picks it.
            var release = parse.GetValue(byDate) ? null : schedule.Load(named);
            var source = parse.GetValue(file) is { } given && given != "-" ? given : null;
            using var reader = source is null ? null : Open(source, stderr);
            if (source is not null && reader is null)
            {
                return ExitCodes.Failure;
            }

            var records = MceCaseFile.Read(reader ?? stdin, source ?? StandardInput);
            using var jsonView = parse.GetValue(json) ? new JsonMceView(stdout) : null;
            var view = jsonView ?? (IMceView)new TextMceView(stdout);
            var checking = parse.GetValue(check);
            int rows = 0, failed = 0, differing = 0;
            foreach (var record in records)
            {
                rows++;
                if (record.Claim is not { } claim)
                {
                    // The reader's message names the file, the line and the column, never the value.
                    failed++;
                    stderr.WriteLine($"medcoding mce: {record.Error?.Message ?? $"{source ?? StandardInput}, line {record.LineNumber}: the row could not be read."} The case is skipped.");
                    continue;
                }

                if (checking && record.Expected is null)
                {
                    stderr.WriteLine($"medcoding mce: --check needs the columns expected_edit_type, expected_claim_edits and expected_code_edits; {source ?? StandardInput} has not all of them.");
                    return ExitCodes.Failure;
                }

                var result = release is not null ? MedicareCodeEditor.Edit(claim, release) : editor.Edit(claim);
                view.Write(record, result);
                if (checking && !Agrees(record, result, source ?? StandardInput, stderr))
                {
                    differing++;
                }
            }

            jsonView?.Dispose();
            stdout.Flush();
            if (failed > 0)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"medcoding mce: {failed:N0} of {rows:N0} rows could not be read and were skipped."));
            }

            if (checking)
            {
                var edited = rows - failed;
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"medcoding mce: {edited - differing:N0} of {edited:N0} cases agree with the expected edit type, claim edits and code edits{(differing > 0 ? $"; {differing:N0} differ" : string.Empty)}."));
            }

            return failed > 0 || differing > 0 ? ExitCodes.NotFound : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Returns the schedule of the one release read from <c>--data</c>: a folder of CMS's tables or a compiled file.</summary>
    private static ReleaseSchedule<MceRelease> Load(string path)
    {
        var release = Directory.Exists(path) ? MceRelease.LoadFolder(path)
            : File.Exists(path) ? MceRelease.FromFile(path)
            : throw new CommandLineException($"--data {MessageText.Quote(path)} is neither a folder of MCE tables ({string.Join(", ", MceRelease.FileNames)}) nor a compiled MCE file.");
        return ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(release.Release, release)]);
    }

    /// <summary>Opens the case file for reading, or reports why it cannot be and returns <see langword="null"/>.</summary>
    private static StreamReader? Open(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine(Directory.Exists(path)
                ? $"medcoding mce: '{path}' is a folder; give a case file (TSV with a header row), or - for standard input."
                : $"medcoding mce: the case file '{path}' does not exist.");
            return null;
        }

        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true,
                new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"medcoding mce: the case file {MessageText.Quote(path)} could not be read: {MessageText.DescribeIOError(e)}");
            return null;
        }
    }

    /// <summary>
    /// Returns whether the result is the expected one of the case's row; if not, reports on standard error which parts differ,
    /// by line and by code position only (no code, as no other value of the case, is echoed).
    /// </summary>
    private static bool Agrees(MceCaseRecord record, MceResult result, string source, TextWriter stderr)
    {
        var actual = result.ToString();
        if (string.Equals(actual, record.Expected, StringComparison.Ordinal))
        {
            return true;
        }

        var expected = record.Expected!.Split('\t');
        var got = actual.Split('\t');
        var parts = new List<string>(3);
        string[] names = ["edit type", "claim edits", "code edits"];
        for (var i = 0; i < names.Length; i++)
        {
            var want = i < expected.Length ? expected[i] : string.Empty;
            if (!string.Equals(got[i], want, StringComparison.Ordinal))
            {
                var (shownGot, shownWant) = i == 2 ? (WithoutCodes(got[i]), WithoutCodes(want)) : (got[i], want);
                parts.Add(shownGot == shownWant
                    ? $"{names[i]} differ in the codes as written"
                    : $"{names[i]} {Shown(shownGot)}, expected {Shown(shownWant)}");
            }
        }

        stderr.WriteLine($"medcoding mce: {source}, line {record.LineNumber}: differs from the expected result: {string.Join("; ", parts)}.");
        return false;

        static string Shown(string text) => text.Length == 0 ? "(none)" : text;
    }

    /// <summary>Returns CMS's code edits (<c>pdx:N400=SEX_CONFLICT;px1:0VT00ZZ=SEX_CONFLICT</c>) without the codes: <c>pdx=SEX_CONFLICT;px1=SEX_CONFLICT</c>.</summary>
    private static string WithoutCodes(string codeEdits)
    {
        var text = new StringBuilder(codeEdits.Length);
        foreach (var item in codeEdits.Split(';'))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            text.Append(text.Length == 0 ? string.Empty : ";").Append(colon >= 0 && equals > colon ? string.Concat(item.AsSpan(0, colon), item.AsSpan(equals)) : item);
        }

        return text.ToString();
    }
}
