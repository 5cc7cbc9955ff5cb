using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Splits the lines of a CMS edit file (tab-delimited text, or CSV as exported from the spreadsheets)
/// into fields, without allocating per line.
/// </summary>
/// <remarks>
/// The delimiter is the tab when the line holds one, else the comma; a CSV field may be quoted
/// (<c>"a, b"</c>, with <c>""</c> for a quote). Trailing CR is removed; fields are trimmed.
/// </remarks>
internal ref struct DelimitedLines
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public DelimitedLines(ReadOnlySpan<byte> data, int linesBefore = 0)
    {
        _data = data;
        _position = linesBefore == 0 && data.StartsWith("\xEF\xBB\xBF"u8) ? 3 : 0;
        LineNumber = linesBefore;
    }

    public int LineNumber { get; private set; }

    /// <summary>Moves to the next line; false at the end.</summary>
    public bool MoveNext(out ReadOnlySpan<byte> line)
    {
        if (_position >= _data.Length)
        {
            line = default;
            return false;
        }

        var rest = _data[_position..];
        var end = rest.IndexOf((byte)'\n');
        line = end < 0 ? rest : rest[..end];
        _position += end < 0 ? rest.Length : end + 1;
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        LineNumber++;
        return true;
    }

    /// <summary>Splits a line into at most <paramref name="ranges"/>.Length fields; returns how many there are (more than the space means too many).</summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> ranges)
    {
        var delimiter = line.Contains((byte)'\t') ? (byte)'\t' : (byte)',';
        var count = 0;
        var i = 0;
        while (true)
        {
            var start = i;
            int end;
            if (delimiter == (byte)',' && i < line.Length && line[i] == (byte)'"')
            {
                // Quoted CSV field: up to the closing quote that is not doubled.
                var j = i + 1;
                while (j < line.Length && !(line[j] == (byte)'"' && (j + 1 >= line.Length || line[j + 1] != (byte)'"')))
                {
                    j += line[j] == (byte)'"' ? 2 : 1;
                }

                start = i + 1;
                end = Math.Min(j, line.Length);
                i = Math.Min(j + 1, line.Length);
                var next = line[i..].IndexOf(delimiter);
                i = next < 0 ? line.Length : i + next;
            }
            else
            {
                var next = line[i..].IndexOf(delimiter);
                end = next < 0 ? line.Length : i + next;
                i = end;
            }

            if (count < ranges.Length)
            {
                ranges[count] = Trim(line, start, end);
            }

            count++;
            if (i >= line.Length)
            {
                return count;
            }

            i++;
        }
    }

    public static string Text(ReadOnlySpan<byte> field) => Encoding.Latin1.GetString(field).Replace("\"\"", "\"", StringComparison.Ordinal);

    public static ReadOnlySpan<byte> Read(string path, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The file could not be read: {e.Message}", e);
        }

        return bytes;
    }

    public static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Range Trim(ReadOnlySpan<byte> line, int start, int end)
    {
        while (start < end && line[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }

        while (end > start && line[end - 1] is (byte)' ' or (byte)'\t')
        {
            end--;
        }

        return new Range(start, end);
    }
}
