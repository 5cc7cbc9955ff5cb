using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm.OrderFiles;

namespace MedCoding.Icd10Pcs;

public sealed partial class PcsRelease
{
    /// <summary>
    /// Returns the release whose official files are in a folder: the order file, the Tables XML, or both, and the
    /// Definitions XML when the folder has it.
    /// </summary>
    /// <param name="directory">The folder, e.g. <c>../shared/data/icd10pcs/2026</c>.</param>
    /// <param name="release">The release the files are, or <see langword="null"/> for the fiscal year in their names.</param>
    /// <returns>The loaded release.</returns>
    /// <exception cref="DataFileException">A file is missing or malformed, or the order file and the Tables XML disagree on a code.</exception>
    public static PcsRelease LoadFolder(string directory, Release? release = null)
    {
        var files = PcsFiles.Find(directory);
        release ??= Release.ForFiscalYear(CodeSystem.Icd10Pcs, files.Year);
        var tables = files.TablesPath is null ? null : PcsTables.Load(files.TablesPath);
        var definitions = files.DefinitionsPath is null ? null : PcsDefinitions.Load(files.DefinitionsPath);
        return files.OrderFilePath is null
            ? FromTables(tables!, release, definitions)
            : FromOrderFile(OrderFile.Read(files.OrderFilePath), files.OrderFilePath, tables, definitions, release);
    }

    /// <summary>
    /// Returns a release read from an order file alone: every valid code and table, with CMS's descriptions.
    /// </summary>
    /// <param name="orderFilePath">The order file, e.g. <c>icd10pcs_order_2026.txt</c>.</param>
    /// <param name="release">The release the file is.</param>
    /// <returns>The loaded release.</returns>
    /// <exception cref="DataFileException">The file is missing or malformed.</exception>
    public static PcsRelease LoadOrderFile(string orderFilePath, Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return FromOrderFile(OrderFile.Read(orderFilePath), orderFilePath, null, null, release);
    }

    /// <summary>
    /// Returns a release read from the Tables XML alone: validity from the tables, titles composed from the axis labels.
    /// </summary>
    /// <param name="tables">The tables.</param>
    /// <param name="release">The release the tables are, or <see langword="null"/> for the fiscal year they state.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentException"><paramref name="release"/> is null and the tables' version is not a year.</exception>
    public static PcsRelease FromTables(PcsTables tables, Release? release = null) => FromTables(tables, release, null);

    private static PcsRelease FromTables(PcsTables tables, Release? release, PcsDefinitions? definitions)
    {
        ArgumentNullException.ThrowIfNull(tables);
        release ??= int.TryParse(tables.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? Release.ForFiscalYear(CodeSystem.Icd10Pcs, year)
            : throw new ArgumentException($"The tables' version {MessageText.Quote(tables.Version)} is not a year; pass the release.", nameof(release));
        var entries = new List<CodeEntry>(tables.CodeCount + tables.Tables.Count);
        foreach (var table in tables.Tables)
        {
            entries.Add(new CodeEntry(table.Prefix, EntryKind.Table, false, table.Title, table.Title, entries.Count));
            foreach (var row in table.Rows)
            {
                foreach (var code in row.Codes)
                {
                    var title = new PcsDecodedCode(code, row).Description;
                    entries.Add(new CodeEntry(code.Value, EntryKind.Code, true, title, title, entries.Count));
                }
            }
        }

        return new PcsRelease(release, [.. entries], tables, definitions, hasOrderFile: false);
    }

    /// <summary>
    /// Builds the release from an order file: headers are the three-character tables and every code follows
    /// its table's header. With tables of the same release, each must hold exactly the codes of the other.
    /// </summary>
    internal static PcsRelease FromOrderFile(IReadOnlyList<OrderFileRecord> records, string source, PcsTables? tables, PcsDefinitions? definitions, Release release)
    {
        var entries = new CodeEntry[records.Count];
        string? table = null;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.IsBillable)
            {
                if (!PcsCode.TryParse(record.Code, out var code, out var error) || code.Value != record.Code)
                {
                    throw new DataFileException(source, record.LineNumber, $"{MessageText.Quote(record.Code)} is not an ICD-10-PCS code: {error ?? "not upper case"}");
                }

                if (table is null || !record.Code.StartsWith(table, StringComparison.Ordinal))
                {
                    throw new DataFileException(source, record.LineNumber,
                        $"{record.Code} does not follow the header of its table {record.Code[..3]}; an order file lists each table's header before its codes.");
                }

                entries[i] = new CodeEntry(record.Code, EntryKind.Code, true, record.LongTitle, record.ShortTitle, i);
            }
            else
            {
                if (record.Code.Length != 3 || !record.Code.All(PcsCode.IsValidCharacter))
                {
                    throw new DataFileException(source, record.LineNumber,
                        $"The header '{record.Code}' is not an ICD-10-PCS table; headers (column 15 = 0) in an ICD-10-PCS order file are three characters.");
                }

                table = record.Code;
                entries[i] = new CodeEntry(record.Code, EntryKind.Table, false, record.LongTitle, record.ShortTitle, i);
            }
        }

        if (tables is not null)
        {
            CheckAgainstTables(records, source, tables);
        }

        return new PcsRelease(release, entries, tables, definitions, hasOrderFile: true);
    }

    private static void CheckAgainstTables(IReadOnlyList<OrderFileRecord> records, string source, PcsTables tables)
    {
        var listed = 0;
        foreach (var record in records)
        {
            if (!record.IsBillable)
            {
                continue;
            }

            listed++;
            if (!tables.Contains(PcsCode.FromNormalized(record.Code)))
            {
                throw new DataFileException(source, record.LineNumber,
                    $"{record.Code} is in the order file but not in the Tables XML {Path.GetFileName(tables.SourcePath)}; the two files must be the same release.");
            }
        }

        if (listed != tables.CodeCount)
        {
            var inOrderFile = records.Where(r => r.IsBillable).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
            var missing = tables.Codes.First(c => !inOrderFile.Contains(c.Value));
            throw new DataFileException(tables.SourcePath, tables.FindRow(missing)!.LineNumber,
                $"{missing} is defined by the tables but not in the order file {Path.GetFileName(source)}; the two files must be the same release.");
        }
    }
}
