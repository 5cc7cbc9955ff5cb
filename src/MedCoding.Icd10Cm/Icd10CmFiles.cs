using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm;

/// <summary>
/// Returns the official ICD-10-CM files of one release found in a folder: the order file (required)
/// and the Tabular List XML (used when present).
/// </summary>
/// <remarks>
/// CMS and CDC name the files differently from year to year (<c>icd10cm_order_2026.txt</c>,
/// <c>icd10cm-order-April-2025.txt</c>, <c>icd10cm-order-Jan-2021.txt</c>); the addenda files beside
/// them (<c>icd10cm_order_addenda_2026.txt</c>) are not order files and are never taken for one.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed partial class Icd10CmFiles
{
    private Icd10CmFiles(string orderFilePath, string? tabularListPath, int year, int? month)
    {
        OrderFilePath = orderFilePath;
        TabularListPath = tabularListPath;
        Year = year;
        Month = month;
    }

    /// <summary>Gets the path of the order file.</summary>
    public string OrderFilePath { get; }

    /// <summary>Gets the path of the Tabular List XML, or <see langword="null"/> when the folder has none.</summary>
    public string? TabularListPath { get; }

    /// <summary>Gets the year in the order file's name.</summary>
    public int Year { get; }

    /// <summary>Gets the month in the order file's name (4 for <c>April</c>), or <see langword="null"/> for a fiscal-year file.</summary>
    public int? Month { get; }

    /// <summary>
    /// Gets the release the file names name: a fiscal year, or a mid-year update (a folder with a Tabular List names its
    /// fiscal year, whatever month its order file names).
    /// </summary>
    public Release Release => Month is { } month && TabularListPath is null
        ? Release.ForUpdate(CodeSystem.Icd10Cm, Year, month)
        : Release.ForFiscalYear(CodeSystem.Icd10Cm, Year);

    /// <summary>
    /// Returns the files of the release in a folder.
    /// </summary>
    /// <param name="directory">The folder, e.g. <c>../shared/data/icd10cm/2026</c>.</param>
    /// <returns>The files found.</returns>
    /// <exception cref="DataFileException">The folder is missing, holds no order file, or holds more than one.</exception>
    public static Icd10CmFiles Find(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DataFileException(directory, null, "The data folder does not exist.");
        }

        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToArray();
        var orders = files.Select(f => (Path: f, Match: OrderFileName().Match(Path.GetFileName(f)))).Where(f => f.Match.Success).ToArray();
        if (orders.Length == 0)
        {
            throw new DataFileException(directory, null,
                "No ICD-10-CM order file here. Expected a file named like icd10cm_order_2026.txt, icd10cm-order-April-2025.txt or icd10cm-order-Jan-2021.txt (addenda files are not order files).");
        }

        if (orders.Length > 1)
        {
            throw new DataFileException(directory, null,
                $"More than one ICD-10-CM order file here ({string.Join(", ", orders.Select(o => Path.GetFileName(o.Path)))}); put each release in a folder of its own.");
        }

        var tabulars = files.Where(f => TabularFileName().IsMatch(Path.GetFileName(f))).ToArray();
        if (tabulars.Length > 1)
        {
            throw new DataFileException(directory, null,
                $"More than one Tabular List XML here ({string.Join(", ", tabulars.Select(Path.GetFileName))}).");
        }

        var (path, match) = orders[0];
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int? month = null;
        if (match.Groups["month"].Success)
        {
            month = ParseMonth(match.Groups["month"].Value)
                ?? throw new DataFileException(path, null, $"{MessageText.Quote(match.Groups["month"].Value)} in the file name is not a month.");
        }

        return new Icd10CmFiles(path, tabulars.SingleOrDefault(), year, month);
    }

    /// <summary>
    /// Returns whether a file name is that of an ICD-10-CM order file (not its addenda).
    /// </summary>
    /// <param name="fileName">The file name, without folder.</param>
    /// <returns><see langword="true"/> for names such as <c>icd10cm_order_2026.txt</c>.</returns>
    public static bool IsOrderFileName(string fileName) => OrderFileName().IsMatch(fileName);

    /// <summary>
    /// Returns the release the files describe when the caller names none: a fiscal-year release for
    /// <c>icd10cm_order_2026.txt</c>, a mid-year update for <c>icd10cm-order-April-2025.txt</c>.
    /// </summary>
    /// <param name="tabularListVersion">The Tabular List's own version, when one is loaded: it names the fiscal year.</param>
    /// <returns>The release.</returns>
    internal Release InferRelease(string? tabularListVersion)
    {
        if (tabularListVersion is not null && int.TryParse(tabularListVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear))
        {
            return Release.ForFiscalYear(CodeSystem.Icd10Cm, fiscalYear);
        }

        return Month is { } m ? Release.ForUpdate(CodeSystem.Icd10Cm, Year, m) : Release.ForFiscalYear(CodeSystem.Icd10Cm, Year);
    }

    private static int? ParseMonth(string text)
    {
        foreach (var format in (string[])["MMMM", "MMM"])
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date.Month;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^icd10cm[-_]order[-_](?!addenda)(?:(?<month>[A-Za-z]+)[-_])?(?<year>\d{4})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderFileName();

    [GeneratedRegex(@"^icd10cm[-_]tabular[-_](?:[A-Za-z]+[-_])?\d{4}\.xml$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TabularFileName();
}
