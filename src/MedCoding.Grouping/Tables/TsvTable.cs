using System.Globalization;
using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Grouping.Tables;

/// <summary>Reads one tab-separated grouper table: a header row, then rows with the same number of cells (lines and cells through the kernel's <see cref="DataFileLines"/> and <see cref="DelimitedFields"/>).</summary>
/// <remarks>Every problem throws a <see cref="DataFileException"/> naming the file and line.</remarks>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string path, Dictionary<string, int> columns, List<(int Line, string[] Cells)> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    public List<(int Line, string[] Cells)> Rows { get; }

    public static TsvTable Read(string path, params string[] requiredColumns)
    {
        var content = DataFileLines.ReadAllBytes(path, "grouper table");
        var lines = new DataFileLines(DataFileLines.WithoutByteOrderMark(content), path);
        if (!lines.MoveNext())
        {
            throw new DataFileException(path, null, "The grouper table is empty; a header row was expected.");
        }

        var headerRanges = new Range[lines.Current.Count((byte)'\t') + 1];
        var header = Cells(lines.Current, headerRanges, DelimitedFields.Split(lines.Current, (byte)'\t', headerRanges));
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns[header[i]] = i;
        }

        foreach (var required in requiredColumns)
        {
            if (!columns.ContainsKey(required))
            {
                throw lines.Error($"The header has no {MessageText.Quote(required)} column; expected the columns {string.Join(", ", requiredColumns)}.");
            }
        }

        var rows = new List<(int, string[])>();
        var ranges = new Range[header.Length + 1];
        while (lines.MoveNext())
        {
            if (lines.Current.IsEmpty && lines.AtEnd)
            {
                continue;
            }

            var count = DelimitedFields.Split(lines.Current, (byte)'\t', ranges);
            if (count != header.Length)
            {
                throw lines.Error($"Expected {header.Length} tab-separated cells as in the header, found {count}.");
            }

            rows.Add((lines.LineNumber, Cells(lines.Current, ranges, count)));
        }

        return new TsvTable(path, columns, rows);
    }

    public int Column(string name) => _columns[name];

    public int Int(int line, string[] cells, string column)
    {
        var text = cells[_columns[column]];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFileException(Path, line, $"The {MessageText.Quote(column)} cell {MessageText.Quote(text)} is not a whole number.");
    }

    public string Text(string[] cells, string column) => cells[_columns[column]];

    private static string[] Cells(ReadOnlySpan<byte> line, Range[] ranges, int count)
    {
        var cells = new string[count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = Encoding.UTF8.GetString(line[ranges[i]]);
        }

        return cells;
    }

    public static string[] List(string cell) =>
        cell.Length == 0 ? [] : cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
