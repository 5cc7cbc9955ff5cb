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
            ClaimCommand.Create(stdout, stderr),
            RemitCommand.Create(stdout, stderr),
            DataCommand.Create(stdout),
            DiffCommand.Create(stdout),
            DrgCommand.Create(stdin, stdout, stderr),
            MceCommand.Create(stdin, stdout, stderr),
            SearchCommand.Create(stdin, stdout),
            AuditCommand.Create(stdin, stdout, stderr),
            FhirCommand.Create(stdout, stderr),
        };

        foreach (var command in IndexCommands.Create(stdout))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        try
        {
            var exitCode = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });

            // System.CommandLine reports a wrong command line with 1, which is ours for "not found".
            return parse.Errors.Count > 0 ? ExitCodes.Failure : exitCode;
        }
        catch (Exception e) when (e is DataFileException or CompiledDataException or NoReleaseInForceException or CommandLineException or FileNotFoundException)
        {
            stderr.WriteLine($"medcoding: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
