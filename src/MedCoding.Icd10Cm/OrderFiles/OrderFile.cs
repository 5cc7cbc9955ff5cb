using MedCoding.CodeSets;
using System.Text;

namespace MedCoding.Icd10Cm.OrderFiles;

/// <summary>
/// Reads the fixed-width order files CMS publishes for ICD-10-CM and ICD-10-PCS.
/// </summary>
/// <remarks>
/// <para>The layout (1-based columns), the same every year:</para>
/// <list type="table">
/// <item><term>1-5</term><description>order number, zero-padded</description></item>
/// <item><term>7-13</term><description>code, no dot, left-aligned</description></item>
/// <item><term>15</term><description>1 = valid for HIPAA-covered transactions (billable), 0 = header</description></item>
/// <item><term>17-76</term><description>short description</description></item>
/// <item><term>78-end</term><description>long description</description></item>
/// </list>
/// <para>
/// Columns 6, 14, 16 and 77 are blank. Lines end in CRLF as published; LF alone is accepted. Every
/// line is checked: a line that does not fit the layout, a code that repeats or an order number out
/// of sequence throws a <see cref="DataFileException"/> naming the file and line.
/// </para>
/// </remarks>
public static class OrderFile
{
    private const int CodeStart = 6;
    private const int CodeWidth = 7;
    private const int FlagColumn = 14;
    private const int ShortTitleStart = 16;
    private const int ShortTitleWidth = 60;
    private const int LongTitleStart = 77;

    /// <summary>
    /// Returns every record of an order file, in file order.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataFileException">The file is missing or a line does not fit the layout.</exception>
    public static IReadOnlyList<OrderFileRecord> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The order file could not be read: {e.Message}", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>
    /// Returns every record of an order file read from a stream, in file order.
    /// </summary>
    /// <param name="stream">The file's content; it is read to the end and not closed.</param>
    /// <param name="sourceName">The name to give in error messages, usually the file's path.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataFileException">A line does not fit the layout.</exception>
    public static IReadOnlyList<OrderFileRecord> Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName);
    }

    private static List<OrderFileRecord> Parse(ReadOnlySpan<byte> content, string source)
    {
        var records = new List<OrderFileRecord>(content.Length / 140);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        var previousOrder = 0;
        while (!content.IsEmpty)
        {
            lineNumber++;
            var end = content.IndexOf((byte)'\n');
            var line = end < 0 ? content : content[..end];
            content = end < 0 ? [] : content[(end + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty && content.IsEmpty)
            {
                break; // a final line break
            }

            var record = ParseLine(line, lineNumber, source);
            if (record.OrderNumber <= previousOrder)
            {
                throw new DataFileException(source, lineNumber,
                    $"Order number {record.OrderNumber:D5} does not follow {previousOrder:D5}; order numbers increase down the file.");
            }

            if (!seen.Add(record.Code))
            {
                throw new DataFileException(source, lineNumber, $"Code {record.Code} appears a second time.");
            }

            previousOrder = record.OrderNumber;
            records.Add(record);
        }

        if (records.Count == 0)
        {
            throw new DataFileException(source, null, "The order file holds no records.");
        }

        return records;
    }

    private static OrderFileRecord ParseLine(ReadOnlySpan<byte> line, int lineNumber, string source)
    {
        if (line.Length <= LongTitleStart)
        {
            throw new DataFileException(source, lineNumber,
                $"The line has {line.Length} characters; an order file line has at least {LongTitleStart + 1} (the long description starts in column {LongTitleStart + 1}).");
        }

        foreach (var b in line)
        {
            if (b is < 0x20 or > 0x7E)
            {
                throw new DataFileException(source, lineNumber, $"Unexpected byte 0x{b:X2}; order files are printable ASCII.");
            }
        }

        var order = 0;
        for (var i = 0; i < 5; i++)
        {
            var b = line[i];
            if (b is < (byte)'0' or > (byte)'9')
            {
                throw new DataFileException(source, lineNumber, "Columns 1-5 must hold the zero-padded order number.");
            }

            order = (order * 10) + (b - '0');
        }

        ExpectBlank(line, 5, lineNumber, source);
        ExpectBlank(line, 13, lineNumber, source);
        ExpectBlank(line, 15, lineNumber, source);
        ExpectBlank(line, 76, lineNumber, source);

        var codeField = line.Slice(CodeStart, CodeWidth).TrimEnd((byte)' ');
        if (codeField.IsEmpty || codeField.Contains((byte)' '))
        {
            throw new DataFileException(source, lineNumber, "Columns 7-13 must hold a code, left-aligned, without blanks inside it.");
        }

        foreach (var b in codeField)
        {
            if (!char.IsAsciiDigit((char)b) && !char.IsAsciiLetterUpper((char)b))
            {
                throw new DataFileException(source, lineNumber,
                    $"The code in columns 7-13 has '{(char)b}'; codes are upper-case letters and digits without a dot.");
            }
        }

        var flag = line[FlagColumn];
        if (flag is not ((byte)'0' or (byte)'1'))
        {
            throw new DataFileException(source, lineNumber,
                $"Column 15 must be 1 (valid for HIPAA-covered transactions) or 0 (header), not '{(char)flag}'.");
        }

        var shortTitle = line.Slice(ShortTitleStart, ShortTitleWidth).TrimEnd((byte)' ');
        var longTitle = line[LongTitleStart..].TrimEnd((byte)' ');
        if (shortTitle.IsEmpty || longTitle.IsEmpty)
        {
            throw new DataFileException(source, lineNumber, "The short (columns 17-76) and long (column 78 on) descriptions must not be blank.");
        }

        return new OrderFileRecord(
            order,
            Encoding.ASCII.GetString(codeField),
            flag == (byte)'1',
            Encoding.ASCII.GetString(shortTitle),
            Encoding.ASCII.GetString(longTitle),
            lineNumber);
    }

    private static void ExpectBlank(ReadOnlySpan<byte> line, int index, int lineNumber, string source)
    {
        if (line[index] != (byte)' ')
        {
            throw new DataFileException(source, lineNumber, $"Column {index + 1} must be blank.");
        }
    }
}
