using System.CommandLine;
using MedCoding.CodeSets;
using MedCoding.Lookup;

namespace MedCoding.Cli;

/// <summary>Builds the <c>medcoding</c> command tree over the given standard streams.</summary>
internal static class MedCodingCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("medcoding: US medical code sets (ICD-10-CM) from the official CMS/CDC files.")
        {
            LookupCommand.Create(stdin, stdout, stderr),
            DataCommand.Create(stdout),
            DiffCommand.Create(stdout),
        };

        var parse = root.Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is DataFileException or CompiledDataException or NoReleaseInForceException or CommandLineException or FileNotFoundException)
        {
            stderr.WriteLine($"medcoding: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
