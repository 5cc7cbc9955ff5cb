using System.CommandLine;
using System.Globalization;
using MedCoding.Audit;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Grouping;
using Microsoft.Extensions.DependencyInjection;
using MedCoding.CodeSets;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding drg group FILE [--json]</c> groups every case of a case file (the TSV layout of CMS's
/// expected-results files) and <c>medcoding drg explain</c> shows the grouping path of one case.
/// </summary>
internal static class DrgCommand
{
    /// <summary>The youngest age a case may give (the MCE's valid ages, 0 to 124).</summary>
    internal const int MinAge = DrgCaseValues.MinAge;

    /// <summary>The oldest age a case may give.</summary>
    internal const int MaxAge = DrgCaseValues.MaxAge;

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("drg", "Group inpatient cases to MS-DRGs as CMS's grouper does, with the version in force on the discharge date (v43.0, v43.1).");
        command.Subcommands.Add(CreateGroup(stdin, stdout, stderr));
        command.Subcommands.Add(CreateExplain(stdin, stdout, stderr));
        command.Subcommands.Add(CreateWhatIf(stdin, stdout));
        return command;
    }

    private static Option<DirectoryInfo> DataOption() => new("--data")
    {
        Description = "A folder of CMS's MS-DRG tables holding a folder per version (v430/, v431/), used instead of the embedded versions.",
    };

    private static Command CreateGroup(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The case file (TSV with a header row; '-' for standard input). Expected columns are optional." }.NotEmpty();
        var data = DataOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line (drg, mdc, returnCode ...)." };
        var versionOption = VersionOption("The MS-DRG version (43.1, or 431 as CMS writes it) for cases whose line gives neither a version nor a discharge date. Default: the newest version of the data.");
        var command = new Command("group", "Group every case of a file and print one result per case, in input order.") { file, data, json, versionOption };
        command.SetAction(parse =>
        {
            using var services = CliServices.Build();
            var grouper = parse.GetValue(data) is { } folder ? MsDrgGrouper.Load(folder.FullName) : services.GetRequiredService<MsDrgGrouper>();
            if (!TryFindVersion(grouper, parse.GetValue(versionOption), "group", stderr, out var fallback))
            {
                return ExitCodes.Failure;
            }

            var path = parse.GetRequiredValue(file);
            var statuses = DischargeStatuses(services);
            var records = path == "-" ? DrgCaseFile.Read(stdin, "standard input", statuses) : DrgCaseFile.Read(path, statuses);
            using var jsonView = parse.GetValue(json) ? new JsonDrgView(stdout) : null;
            var view = jsonView ?? (IDrgView)new TextDrgView(stdout);
            view.WriteGroupHeader(records.Count > 0 && records[0].Expected is not null);
            int withExpected = 0, agreeing = 0;
            foreach (var record in records)
            {
                var result = Group(grouper, record.Case, record.Version, fallback, $"{(path == "-" ? "standard input" : path)}, line {record.LineNumber}");
                view.WriteGroupResult(record, result);
                if (record.Expected is { } expected)
                {
                    withExpected++;
                    agreeing += expected.Matches(result) ? 1 : 0;
                }
            }

            if (withExpected > 0)
            {
                stderr.WriteLine($"{agreeing} of {withExpected} cases agree with the expected DRG, MDC and return code.");
            }

            return agreeing == withExpected ? ExitCodes.Success : ExitCodes.NotFound;
        });
        return command;
    }

    private static Command CreateExplain(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string?>("file") { Description = "A case file to take the case from ('-' for standard input); omit it to give the case with the options.", Arity = ArgumentArity.ZeroOrOne }.NotEmpty();
        var caseNumber = new Option<int>("--case") { Description = "Which case of the file, counting from 1.", DefaultValueFactory = _ => 1 };
        var pdx = new Option<string?>("--pdx") { Description = "The principal diagnosis, CODE or CODE:POA (I21.4:Y)." };
        var sdx = new Option<string[]>("--sdx") { Description = "A secondary diagnosis, CODE:POA; repeat for each.", AllowMultipleArgumentsPerToken = true };
        var procedures = new Option<string[]>("--procedure") { Description = "An ICD-10-PCS procedure; repeat for each.", AllowMultipleArgumentsPerToken = true };
        var age = new Option<int>("--age") { Description = $"Age in years, {MinAge} to {MaxAge}.", DefaultValueFactory = _ => 65 };
        var sex = new Option<string>("--sex") { Description = "F, M or U, as claims write it.", DefaultValueFactory = _ => "U" };
        var status = new Option<string>("--discharge-status") { Description = "UB-04 patient discharge status, a code of CMS's MCE table (1 or 01 home, 20 expired ...).", DefaultValueFactory = _ => "01" };
        var date = new Option<DateOnly?>("--discharge-date") { Description = "Discharge date (yyyy-MM-dd); picks the version in force (v43.0 from 2025-10-01, v43.1 from 2026-04-01). Default: the first day of the newest version." };
        var versionOption = VersionOption("The MS-DRG version to group with (43.1, or 431), whatever the discharge date. Default: the version in force on the discharge date.");
        var data = DataOption();
        var json = new Option<bool>("--json") { Description = "Print the explanation as one JSON object." };
        var whatIfOption = new Option<bool>("--whatif") { Description = "Also list every single change (a diagnosis replaced by another billable code of its category, a secondary made principal) that gives another DRG; with --json as a second JSON object." };
        var command = new Command("explain", "Show how one case groups: the MDC, the formulas that matched, which secondary diagnoses made the CC/MCC and which were excluded, the procedure that drove a surgical DRG, and HACs.")
        {
            file, caseNumber, pdx, sdx, procedures, age, sex, status, date, versionOption, data, json, whatIfOption,
        };
        command.SetAction(parse =>
        {
            using var services = CliServices.Build();
            var grouper = parse.GetValue(data) is { } folder ? MsDrgGrouper.Load(folder.FullName) : services.GetRequiredService<MsDrgGrouper>();
            if (!TryFindVersion(grouper, parse.GetValue(versionOption), "explain", stderr, out var named))
            {
                return ExitCodes.Failure;
            }

            string? version = null;
            DrgCase drgCase;
            if (parse.GetValue(file) is { } path)
            {
                var records = path == "-" ? DrgCaseFile.Read(stdin, "standard input", DischargeStatuses(services)) : DrgCaseFile.Read(path, DischargeStatuses(services));
                var number = parse.GetValue(caseNumber);
                if (number < 1 || number > records.Count)
                {
                    stderr.WriteLine($"medcoding drg explain: --case must be between 1 and {records.Count}.");
                    return ExitCodes.Failure;
                }

                version = records[number - 1].Version;
                drgCase = records[number - 1].Case;
            }
            else
            {
                if (parse.GetValue(pdx) is not { } principalText)
                {
                    stderr.WriteLine("medcoding drg explain: give a case file, or the case with --pdx (and --sdx, --procedure ...).");
                    return ExitCodes.Failure;
                }

                var diagnoses = new List<DrgDiagnosis>();
                var secondaryTexts = parse.GetValue(sdx) ?? [];
                var procedureTexts = parse.GetValue(procedures) ?? [];
                if (secondaryTexts.Length > InputLimits.DrgSecondaryDiagnoses || procedureTexts.Length > InputLimits.DrgProcedures)
                {
                    stderr.WriteLine(secondaryTexts.Length > InputLimits.DrgSecondaryDiagnoses
                        ? $"medcoding drg explain: --sdx is given {secondaryTexts.Length} times; a case has at most {InputLimits.DrgSecondaryDiagnoses} secondary diagnoses."
                        : $"medcoding drg explain: --procedure is given {procedureTexts.Length} times; a case has at most {InputLimits.DrgProcedures} procedures.");
                    return ExitCodes.Failure;
                }

                foreach (var (option, text) in (IEnumerable<(string, string)>)[("--pdx", principalText), .. secondaryTexts.Select(s => ("--sdx", s))])
                {
                    if (!TryParseDiagnosis(text, out var diagnosis))
                    {
                        stderr.WriteLine($"medcoding drg explain: {option} {MessageText.Quote(text)}: the POA after ':' must be Y, N, U, W or 1.");
                        return ExitCodes.Failure;
                    }

                    if (!DrgCaseValues.IsWellFormedDiagnosis(diagnosis.Code, out var codeError))
                    {
                        stderr.WriteLine($"medcoding drg explain: {option} {MessageText.Quote(diagnosis.Code)} is not an ICD-10-CM code: {codeError}");
                        return ExitCodes.Failure;
                    }

                    diagnoses.Add(diagnosis);
                }

                foreach (var text in procedureTexts)
                {
                    if (!DrgCaseValues.IsWellFormedProcedure(text, out var codeError))
                    {
                        stderr.WriteLine($"medcoding drg explain: --procedure {MessageText.Quote(text)} is not an ICD-10-PCS code: {codeError}");
                        return ExitCodes.Failure;
                    }
                }

                var years = parse.GetValue(age);
                if (!DrgCaseValues.IsPossibleAge(years))
                {
                    stderr.WriteLine($"medcoding drg explain: --age {years} is out of range: give {MinAge} to {MaxAge} years.");
                    return ExitCodes.Failure;
                }

                var sexText = parse.GetValue(sex) ?? "U";
                if (!DrgCaseValues.TryParseSex(sexText, out var patientSex))
                {
                    stderr.WriteLine($"medcoding drg explain: --sex {MessageText.Quote(sexText)} is not a sex as claims write it: give F, M or U.");
                    return ExitCodes.Failure;
                }

                var statusText = parse.GetValue(status) ?? "01";
                if (!DrgCaseValues.TryParseDischargeStatus(statusText, DischargeStatuses(services), out var dischargeStatus))
                {
                    stderr.WriteLine($"medcoding drg explain: --discharge-status {MessageText.Quote(statusText)} is not a patient discharge status code of CMS's table (01 home, 20 expired, 30 still a patient ...).");
                    return ExitCodes.Failure;
                }

                drgCase = new DrgCase
                {
                    PrincipalDiagnosis = diagnoses[0],
                    SecondaryDiagnoses = diagnoses[1..],
                    Procedures = procedureTexts,
                    Age = years,
                    Sex = patientSex,
                    DischargeStatus = dischargeStatus,
                    DischargeDate = parse.GetValue(date) ?? (named ?? grouper.Schedule.NewestRelease).EffectiveFrom,
                };
            }

            // A case with neither a version nor a discharge date groups with the newest version, as in 'drg group'.
            var result = named is not null ? grouper.Group(drgCase, named)
                : Group(grouper, drgCase, version, null, parse.GetValue(file) is { } caseFile ? $"{caseFile}, case {parse.GetValue(caseNumber)}" : "--discharge-date");
            using var jsonView = parse.GetValue(json) ? new JsonDrgView(stdout) : null;
            var view = jsonView ?? (IDrgView)new TextDrgView(stdout);
            view.WriteExplanation(drgCase, result);
            if (parse.GetValue(whatIfOption))
            {
                jsonView?.Dispose();
                WriteWhatIf(services.GetRequiredService<DrgWhatIf>().Analyze(drgCase), "case", parse.GetValue(json), null, stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateWhatIf(TextReader stdin, TextWriter stdout)
    {
        var file = new Argument<string>("file") { Description = "The case file (TSV: id version age sex discharge_status pdx pdx_poa sdx procedures; '-' for standard input)." }.NotEmpty();
        var json = new Option<bool>("--json") { Description = "Print one JSON object per case with every change." };
        var limit = new Option<int?>("--limit") { Description = "Print at most this many changes per case (text only; --json lists all)." };
        var command = new Command("whatif", "For each case, every single change (a diagnosis replaced by another billable code of its category, a secondary made principal) that gives another DRG, ranked.")
        {
            file, json, limit,
        };
        command.SetAction(parse =>
        {
            using var services = CliServices.Build();
            var whatIf = services.GetRequiredService<DrgWhatIf>();
            var path = parse.GetRequiredValue(file);
            var text = ReadCaseText(path, stdin);
            var lines = text.Split('\n');
            var idColumn = Array.FindIndex(lines[0].Split('\t'), c => c.Trim().Equals("id", StringComparison.OrdinalIgnoreCase));
            foreach (var record in DrgCaseFile.Read(new StringReader(text), path == "-" ? "standard input" : path, DischargeStatuses(services)))
            {
                var cells = lines[record.LineNumber - 1].Split('\t');
                var id = idColumn >= 0 && idColumn < cells.Length ? cells[idColumn].Trim() : Format(record.LineNumber, "0");
                WriteWhatIf(whatIf.Analyze(record.Case), id, parse.GetValue(json), parse.GetValue(limit), stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Returns a whole case file, refusing a line longer than <see cref="InputLimits.LineChars"/> or a file longer than <see cref="InputLimits.CaseFileBytes"/> characters.</summary>
    private static string ReadCaseText(string path, TextReader stdin)
    {
        var source = path == "-" ? "standard input" : path;
        try
        {
            using var file = path == "-" ? null : new StreamReader(path);
            var lines = new MedCoding.CodeSets.IO.TextFileLines(file ?? stdin, source);
            var text = new System.Text.StringBuilder();
            while (lines.ReadLine() is { } line)
            {
                text.Append(line).Append('\n');
            }

            return text.ToString();
        }
        catch (Exception e) when (e is (IOException and not DataFileException) or UnauthorizedAccessException)
        {
            throw new DataFileException(source, null, $"The case file could not be read: {MessageText.DescribeIOError(e)}.", e);
        }
    }

    /// <summary>Writes a what-if as one JSON line (every change), or as text (at most <paramref name="limit"/> changes).</summary>
    private static void WriteWhatIf(WhatIfAnalysis analysis, string id, bool json, int? limit, TextWriter stdout)
    {
        if (json)
        {
            AuditReport.WriteWhatIfJsonLine(id, analysis, stdout);
            return;
        }

        stdout.WriteLine($"{id}: DRG {Format(analysis.Baseline.Drg, "000")} {analysis.Baseline.DrgTitle}, {analysis.Changes.Count} changes give another DRG");
        foreach (var change in analysis.Changes.Take(limit ?? int.MaxValue))
        {
            stdout.WriteLine($"  {(change.Kind == WhatIfChangeKind.Replace ? "replace" : "resequence")} {change.Position} {change.From} -> {change.To}: DRG {Format(change.Result.Drg, "000")} MDC {Format(change.Result.Mdc, "00")} ({string.Join(", ", change.Drivers.ToNames())})");
        }
    }

    /// <summary>Returns the valid patient discharge status codes: CMS's table, from the newest MCE release.</summary>
    private static HashSet<int> DischargeStatuses(IServiceProvider services) =>
        services.GetRequiredService<MedicareCodeEditor>().Releases.Newest.DischargeStatuses.Select(s => s.Code).ToHashSet();

    private static Option<string?> VersionOption(string description) => new("--version") { Description = description };

    /// <summary>Resolves <c>--version</c> through the grouper's schedule; a version it does not have is a command-line error.</summary>
    private static bool TryFindVersion(MsDrgGrouper grouper, string? text, string command, TextWriter stderr, out Release? release)
    {
        release = text is null ? null : grouper.Schedule.FindVersion(text);
        if (text is not null && release is null)
        {
            stderr.WriteLine($"medcoding drg {command}: --version {text} is not a version of the data; it has {string.Join(", ", grouper.Schedule.Releases.Select(r => r.Version))}.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Groups a case of a file with the version its line names, else the version in force on its discharge date, else
    /// <c>--version</c> or the newest version.
    /// </summary>
    private static DrgResult Group(MsDrgGrouper grouper, DrgCase drgCase, string? lineVersion, Release? fallback, string where)
    {
        if (lineVersion is not null)
        {
            return grouper.Group(drgCase, grouper.Schedule.FindVersion(lineVersion)
                ?? throw new CommandLineException($"{where}: the version {lineVersion} is not a version of the data; it has {string.Join(", ", grouper.Schedule.Releases.Select(r => r.Version))}."));
        }

        if (drgCase.DischargeDate == default)
        {
            return grouper.Group(drgCase, fallback ?? grouper.Schedule.NewestRelease);
        }

        try
        {
            return grouper.Group(drgCase);
        }
        catch (NoReleaseInForceException e)
        {
            throw new CommandLineException($"{where}: {e.Message} Give the version with --version, or fix the discharge date.");
        }
    }

    private static bool TryParseDiagnosis(string text, out DrgDiagnosis diagnosis)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            diagnosis = new DrgDiagnosis(text, PresentOnAdmission.Yes);
            return true;
        }

        var valid = PresentOnAdmissionExtensions.TryParse(text.AsSpan(colon + 1), out var poa);
        diagnosis = new DrgDiagnosis(text[..colon], poa);
        return valid;
    }

    internal static string Format(int value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
