using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tables;

/// <summary>Reads one tab-separated grouper table: a header row, then rows with the same number of cells.</summary>
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
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The grouper table could not be read: {e.Message}", e);
        }

        if (lines.Length == 0)
        {
            throw new DataFileException(path, null, "The grouper table is empty; a header row was expected.");
        }

        var header = lines[0].Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns[header[i]] = i;
        }

        foreach (var required in requiredColumns)
        {
            if (!columns.ContainsKey(required))
            {
                throw new DataFileException(path, 1, $"The header has no '{required}' column; expected the columns {string.Join(", ", requiredColumns)}.");
            }
        }

        var rows = new List<(int, string[])>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 && i == lines.Length - 1)
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length != header.Length)
            {
                throw new DataFileException(path, i + 1, $"Expected {header.Length} tab-separated cells as in the header, found {cells.Length}.");
            }

            rows.Add((i + 1, cells));
        }

        return new TsvTable(path, columns, rows);
    }

    public int Column(string name) => _columns[name];

    public int Int(int line, string[] cells, string column)
    {
        var text = cells[_columns[column]];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFileException(Path, line, $"The '{column}' cell '{text}' is not a whole number.");
    }

    public string Text(string[] cells, string column) => cells[_columns[column]];

    public static string[] List(string cell) =>
        cell.Length == 0 ? [] : cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
