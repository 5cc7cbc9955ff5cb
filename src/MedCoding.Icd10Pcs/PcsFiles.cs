using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns the official ICD-10-PCS files of one release found in a folder: the order file
/// (<c>icd10pcs_order_2026.txt</c>), the Tables XML (<c>icd10pcs_tables_2026.xml</c>), or both, and the Definitions XML
/// (<c>icd10pcs_definitions_2026.xml</c>) when the folder has it.
/// </summary>
/// <remarks>The addenda beside an order file (<c>order_addenda_2026.txt</c>) are never taken for it; other files (the Index XML) are left alone.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed partial class PcsFiles
{
    private PcsFiles(string directory, string? orderFilePath, string? tablesPath, string? definitionsPath, int year)
    {
        Directory = directory;
        OrderFilePath = orderFilePath;
        TablesPath = tablesPath;
        DefinitionsPath = definitionsPath;
        Year = year;
    }

    /// <summary>Gets the folder.</summary>
    public string Directory { get; }

    /// <summary>Gets the path of the order file, or <see langword="null"/> when the folder has none.</summary>
    public string? OrderFilePath { get; }

    /// <summary>Gets the path of the Tables XML, or <see langword="null"/> when the folder has none.</summary>
    public string? TablesPath { get; }

    /// <summary>Gets the path of the Definitions XML, or <see langword="null"/> when the folder has none.</summary>
    public string? DefinitionsPath { get; }

    /// <summary>Gets the fiscal year in the files' names.</summary>
    public int Year { get; }

    /// <summary>
    /// Returns the ICD-10-PCS files of the release in a folder.
    /// </summary>
    /// <param name="directory">The folder, e.g. <c>../shared/data/icd10pcs/2026</c>.</param>
    /// <returns>The files found.</returns>
    /// <exception cref="DataFileException">The folder is missing, holds neither an order file nor a Tables XML, holds more than one file of a kind, or files of two years.</exception>
    public static PcsFiles Find(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DataFileException(directory, null, "The data folder does not exist.");
        }

        var names = System.IO.Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var orders = names.Where(n => OrderFileName().IsMatch(n!)).ToArray();
        var tables = names.Where(n => TablesFileName().IsMatch(n!)).ToArray();
        var definitions = names.Where(n => DefinitionsFileName().IsMatch(n!)).ToArray();
        foreach (var (kind, found) in new[] { ("order file", orders), ("Tables XML", tables), ("Definitions XML", definitions) })
        {
            if (found.Length > 1)
            {
                throw new DataFileException(directory, null,
                    $"More than one ICD-10-PCS {kind} here ({string.Join(", ", found)}); put each release in a folder of its own.");
            }
        }

        if (orders.Length == 0 && tables.Length == 0)
        {
            throw new DataFileException(directory, null,
                "No ICD-10-PCS files here. Expected an order file named like icd10pcs_order_2026.txt, a Tables XML named like icd10pcs_tables_2026.xml, or both, with the Definitions XML (icd10pcs_definitions_2026.xml) if wanted (addenda files are not order files).");
        }

        var years = orders.Select(n => YearOf(OrderFileName().Match(n!)))
            .Concat(tables.Select(n => YearOf(TablesFileName().Match(n!))))
            .Concat(definitions.Select(n => YearOf(DefinitionsFileName().Match(n!))))
            .Distinct().ToArray();
        if (years.Length > 1)
        {
            throw new DataFileException(directory, null,
                $"The files {string.Join(", ", orders.Concat(tables).Concat(definitions))} are of different years; a release's files are of one year.");
        }

        return new PcsFiles(
            directory,
            orders.Length == 1 ? Path.Combine(directory, orders[0]!) : null,
            tables.Length == 1 ? Path.Combine(directory, tables[0]!) : null,
            definitions.Length == 1 ? Path.Combine(directory, definitions[0]!) : null,
            years[0]);
    }

    /// <summary>Returns whether a file name is that of an ICD-10-PCS order file (not its addenda).</summary>
    /// <param name="fileName">The file name, without a folder.</param>
    /// <returns><see langword="true"/> for names like <c>icd10pcs_order_2026.txt</c>.</returns>
    public static bool IsOrderFileName(string fileName) => OrderFileName().IsMatch(fileName);

    private static int YearOf(Match match) => int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^icd10pcs[-_]order[-_](?<year>\d{4})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderFileName();

    [GeneratedRegex(@"^icd10pcs[-_]tables[-_](?<year>\d{4})\.xml$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TablesFileName();

    [GeneratedRegex(@"^icd10pcs[-_]definitions[-_](?<year>\d{4})\.xml$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionsFileName();
}
