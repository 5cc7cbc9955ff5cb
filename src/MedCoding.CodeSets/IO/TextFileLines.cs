namespace MedCoding.CodeSets.IO;

/// <summary>
/// Reads the lines of a text input one at a time (a case file, an audit pair file, a table), numbering them from 1, and
/// refuses a line longer than <see cref="InputLimits.LineChars"/> or an input longer than a limit, after reading no more
/// than that: endless input ends in a <see cref="DataFileException"/> naming the source and the line.
/// </summary>
/// <threadsafety>A mutable cursor: use one per thread.</threadsafety>
public sealed class TextFileLines
{
    private readonly TextReader _reader;
    private readonly long _maxChars;
    private long _read;

    /// <summary>Initializes a reader.</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="source">The file's name or path, given in errors.</param>
    /// <param name="maxChars">The most characters the whole input may have; <see cref="InputLimits.CaseFileBytes"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxChars"/> is negative.</exception>
    public TextFileLines(TextReader reader, string source, long maxChars = InputLimits.CaseFileBytes)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        _reader = reader;
        Source = source;
        _maxChars = maxChars;
    }

    /// <summary>Gets the file's name or path, as errors give it.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based number of the line last returned by <see cref="ReadLine"/>.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Returns the next line, without its line end, or <see langword="null"/> at the end.</summary>
    /// <returns>The line.</returns>
    /// <exception cref="DataFileException">The line is longer than <see cref="InputLimits.LineChars"/>, or the input longer than its limit.</exception>
    public string? ReadLine()
    {
        var line = InputLimits.ReadLine(_reader, InputLimits.LineChars, out var tooLong);
        LineNumber++;
        if (tooLong)
        {
            throw new DataFileException(Source, LineNumber, $"The line is longer than {InputLimits.Describe(InputLimits.LineChars)} characters.");
        }

        _read += (line?.Length ?? 0) + 1;
        return _read > _maxChars
            ? throw new DataFileException(Source, LineNumber, $"The input is longer than {InputLimits.Describe(_maxChars)} characters.")
            : line;
    }
}
