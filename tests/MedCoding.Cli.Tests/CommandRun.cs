using System.Text;

namespace MedCoding.Cli.Tests;

/// <summary>The outcome of one in-process run of <c>medcoding</c>.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the command as the tool's Main does, loading releases through <paramref name="releases"/>.</summary>
    public static CommandRun Of(OfficialReleases releases, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = MedCodingCommand.Run(args, input, output, error, releases.LoadFolder);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the command with standard output as the tool's Main makes it (a UTF-8 <see cref="StreamWriter"/> over a
    /// byte stream, which JSON lines bypass to write bytes), loading releases through <paramref name="releases"/>.
    /// </summary>
    public static CommandRun OfStdoutStream(OfficialReleases releases, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var bytes = new MemoryStream();
        using var error = new StringWriter();
        int exitCode;
        using (var output = new StreamWriter(bytes, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            exitCode = MedCodingCommand.Run(args, input, output, error, releases.LoadFolder);
        }

        return new CommandRun(exitCode, Encoding.UTF8.GetString(bytes.ToArray()), error.ToString());
    }

    /// <summary>Runs the command exactly as the tool's Main does, loading from disk.</summary>
    public static CommandRun OfTool(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = MedCodingCommand.Run(args, input, output, error);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}
