using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

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
    private const int LongTitleColumn = 78;

    /// <summary>
    /// Returns every record of an order file, in file order.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataFileException">The file is missing or a line does not fit the layout.</exception>
    public static IReadOnlyList<OrderFileRecord> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(DataFileLines.ReadAllBytes(path, "order file"), path);
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
        return Parse(DataFileLines.ReadAllBytes(stream), sourceName);
    }

    private static List<OrderFileRecord> Parse(ReadOnlySpan<byte> content, string source)
    {
        var records = new List<OrderFileRecord>(content.Length / 140);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var previousOrder = 0;
        var lines = new DataFileLines(content, source);
        while (lines.MoveNext())
        {
            if (lines.Current.IsEmpty && lines.AtEnd)
            {
                break; // a final line break
            }

            var record = ParseLine(lines.CurrentColumns());
            if (record.OrderNumber <= previousOrder)
            {
                throw lines.Error($"Order number {record.OrderNumber:D5} does not follow {previousOrder:D5}; order numbers increase down the file.");
            }

            if (!seen.Add(record.Code))
            {
                throw lines.Error($"Code {record.Code} appears a second time.");
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

    private static OrderFileRecord ParseLine(FixedWidthLine line)
    {
        if (line.Length < LongTitleColumn)
        {
            throw line.Error(
                $"The line has {line.Length} characters; an order file line has at least {LongTitleColumn} (the long description starts in column {LongTitleColumn}).");
        }

        if (line.FindNonPrintableAscii() is > 0 and var column)
        {
            throw line.Error($"Unexpected byte 0x{line.Bytes[column - 1]:X2}; order files are printable ASCII.");
        }

        var orderField = line.Columns(1, 5, "the order number");
        if (orderField.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            throw line.Error("Columns 1-5 must hold the zero-padded order number.");
        }

        var order = 0;
        foreach (var b in orderField)
        {
            order = (order * 10) + (b - '0');
        }

        line.ExpectBlank(6, 6);
        line.ExpectBlank(14, 14);
        line.ExpectBlank(16, 16);
        line.ExpectBlank(77, 77);

        var codeField = line.Columns(7, 13, "the code").TrimEnd((byte)' ');
        if (codeField.IsEmpty || codeField.Contains((byte)' '))
        {
            throw line.Error("Columns 7-13 must hold a code, left-aligned, without blanks inside it.");
        }

        foreach (var b in codeField)
        {
            if (!char.IsAsciiDigit((char)b) && !char.IsAsciiLetterUpper((char)b))
            {
                throw line.Error($"The code in columns 7-13 has {MessageText.Quote($"{(char)b}")}; codes are upper-case letters and digits without a dot.");
            }
        }

        var flag = line.Char(15);
        if (flag is not ('0' or '1'))
        {
            throw line.Error($"Column 15 must be 1 (valid for HIPAA-covered transactions) or 0 (header), not {MessageText.Quote(flag)}.");
        }

        var shortTitle = line.Columns(17, 76, "the short description").TrimEnd((byte)' ');
        var longTitle = line.ColumnsFrom(LongTitleColumn, "the long description").TrimEnd((byte)' ');
        if (shortTitle.IsEmpty || longTitle.IsEmpty)
        {
            throw line.Error("The short (columns 17-76) and long (column 78 on) descriptions must not be blank.");
        }

        return new OrderFileRecord(
            order,
            Encoding.ASCII.GetString(codeField),
            flag == '1',
            Encoding.ASCII.GetString(shortTitle),
            Encoding.ASCII.GetString(longTitle),
            line.LineNumber);
    }
}
