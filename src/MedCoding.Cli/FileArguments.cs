using System.CommandLine;

namespace MedCoding.Cli;

/// <summary>Checks of file-name arguments shared by the commands that read a file or standard input.</summary>
internal static class FileArguments
{
    /// <summary>Returns the argument, refusing an empty file name (which names no file; <c>-</c> is standard input) as a command-line error.</summary>
    public static Argument<T> NotEmpty<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"The {argument.Name} name is empty: give a path, or '-' for standard input.");
            }
        });
        return argument;
    }
}
