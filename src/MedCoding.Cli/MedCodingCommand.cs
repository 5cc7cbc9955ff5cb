using System.CommandLine;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>Builds the <c>medcoding</c> command tree over the given standard streams.</summary>
internal static class MedCodingCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, folder => Icd10CmRelease.LoadFolder(folder));

    /// <summary>Runs the command with another way to load a release folder (tests share releases loaded once).</summary>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Func<string, Icd10CmRelease> loadFolder)
    {
        var root = new RootCommand("medcoding: US medical coding from the official CMS/CDC files: look codes up (ICD-10-CM, ICD-10-PCS, HCPCS, modifiers), map with the GEMs, scrub claims, write 837s and read 835s, edit inpatient claims with the Medicare Code Editor, group to MS-DRGs, find codes from a coder's words.")
        {
            LookupCommand.Create(stdin, stdout, stderr, loadFolder),
            MapCommand.Create(stdin, stdout, stderr),
            ScrubCommand.Create(stdin, stdout, stderr),
            ClaimCommand.Create(stdin, stdout, stderr),
            RemitCommand.Create(stdin, stdout, stderr),
            DataCommand.Create(stdout),
            DiffCommand.Create(stdout),
            DrgCommand.Create(stdin, stdout, stderr),
            MceCommand.Create(stdin, stdout, stderr),
            SearchCommand.Create(stdin, stdout, stderr),
            AuditCommand.Create(stdin, stdout, stderr),
            FhirCommand.Create(stdout, stderr),
        };

        foreach (var command in IndexCommands.Create(stdout))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine's own messages name .NET types ("System.Nullable`1[System.DateOnly]") and repeat the
            // value whole: ours name the kind of value, on one bounded line each.
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"medcoding: {DescribeParseError(error.Message)}");
            }

            stderr.WriteLine("medcoding: see 'medcoding --help', or the command's --help.");
            return ExitCodes.Failure;
        }

        try
        {
            var exitCode = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });

            return exitCode;
        }
        catch (Exception e) when (e is DataFileException or CompiledDataException or NoReleaseInForceException or CommandLineException or FileNotFoundException)
        {
            stderr.WriteLine($"medcoding: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Returns a command-line error with the .NET type it names told as the kind of value expected.</summary>
    internal static string DescribeParseError(string message)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(message, @"as expected type '([^']*)'", match =>
        {
            var type = match.Groups[1].Value;
            var kind =
                type.Contains("DateOnly", StringComparison.Ordinal) ? "a date written YYYY-MM-DD"
                : type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) ? "a whole number"
                : type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) ? "a number"
                : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
                : type.Contains("FileInfo", StringComparison.Ordinal) ? "a file path"
                : type.Contains("DirectoryInfo", StringComparison.Ordinal) ? "a folder path"
                : "a value of the kind the option takes";
            return $"as {kind}";
        });
        return MessageText.Line(System.Text.RegularExpressions.Regex.Replace(text, @"System\.[\w`.\[\]]+", "a value"));
    }
}
