namespace MedCoding.CodeSets;

/// <summary>
/// The exception thrown when an official data file is missing, malformed or inconsistent with another.
/// </summary>
/// <remarks>
/// <para>Derives from <see cref="IOException"/> (the BCL's <see cref="InvalidDataException"/> is sealed), so handlers of file errors catch it.</para>
/// <para>
/// The message names the file, the line (where there is one) and what was expected. A release is never
/// half loaded: the load that throws this exception returns nothing.</para>
/// <para>The message is one line of at most <see cref="MessageText.MaxMessageLength"/> characters (<see cref="MessageText.Line(string?, int)"/>).</para>
/// </remarks>
public sealed class DataFileException : IOException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="filePath">The file at fault.</param>
    /// <param name="lineNumber">The 1-based line at fault, or <see langword="null"/> for the file as a whole.</param>
    /// <param name="problem">What was wrong and what was expected.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public DataFileException(string filePath, int? lineNumber, string problem, Exception? innerException = null)
        : base(Format(filePath, lineNumber, problem), innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Problem = MessageText.Line(problem);
    }

    /// <summary>Gets the file at fault.</summary>
    public string FilePath { get; }

    /// <summary>Gets the 1-based line at fault, or <see langword="null"/> when the problem concerns the whole file.</summary>
    public int? LineNumber { get; }

    /// <summary>Gets what was wrong, without the file and line.</summary>
    public string Problem { get; }

    private static string Format(string filePath, int? lineNumber, string problem) =>
        MessageText.Line(lineNumber is { } line ? $"{filePath}, line {line}: {problem}" : $"{filePath}: {problem}");
}
