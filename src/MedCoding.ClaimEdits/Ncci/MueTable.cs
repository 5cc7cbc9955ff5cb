using System.Collections.Frozen;
using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Returns the Medically Unlikely Edits of one provider type, read from CMS's MUE file.
/// </summary>
/// <remarks>
/// The layout is CMS's: "HCPCS/CPT Code", "Practitioner Services MUE Values" (or outpatient hospital, or
/// DME supplier), "MUE Adjudication Indicator" (<c>1 Line Edit</c>, <c>2 Date of Service Edit: Policy</c>,
/// <c>3 Date of Service Edit: Clinical</c>) and "MUE Rationale"; CSV as CMS exports it, or tab-delimited.
/// The copyright notice and headings above the first row are skipped; after it, every non-blank line
/// must be a row.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MueTable
{
    private readonly FrozenDictionary<string, MueEdit> _edits;

    private MueTable(NcciProvider provider, FrozenDictionary<string, MueEdit> edits)
    {
        Provider = provider;
        _edits = edits;
    }

    /// <summary>Gets the provider type the values are for.</summary>
    public NcciProvider Provider { get; }

    /// <summary>Gets the number of codes with an MUE.</summary>
    public int Count => _edits.Count;

    /// <summary>Returns the MUE of a code, or <see langword="null"/> when it has none.</summary>
    /// <param name="code">The HCPCS/CPT code.</param>
    /// <returns>The edit, or <see langword="null"/>.</returns>
    public MueEdit? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _edits.GetValueOrDefault(code);
    }

    /// <summary>Returns the MUEs read from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="provider">Practitioner, hospital or DME.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The file is missing or a line is malformed; the exception names the line.</exception>
    public static MueTable Load(string path, NcciProvider provider)
    {
        return Parse(DataFileLines.ReadAllBytes(path, "file"), path, provider);
    }

    /// <summary>Returns the MUEs read from a stream.</summary>
    /// <param name="stream">The file's bytes; read to the end, not closed.</param>
    /// <param name="sourceName">The name errors give for the file.</param>
    /// <param name="provider">Practitioner, hospital or DME.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">A line is malformed.</exception>
    public static MueTable Load(Stream stream, string sourceName, NcciProvider provider)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Parse(DataFileLines.ReadAllBytes(stream), sourceName, provider);
    }

    private static MueTable Parse(ReadOnlySpan<byte> data, string source, NcciProvider provider)
    {
        var edits = new Dictionary<string, MueEdit>(StringComparer.Ordinal);
        var lines = new DataFileLines(DataFileLines.WithoutByteOrderMark(data), source);
        Span<Range> f = stackalloc Range[5];
        var started = false;
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (line.IndexOfAnyExcept("\t, "u8) < 0)
            {
                continue;
            }

            var n = DelimitedFields.SplitTabOrCsv(line, f);
            if (!ServiceCodeKey.TryPack(line[f[0]], out _))
            {
                if (started)
                {
                    throw new DataFileException(source, lines.LineNumber, "Expected an MUE row: the first column must be a five-character HCPCS/CPT code.");
                }

                continue; // The copyright notice and headings above the first row.
            }

            started = true;
            if (n != 4)
            {
                throw new DataFileException(source, lines.LineNumber,
                    $"Expected 4 columns (HCPCS/CPT code, MUE value, MUE adjudication indicator, MUE rationale); found {n}.");
            }

            var code = DelimitedFields.CsvText(line[f[0]]);
            var valueText = DelimitedFields.CsvText(line[f[1]]);
            if (!int.TryParse(valueText, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new DataFileException(source, lines.LineNumber, "The MUE value must be a whole number of units (0 or more).");
            }

            var indicatorField = line[f[2]];
            var indicator = indicatorField.IsEmpty ? 0 : indicatorField[0] - '0';
            if (indicator is < 1 or > 3 || (indicatorField.Length > 1 && indicatorField[1] != (byte)' '))
            {
                throw new DataFileException(source, lines.LineNumber,
                    "The MUE adjudication indicator must start with 1 (line edit), 2 (date of service edit: policy) or 3 (date of service edit: clinical).");
            }

            if (!edits.TryAdd(code, new MueEdit(code, value, (MueAdjudicationIndicator)indicator, DelimitedFields.CsvText(line[f[3]]))))
            {
                throw new DataFileException(source, lines.LineNumber, $"{code} has a second MUE row; an MUE file has one row per code.");
            }
        }

        if (!started)
        {
            throw new DataFileException(source, null, "The file holds no MUE rows (HCPCS/CPT code, MUE value, adjudication indicator, rationale).");
        }

        return new MueTable(provider, edits.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
