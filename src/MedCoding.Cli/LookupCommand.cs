using System.CommandLine;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding lookup [CODE ...] [--date YYYY-MM-DD | --data DIR | --snapshot FILE] [--json]</c>: answers codes from the
/// command line or standard input, from the embedded releases (the newest, or the one in force on <c>--date</c>), a
/// folder of official files, or a compiled file.
/// </summary>
internal static class LookupCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr, Func<string, Icd10CmRelease> loadFolder)
    {
        var codes = new Argument<string[]>("code")
        {
            Description = "Codes to look up (E11.65, e1165). With none, one code per line is read from standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Folder holding one release's official files: the order file (required) and the Tabular List XML (used when present). Without --data or --snapshot, the embedded releases are used.",
        };
        var snapshot = new Option<FileInfo>("--snapshot")
        {
            Description = "A compiled data file written by 'medcoding data compile'.",
        };
        var date = new Option<string>("--date")
        {
            Description = "Date of service (YYYY-MM-DD): use the embedded release in force that day. Without it, the newest.",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line." };
        var system = SystemLookup.CreateOption();

        var command = new Command("lookup", "Look ICD-10-CM codes up: titles, billable flag, hierarchy and instructional notes.")
        {
            codes, data, snapshot, date, json, system,
        };

        command.SetAction(parse =>
        {
            if (SystemLookup.Handles(parse.GetValue(system)))
            {
                var codeInputs = parse.GetValue(codes) is { Length: > 0 } list ? list : ReadLines(stdin);
                return SystemLookup.Run(parse.GetValue(system)!, parse.GetValue(data), ReleaseSource.ParseDate(parse.GetValue(date)), parse.GetValue(json), codeInputs, stdout, stderr);
            }

            var (release, releaseName) = ReleaseSource.Choose(parse.GetValue(data), parse.GetValue(snapshot), ReleaseSource.ParseDate(parse.GetValue(date)), loadFolder);
            if (release.Limitations is { } limitations && !parse.GetValue(json))
            {
                stderr.WriteLine($"note: {limitations}");
            }

            var inputs = parse.GetValue(codes) is { Length: > 0 } given ? given : ReadLines(stdin);
            using var jsonView = parse.GetValue(json) ? new JsonLookupView(stdout) : null;
            var view = jsonView ?? (ILookupView)new TextLookupView(stdout);
            var allFound = true;
            foreach (var input in inputs)
            {
                allFound &= Answer(release, releaseName, input, view);
            }

            return allFound ? ExitCodes.Success : ExitCodes.NotFound;
        });

        return command;
    }

    private static bool Answer(Icd10CmRelease release, string releaseName, string input, ILookupView view)
    {
        // The common case first, without a string for the normalised code ("A00    " from a fixed-width file, "e11.65").
        if (release.Find(input.AsSpan()) is { } found)
        {
            view.WriteFound(release, found);
            return true;
        }

        // Not found: say why, a malformed code or one the release does not have (Find normalises as TryParse does).
        if (!Icd10CmCode.TryParse(input, out var code, out var error))
        {
            view.WriteNotFound(input.Trim(), error);
            return false;
        }

        view.WriteNotFound(code.ToString(), $"{code} is not a code in {releaseName}.");
        return false;
    }

    /// <summary>
    /// Returns the non-blank lines of standard input, one input per line (lookup, map, search); a line longer than
    /// <see cref="InputLimits.LineChars"/> ends the command with exit code 2 after reading no more than that.
    /// </summary>
    internal static IEnumerable<string> ReadLines(TextReader reader)
    {
        var number = 0;
        while (true)
        {
            var line = InputLimits.ReadLine(reader, InputLimits.LineChars, out var tooLong);
            number++;
            if (tooLong)
            {
                throw new CommandLineException($"standard input, line {number}: the line is longer than {InputLimits.Describe(InputLimits.LineChars)} characters; give one code or query a line.");
            }

            if (line is null)
            {
                yield break;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }
}
