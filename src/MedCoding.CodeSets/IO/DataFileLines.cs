namespace MedCoding.CodeSets.IO;

/// <summary>
/// Reads the lines of an official text data file (order files, the HCPCS file, GEMs, CMS edit files, grouper
/// tables), numbering them from 1 as error messages do, without allocating per line.
/// </summary>
/// <remarks>
/// <para>
/// A line ends at LF; one CR before it (CRLF, as CMS publishes) is not part of the line. After a final line
/// break there is no further line; a file that ends in an empty line (<c>...\n\n</c>) yields it, and
/// <see cref="AtEnd"/> tells the reader that it is the last. A line longer than <see cref="InputLimits.LineChars"/> bytes is a
/// <see cref="DataFileException"/>. Every reader of a line-oriented file in the SDK reads
/// through this type, and reports a malformed line with <see cref="Error(string)"/>: a
/// <see cref="DataFileException"/> naming the file and the line.
/// </para>
/// <code>
/// var lines = new DataFileLines(DataFileLines.ReadAllBytes(path, "order file"), path);
/// while (lines.MoveNext())
/// {
///     if (lines.Current.IsEmpty) throw lines.Error("The line is empty.");
/// }
/// </code>
/// </remarks>
/// <threadsafety>A mutable cursor over a span: use one per thread.</threadsafety>
public ref struct DataFileLines
{
    private ReadOnlySpan<byte> _rest;

    /// <summary>Initializes a reader over a file's content (or a part of it).</summary>
    /// <param name="content">The bytes, from the start of a line.</param>
    /// <param name="source">The file's name or path, given in errors.</param>
    /// <param name="linesBefore">The number of lines before <paramref name="content"/> when it is a part of the file read in chunks; 0 for the whole file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="linesBefore"/> is negative.</exception>
    public DataFileLines(ReadOnlySpan<byte> content, string source, int linesBefore = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(linesBefore);
        _rest = content;
        Source = source;
        LineNumber = linesBefore;
        Current = default;
    }

    /// <summary>Gets the file's name or path, as errors give it.</summary>
    public readonly string Source { get; }

    /// <summary>Gets the 1-based number of <see cref="Current"/>: 0 before the first <see cref="MoveNext"/>, and the number of lines read once it returns <see langword="false"/>.</summary>
    public int LineNumber { readonly get; private set; }

    /// <summary>Gets the current line, without its line end.</summary>
    public ReadOnlySpan<byte> Current { readonly get; private set; }

    /// <summary>Gets a value indicating whether no line follows <see cref="Current"/>.</summary>
    public readonly bool AtEnd => _rest.IsEmpty;

    /// <summary>Returns the content without a UTF-8 byte order mark (EF BB BF) at its start.</summary>
    /// <param name="content">The file's content.</param>
    /// <returns>The content after the mark, or the content itself when it does not start with one.</returns>
    public static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;

    /// <summary>Returns every byte of a data file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="description">What the file is, for the error (<c>order file</c> gives "The order file could not be read: ...").</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="DataFileException">The file is missing or cannot be read, or it is larger than <see cref="InputLimits.DataFileBytes"/>; the exception names it, and wraps the I/O error.</exception>
    public static byte[] ReadAllBytes(string path, string description)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(description);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return InputLimits.TryReadAll(stream, InputLimits.DataFileBytes, out var content)
                ? content
                : throw new DataFileException(path, null, $"The {description} is larger than {InputLimits.Describe(InputLimits.DataFileBytes)}, the most a data file may have.");
        }
        catch (Exception e) when (e is (IOException and not DataFileException) or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The {description} could not be read: {MessageText.DescribeIOError(e)}", e);
        }
    }

    /// <summary>Returns every byte left in a stream.</summary>
    /// <param name="stream">The stream; read to the end and not closed.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="DataFileException">The stream holds more than <see cref="InputLimits.DataFileBytes"/> (reading stops there).</exception>
    public static byte[] ReadAllBytes(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return InputLimits.TryReadAll(stream, InputLimits.DataFileBytes, out var content)
            ? content
            : throw new DataFileException("(stream)", null, $"The data is larger than {InputLimits.Describe(InputLimits.DataFileBytes)}, the most a data file may have.");
    }

    /// <summary>Moves to the next line.</summary>
    /// <returns><see langword="false"/> when there is none.</returns>
    public bool MoveNext()
    {
        if (_rest.IsEmpty)
        {
            Current = default;
            return false;
        }

        var end = _rest.IndexOf((byte)'\n');
        var line = end < 0 ? _rest : _rest[..end];
        _rest = end < 0 ? default : _rest[(end + 1)..];
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        Current = line;
        LineNumber++;
        return line.Length <= InputLimits.LineChars
            ? true
            : throw Error($"The line is longer than {InputLimits.Describe(InputLimits.LineChars)}; no line of an official data file is.");
    }

    /// <summary>Returns the error for the current line.</summary>
    /// <param name="problem">What is wrong and what was expected; never patient data.</param>
    /// <returns>The exception to throw, naming <see cref="Source"/> and <see cref="LineNumber"/>.</returns>
    public readonly DataFileException Error(string problem) => new(Source, LineNumber, problem);

    /// <summary>Returns the current line read by 1-based columns, for a fixed-width layout.</summary>
    /// <returns>The line.</returns>
    public readonly FixedWidthLine CurrentColumns() => new(Current, Source, LineNumber);
}
