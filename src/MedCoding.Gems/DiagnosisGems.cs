using MedCoding.CodeSets;
using MedCoding.Gems.IO;

namespace MedCoding.Gems;

/// <summary>
/// Returns the ICD-9-CM and ICD-10-CM diagnosis General Equivalence Mappings (GEMs), both directions, read
/// from CMS's files (<c>2018_I9gem.txt</c>, <c>2018_I10gem.txt</c>) with every flag.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Map(string, GemDirection)"/> answers a source code in either of its written forms
/// (<c>250.00</c> or <c>25000</c>; <c>E11.9</c> or <c>E119</c>) with a <see cref="GemMapping"/>: no map,
/// alternatives, and combination scenarios made of choice lists.
/// </para>
/// <para>The GEMs are a translation aid, not a coding rule: an approximate entry still needs a coder's judgement.</para>
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed class DiagnosisGems
{
    private readonly Dictionary<string, GemMapping> _forward;
    private readonly Dictionary<string, GemMapping> _backward;

    private DiagnosisGems(string year, List<GemEntry> forward, List<GemEntry> backward, List<GemIrregularity> irregularities)
    {
        Year = year;
        Irregularities = irregularities;
        ForwardEntries = forward;
        BackwardEntries = backward;
        _forward = Group(forward, GemDirection.Icd9ToIcd10);
        _backward = Group(backward, GemDirection.Icd10ToIcd9);
    }

    /// <summary>Gets the year of the files, e.g. <c>2018</c>.</summary>
    public string Year { get; }

    /// <summary>Gets the departures from the layout the loader corrected (a code in lower case), each with its file and line; empty for a clean file.</summary>
    public IReadOnlyList<GemIrregularity> Irregularities { get; }

    /// <summary>Gets every entry of the forward (ICD-9-CM to ICD-10-CM) file, in file order.</summary>
    public IReadOnlyList<GemEntry> ForwardEntries { get; }

    /// <summary>Gets every entry of the backward (ICD-10-CM to ICD-9-CM) file, in file order.</summary>
    public IReadOnlyList<GemEntry> BackwardEntries { get; }

    /// <summary>Gets the number of distinct source codes of each direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The number of source codes.</returns>
    public int SourceCount(GemDirection direction) => Table(direction).Count;

    /// <summary>
    /// Returns the GEMs whose two files are in a folder (<c>YYYY_I9gem.txt</c> and <c>YYYY_I10gem.txt</c>).
    /// </summary>
    /// <param name="directory">The folder, e.g. <c>../shared/data/gems/2018</c>.</param>
    /// <returns>The mappings.</returns>
    /// <exception cref="DataFileException">A file is missing or a line is malformed.</exception>
    public static DiagnosisGems LoadFolder(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DataFileException(directory, null, "The data folder does not exist.");
        }

        var forward = Directory.GetFiles(directory, "*_I9gem.txt").Order(StringComparer.Ordinal).ToArray();
        var backward = Directory.GetFiles(directory, "*_I10gem.txt").Order(StringComparer.Ordinal).ToArray();
        if (forward.Length != 1 || backward.Length != 1)
        {
            throw new DataFileException(directory, null,
                $"Expected one forward GEM (YYYY_I9gem.txt) and one backward GEM (YYYY_I10gem.txt) here; found {forward.Length} and {backward.Length}.");
        }

        return Load(forward[0], backward[0]);
    }

    /// <summary>Returns the GEMs read from the two files.</summary>
    /// <param name="forwardPath">The ICD-9-CM to ICD-10-CM file (<c>2018_I9gem.txt</c>).</param>
    /// <param name="backwardPath">The ICD-10-CM to ICD-9-CM file (<c>2018_I10gem.txt</c>).</param>
    /// <returns>The mappings.</returns>
    /// <exception cref="DataFileException">A file is missing or a line is malformed.</exception>
    public static DiagnosisGems Load(string forwardPath, string backwardPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(forwardPath);
        ArgumentException.ThrowIfNullOrEmpty(backwardPath);
        var year = Path.GetFileName(forwardPath).Split('_')[0];
        var irregularities = new List<GemIrregularity>();
        var forward = GemFileReader.Read(forwardPath, GemDirection.Icd9ToIcd10, irregularities);
        var backward = GemFileReader.Read(backwardPath, GemDirection.Icd10ToIcd9, irregularities);
        return new DiagnosisGems(year, forward, backward, irregularities);
    }

    /// <summary>Returns what the GEM of one direction says about a source code.</summary>
    /// <param name="code">The source code, dotted or not, in any case.</param>
    /// <param name="direction">The direction.</param>
    /// <returns>The mapping, or <see langword="null"/> when the code is malformed or not a source of that GEM.</returns>
    public GemMapping? Map(string code, GemDirection direction)
    {
        ArgumentNullException.ThrowIfNull(code);
        var table = Table(direction);
        if (table.TryGetValue(code, out var mapping))
        {
            return mapping;
        }

        string? normalized = direction == GemDirection.Icd9ToIcd10
            ? Icd9CmCode.TryParse(code, out var icd9, out _) ? icd9.Value : null
            : Icd10CmCode.TryParse(code, out var icd10, out _) ? icd10.Value : null;
        return normalized is not null && table.TryGetValue(normalized, out mapping) ? mapping : null;
    }

    /// <summary>Returns the ICD-10-CM mapping of an ICD-9-CM diagnosis code.</summary>
    /// <param name="icd9Code">The ICD-9-CM code, e.g. <c>250.00</c>.</param>
    /// <returns>The mapping, or <see langword="null"/> when the code is malformed or not in the GEM.</returns>
    public GemMapping? ToIcd10Cm(string icd9Code) => Map(icd9Code, GemDirection.Icd9ToIcd10);

    /// <summary>Returns the ICD-9-CM mapping of an ICD-10-CM diagnosis code.</summary>
    /// <param name="icd10Code">The ICD-10-CM code, e.g. <c>E11.9</c>.</param>
    /// <returns>The mapping, or <see langword="null"/> when the code is malformed or not in the GEM.</returns>
    public GemMapping? ToIcd9Cm(string icd10Code) => Map(icd10Code, GemDirection.Icd10ToIcd9);

    private Dictionary<string, GemMapping> Table(GemDirection direction) => direction switch
    {
        GemDirection.Icd9ToIcd10 => _forward,
        GemDirection.Icd10ToIcd9 => _backward,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown GEM direction."),
    };

    private static Dictionary<string, GemMapping> Group(List<GemEntry> entries, GemDirection direction)
    {
        var groups = new Dictionary<string, List<GemEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!groups.TryGetValue(entry.Source, out var list))
            {
                groups.Add(entry.Source, list = []);
            }

            list.Add(entry);
        }

        var result = new Dictionary<string, GemMapping>(groups.Count, StringComparer.Ordinal);
        foreach (var (source, list) in groups)
        {
            var display = direction == GemDirection.Icd9ToIcd10 ? Icd9CmCode.ToDotted(source) : Icd10CmCode.ToDotted(source);
            result.Add(source, new GemMapping(source, display, direction, [.. list]));
        }

        return result;
    }
}
