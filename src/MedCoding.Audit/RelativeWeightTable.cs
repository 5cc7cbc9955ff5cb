using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Audit;

/// <summary>
/// Gets the MS-DRG relative weights of one fiscal year, read from a file in the layout of CMS's IPPS Table 5
/// (<i>List of MS-DRGs, Relative Weighting Factors, and Geometric and Arithmetic Mean Length of Stay</i>).
/// </summary>
/// <remarks>
/// <para>
/// CMS publishes Table 5 as a tab-separated text file: one or more title lines, then a header row, then one row a DRG.
/// The header names the columns <c>MS-DRG</c>, <c>FY 2026 Final Rule Post-Acute DRG</c>, <c>FY 2026 Final Rule Special
/// Pay DRG</c>, <c>MDC</c>, <c>TYPE</c>, <c>MS-DRG Title</c>, <c>Weights</c>, <c>Geometric mean LOS</c> and
/// <c>Arithmetic mean LOS</c>. The reader finds the header as the first line whose first cell is <c>MS-DRG</c> and
/// that has a weights column, then reads the columns by name (case ignored; the weight column is the one whose name
/// starts with <c>Weight</c>, the lengths of stay the ones whose names start with <c>Geometric</c> and
/// <c>Arithmetic</c>), so the fiscal year in the other columns' names and their order do not matter. The DRG is
/// written with or without leading zeros (<c>001</c>, <c>1</c>). Blank lines and lines after the table whose first cell
/// is not a number (footnotes) are skipped.
/// </para>
/// <para>No weights are shipped: CMS's Table 5 is read from the user's file.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class RelativeWeightTable
{
    private readonly Dictionary<int, DrgWeight> _weights;

    private RelativeWeightTable(Dictionary<int, DrgWeight> weights) => _weights = weights;

    /// <summary>Gets the number of DRGs the table weighs.</summary>
    public int Count => _weights.Count;

    /// <summary>Gets the rows, in DRG order.</summary>
    public IEnumerable<DrgWeight> Rows => _weights.Values.OrderBy(w => w.Drg);

    /// <summary>Returns a table of the given rows.</summary>
    /// <param name="rows">The rows, one per DRG.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A DRG is given twice.</exception>
    public static RelativeWeightTable Of(IEnumerable<DrgWeight> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var weights = new Dictionary<int, DrgWeight>();
        foreach (var row in rows)
        {
            if (!weights.TryAdd(row.Drg, row))
            {
                throw new ArgumentException($"MS-DRG {row.Drg:000} is given twice.", nameof(rows));
            }
        }

        return new RelativeWeightTable(weights);
    }

    /// <summary>Returns the table read from a file in the layout of CMS's Table 5.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The file cannot be read or does not fit the layout.</exception>
    public static RelativeWeightTable Load(string path) =>
        TextFiles.Read(path, "relative weights file", Read);

    /// <summary>Returns the table read from text in the layout of CMS's Table 5.</summary>
    /// <param name="reader">The text; read to the end, not closed.</param>
    /// <param name="sourceName">The name to give in error messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The text does not fit the layout: no header, a cell that is not a number, a DRG given twice, no row.</exception>
    public static RelativeWeightTable Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var lineNumber = 0;
        var lines = new TextFileLines(reader, sourceName, InputLimits.DataFileBytes);
        int drgColumn = -1, weightColumn = -1, geometricColumn = -1, arithmeticColumn = -1;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            var cells = line.Split('\t');
            if (!cells[0].Trim().Trim('"').Equals("MS-DRG", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            drgColumn = 0;
            for (var i = 1; i < cells.Length; i++)
            {
                var name = cells[i].Trim().Trim('"');
                if (name.StartsWith("Weight", StringComparison.OrdinalIgnoreCase))
                {
                    weightColumn = i;
                }
                else if (name.StartsWith("Geometric", StringComparison.OrdinalIgnoreCase))
                {
                    geometricColumn = i;
                }
                else if (name.StartsWith("Arithmetic", StringComparison.OrdinalIgnoreCase))
                {
                    arithmeticColumn = i;
                }
            }

            if (weightColumn < 0 || geometricColumn < 0 || arithmeticColumn < 0)
            {
                throw new DataFileException(sourceName, lineNumber, "The header row starting with 'MS-DRG' has no 'Weights', 'Geometric mean LOS' and 'Arithmetic mean LOS' columns.");
            }

            break;
        }

        if (drgColumn < 0)
        {
            throw new DataFileException(sourceName, null, "No header row: expected a line starting with 'MS-DRG' and naming the columns 'Weights', 'Geometric mean LOS' and 'Arithmetic mean LOS' (CMS IPPS Table 5).");
        }

        var weights = new Dictionary<int, DrgWeight>();
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            var cells = line.Split('\t');
            var drgText = cells[drgColumn].Trim().Trim('"');
            if (drgText.Length == 0 || !char.IsAsciiDigit(drgText[0]))
            {
                // A blank line or a footnote after the table.
                continue;
            }

            if (!int.TryParse(drgText, NumberStyles.None, CultureInfo.InvariantCulture, out var drg) || drg is < 1 or > 999)
            {
                throw new DataFileException(sourceName, lineNumber, $"The MS-DRG {MessageText.Quote(drgText)} is not a number from 1 to 999.");
            }

            var row = new DrgWeight(
                drg,
                Number(cells, weightColumn, "Weights", sourceName, lineNumber),
                Number(cells, geometricColumn, "Geometric mean LOS", sourceName, lineNumber),
                Number(cells, arithmeticColumn, "Arithmetic mean LOS", sourceName, lineNumber));
            if (!weights.TryAdd(drg, row))
            {
                throw new DataFileException(sourceName, lineNumber, $"MS-DRG {drg:000} is given twice.");
            }
        }

        return weights.Count > 0
            ? new RelativeWeightTable(weights)
            : throw new DataFileException(sourceName, null, "The table has a header but no MS-DRG row.");
    }

    /// <summary>Returns the row of a DRG, or <see langword="null"/> when the table does not weigh it.</summary>
    /// <param name="drg">The MS-DRG.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public DrgWeight? Find(int drg) => _weights.GetValueOrDefault(drg);

    /// <summary>Returns the relative weight of a DRG, or <see langword="null"/> when the table does not weigh it.</summary>
    /// <param name="drg">The MS-DRG.</param>
    /// <returns>The weight, or <see langword="null"/>.</returns>
    public decimal? WeightOf(int drg) => _weights.TryGetValue(drg, out var row) ? row.Weight : null;

    private static decimal Number(string[] cells, int column, string name, string source, int line)
    {
        var text = column < cells.Length ? cells[column].Trim().Trim('"') : "";
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFileException(source, line, $"The '{name}' cell {MessageText.Quote(text)} is not a number.");
    }
}
