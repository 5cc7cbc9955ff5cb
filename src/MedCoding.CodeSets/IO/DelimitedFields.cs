using System.Text;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// Splits a line of a delimited data file (tab-separated tables, CMS's edit files as text or CSV, blank-separated
/// GEMs) into fields, as ranges into the line, without allocating.
/// </summary>
/// <remarks>
/// Each method writes at most <c>fields.Length</c> ranges and returns how many fields the line has: a count above
/// <c>fields.Length</c> means the line has too many, so pass one range more than the layout has to detect them.
/// An empty line has one (empty) field for <see cref="Split"/> and <see cref="SplitTabOrCsv"/>, none for
/// <see cref="SplitOnBlanks"/>.
/// </remarks>
public static class DelimitedFields
{
    /// <summary>Splits a line at every <paramref name="delimiter"/>, keeping the fields as they are (no trimming, no quotes).</summary>
    /// <param name="line">The line, without its line end.</param>
    /// <param name="delimiter">The delimiter, e.g. <c>(byte)'\t'</c>.</param>
    /// <param name="fields">Receives the fields' ranges.</param>
    /// <returns>The number of fields in the line.</returns>
    public static int Split(ReadOnlySpan<byte> line, byte delimiter, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var next = line[start..].IndexOf(delimiter);
            var end = next < 0 ? line.Length : start + next;
            if (count < fields.Length)
            {
                fields[count] = new Range(start, end);
            }

            count++;
            if (next < 0)
            {
                return count;
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// Splits a line of a CMS edit file (NCCI PTP and MUE), published as tab-delimited text or exported from the
    /// spreadsheets as CSV: the delimiter is the tab when the line holds one, else the comma; a CSV field may be
    /// quoted (<c>"a, b"</c>, with <c>""</c> for a quote). Fields are trimmed of blanks and tabs.
    /// </summary>
    /// <param name="line">The line, without its line end.</param>
    /// <param name="fields">Receives the fields' ranges (inside the quotes of a quoted field).</param>
    /// <returns>The number of fields in the line.</returns>
    public static int SplitTabOrCsv(ReadOnlySpan<byte> line, Span<Range> fields)
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

            if (count < fields.Length)
            {
                fields[count] = TrimBlanks(line, start, end);
            }

            count++;
            if (i >= line.Length)
            {
                return count;
            }

            i++;
        }
    }

    /// <summary>Splits a line at runs of blanks and tabs, ignoring those at either end (the GEM files' layout).</summary>
    /// <param name="line">The line, without its line end.</param>
    /// <param name="fields">Receives the fields' ranges.</param>
    /// <returns>The number of fields in the line; 0 for a line of blanks.</returns>
    public static int SplitOnBlanks(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (true)
        {
            var skip = line[i..].IndexOfAnyExcept((byte)' ', (byte)'\t');
            if (skip < 0)
            {
                return count;
            }

            var start = i + skip;
            var length = line[start..].IndexOfAny((byte)' ', (byte)'\t');
            var end = length < 0 ? line.Length : start + length;
            if (count < fields.Length)
            {
                fields[count] = new Range(start, end);
            }

            count++;
            i = end;
        }
    }

    /// <summary>Returns the text of a field of a CMS edit file split by <see cref="SplitTabOrCsv"/>: Latin-1 (the spreadsheets' export), doubled quotes undone.</summary>
    /// <param name="field">The field's bytes.</param>
    /// <returns>The text.</returns>
    public static string CsvText(ReadOnlySpan<byte> field) => Encoding.Latin1.GetString(field).Replace("\"\"", "\"", StringComparison.Ordinal);

    private static Range TrimBlanks(ReadOnlySpan<byte> line, int start, int end)
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
