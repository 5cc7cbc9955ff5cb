using System.CommandLine;
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
            DrgCommand.Create(stdin, stdout, stderr),
        };

        var parse = root.Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (DataFileException e)
        {
            stderr.WriteLine($"medcoding: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
