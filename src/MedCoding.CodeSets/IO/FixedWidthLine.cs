using System.Globalization;
using System.Text;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// Reads one line of a fixed-width data file (the ICD-10-CM and ICD-10-PCS order files, the HCPCS alpha-numeric
/// file) by 1-based, inclusive column ranges, as CMS's record layouts number them.
/// </summary>
/// <remarks>
/// <para>
/// Columns past the end of the line read as blanks in <see cref="Char"/>, <see cref="Raw"/>, <see cref="Text"/> and
/// <see cref="ExpectBlank"/> (layouts whose trailing filler may be cut off); <see cref="Columns"/> and
/// <see cref="ColumnsFrom"/> instead require the line to reach the columns, and say which columns were expected.
/// Every error is a <see cref="DataFileException"/> naming the file, the line and the column.
/// </para>
/// <para>The bytes are read as single-byte characters: check <see cref="FindNonPrintableAscii"/> first where the layout is ASCII.</para>
/// </remarks>
/// <threadsafety>Immutable; a view of a span, used on one thread.</threadsafety>
public readonly ref struct FixedWidthLine
{
    /// <summary>Initializes the view of one line.</summary>
    /// <param name="bytes">The line, without its line end.</param>
    /// <param name="source">The file's name or path, given in errors.</param>
    /// <param name="lineNumber">The line's 1-based number in the file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public FixedWidthLine(ReadOnlySpan<byte> bytes, string source, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(source);
        Bytes = bytes;
        Source = source;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the line's bytes.</summary>
    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>Gets the file's name or path, as errors give it.</summary>
    public string Source { get; }

    /// <summary>Gets the line's 1-based number.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the number of columns the line has.</summary>
    public int Length => Bytes.Length;

    /// <summary>Returns the character in a column.</summary>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The character, or a blank past the end of the line.</returns>
    public char Char(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        return column <= Bytes.Length ? (char)Bytes[column - 1] : ' ';
    }

    /// <summary>Returns the bytes of a column range the line must reach.</summary>
    /// <param name="first">The first column, 1-based.</param>
    /// <param name="last">The last column, inclusive.</param>
    /// <param name="what">What the columns hold, for the error (<c>the code</c>).</param>
    /// <returns>The bytes, as they are.</returns>
    /// <exception cref="DataFileException">The line ends before <paramref name="last"/>.</exception>
    public ReadOnlySpan<byte> Columns(int first, int last, string what)
    {
        CheckRange(first, last);
        return Bytes.Length >= last
            ? Bytes[(first - 1)..last]
            : throw Error(first, $"{ColumnsName(first, last)} ({what}) are expected, but the line ends at column {Bytes.Length}.");
    }

    /// <summary>Returns the bytes from a column to the end of the line, which must reach it.</summary>
    /// <param name="first">The first column, 1-based.</param>
    /// <param name="what">What the columns hold, for the error (<c>the long description</c>).</param>
    /// <returns>The bytes, as they are.</returns>
    /// <exception cref="DataFileException">The line ends before <paramref name="first"/>.</exception>
    public ReadOnlySpan<byte> ColumnsFrom(int first, string what)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        return Bytes.Length >= first
            ? Bytes[(first - 1)..]
            : throw Error(first, $"Column {first} on ({what}) is expected, but the line ends at column {Bytes.Length}.");
    }

    /// <summary>Returns a column range as text, blanks kept, padded with blanks past the end of the line.</summary>
    /// <param name="first">The first column, 1-based.</param>
    /// <param name="last">The last column, inclusive.</param>
    /// <returns>Exactly <c>last - first + 1</c> characters.</returns>
    public string Raw(int first, int last)
    {
        CheckRange(first, last);
        return RawCore(first, last);
    }

    /// <summary>Returns a column range as text without its leading and trailing blanks.</summary>
    /// <param name="first">The first column, 1-based.</param>
    /// <param name="last">The last column, inclusive.</param>
    /// <returns>The text; empty when the columns are blank.</returns>
    public string Text(int first, int last) => Raw(first, last).Trim();

    /// <summary>Returns a column range as text without its leading and trailing blanks, or <see langword="null"/> when it is blank.</summary>
    /// <param name="first">The first column, 1-based.</param>
    /// <param name="last">The last column, inclusive.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? OptionalText(int first, int last) => Text(first, last) is { Length: > 0 } text ? text : null;

    /// <summary>Returns a column range that must hold digits only, as a number.</summary>
    /// <param name="first">The first column, 1-based.</param>
    /// <param name="last">The last column, inclusive.</param>
    /// <param name="what">What the columns hold, for the error (<c>the sequence number</c>).</param>
    /// <returns>The number.</returns>
    /// <exception cref="DataFileException">The columns hold anything but digits.</exception>
    public int Number(int first, int last, string what)
    {
        var text = Raw(first, last);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(first, $"{ColumnsName(first, last)} ({what}) must be digits, not {MessageText.Quote(text)}.");
    }

    /// <summary>Checks that a column range is blank (or past the end of the line).</summary>
    /// <param name="first">The first column, 1-based.</param>
    /// <param name="last">The last column, inclusive.</param>
    /// <param name="why">Why it must be blank, added to the error; <see langword="null"/> for none.</param>
    /// <exception cref="DataFileException">A column holds something else: "Column 6 must be blank." or "Column 300 must be blank: why."</exception>
    public void ExpectBlank(int first, int last, string? why = null)
    {
        CheckRange(first, last);
        for (var c = first; c <= last; c++)
        {
            if (Char(c) != ' ')
            {
                throw Error(c, why is null ? $"Column {c} must be blank." : $"Column {c} must be blank: {why}.");
            }
        }
    }

    /// <summary>Returns the first column whose byte is not printable ASCII (below 0x20 or above 0x7E).</summary>
    /// <returns>The 1-based column, or 0 when every byte is printable ASCII.</returns>
    public int FindNonPrintableAscii()
    {
        var index = Bytes.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);
        return index + 1;
    }

    /// <summary>Returns the error for a column of the line.</summary>
    /// <param name="column">The 1-based column at fault.</param>
    /// <param name="problem">What is wrong; prefixed with "Column N: " unless it already starts with "Column".</param>
    /// <returns>The exception to throw, naming the file and the line.</returns>
    public DataFileException Error(int column, string problem) =>
        new(Source, LineNumber, problem.StartsWith("Column", StringComparison.Ordinal) ? problem : $"Column {column}: {problem}");

    /// <summary>Returns the error for the line as a whole.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <returns>The exception to throw, naming the file and the line.</returns>
    public DataFileException Error(string problem) => new(Source, LineNumber, problem);

    private static string ColumnsName(int first, int last) => first == last ? $"Column {first}" : $"Columns {first}-{last}";

    private static void CheckRange(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
    }

    private string RawCore(int first, int last)
    {
        var length = last - first + 1;
        Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
        var available = Math.Clamp(Bytes.Length - (first - 1), 0, length);
        if (available > 0)
        {
            Encoding.Latin1.GetChars(Bytes.Slice(first - 1, available), chars);
        }

        chars[available..].Fill(' ');
        return new string(chars);
    }
}
