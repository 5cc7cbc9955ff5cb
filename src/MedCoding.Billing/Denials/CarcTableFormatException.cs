namespace MedCoding.Billing.Denials;

/// <summary>
/// The exception thrown when a user CARC routing CSV is malformed: it names the file, the line and what was expected.
/// </summary>
public sealed class CarcTableFormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="fileName">The file name, or a description of the source.</param>
    /// <param name="line">The 1-based line at fault.</param>
    /// <param name="problem">What was wrong and what was expected.</param>
    public CarcTableFormatException(string fileName, int line, string problem)
        : base($"{fileName}, line {line}: {problem}")
    {
        FileName = fileName;
        Line = line;
        Problem = problem;
    }

    /// <summary>Gets the file name or source description.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line at fault.</summary>
    public int Line { get; }

    /// <summary>Gets what was wrong.</summary>
    public string Problem { get; }
}
