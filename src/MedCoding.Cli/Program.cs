namespace MedCoding.Cli;

/// <summary>The entry point of the <c>medcoding</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var exitCode = MedCodingCommand.Run(args, Console.In, stdout, Console.Error);
        stdout.Flush();
        return exitCode;
    }
}
