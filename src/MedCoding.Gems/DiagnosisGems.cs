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
public sealed partial class DiagnosisGems
{
    private readonly GemTable _forward;
    private readonly GemTable _backward;

    private DiagnosisGems(Release release, GemCodes codes, GemTable forward, GemTable backward, IReadOnlyList<GemIrregularity> irregularities)
    {
        Release = release;
        Codes = codes;
        _forward = forward;
        _backward = backward;
        Irregularities = irregularities;
    }

    /// <summary>
    /// Gets the release: a <see cref="CodeSystem.DiagnosisGems"/> release of the fiscal year in the files' names (the 2018
    /// files are CMS's final GEMs, FY2018, 2017-10-01 to 2018-09-30).
    /// </summary>
    /// <remarks>
    /// A crosswalk is consulted without a date of service (converting historical ICD-9-CM data, comparing code sets), so
    /// callers normally take the newest GEMs (<c>GemsData.Default.Newest</c>) rather than the release in force on a date;
    /// the dates are those CMS published the files for.
    /// </remarks>
    public Release Release { get; }

    /// <summary>Gets the year of the files, e.g. <c>2018</c>: the release's version.</summary>
    public string Year => Release.Version;

    /// <summary>
    /// Gets the departures from the layout the loader corrected (a code in lower case), each with its file and line; empty
    /// for a clean file. GEMs read from a compiled file keep them, naming the official file without its folder.
    /// </summary>
    public IReadOnlyList<GemIrregularity> Irregularities { get; }

    /// <summary>Gets every entry of the forward (ICD-9-CM to ICD-10-CM) file, in file order.</summary>
    public IReadOnlyList<GemEntry> ForwardEntries => _forward.Entries;

    /// <summary>Gets every entry of the backward (ICD-10-CM to ICD-9-CM) file, in file order.</summary>
    public IReadOnlyList<GemEntry> BackwardEntries => _backward.Entries;

    /// <summary>Gets every code of both files, for the compiled format.</summary>
    internal GemCodes Codes { get; }

    /// <summary>Gets the number of distinct source codes of each direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The number of source codes.</returns>
    public int SourceCount(GemDirection direction) => Table(direction).SourceCount;

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
    /// <param name="release">The release the files are, or <see langword="null"/> for the fiscal year their names start with (<c>2018_I9gem.txt</c>: FY2018, 2017-10-01 to 2018-09-30).</param>
    /// <returns>The mappings.</returns>
    /// <exception cref="DataFileException">A file is missing or a line is malformed.</exception>
    /// <exception cref="ArgumentException"><paramref name="release"/> is null and the forward file's name does not start with a year
    /// (<c>2018_</c>), or it is not a <see cref="CodeSystem.DiagnosisGems"/> release.</exception>
    public static DiagnosisGems Load(string forwardPath, string backwardPath, Release? release = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(forwardPath);
        ArgumentException.ThrowIfNullOrEmpty(backwardPath);
        if (release is null)
        {
            var prefix = Path.GetFileName(forwardPath).Split('_')[0];
            release = prefix.Length == 4 && int.TryParse(prefix, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year >= 1900
                ? Release.ForFiscalYear(CodeSystem.DiagnosisGems, year)
                : throw new ArgumentException($"{MessageText.Quote($"{Path.GetFileName(forwardPath)}")} does not start with its year (2018_I9gem.txt); pass the release.", nameof(release));
        }
        else if (release.System != CodeSystem.DiagnosisGems)
        {
            throw new ArgumentException($"{release.Name} is not a {CodeSystem.DiagnosisGems.DisplayName()} release.", nameof(release));
        }

        var irregularities = new List<GemIrregularity>();
        var forward = GemFileReader.Read(forwardPath, GemDirection.Icd9ToIcd10, irregularities);
        var backward = GemFileReader.Read(backwardPath, GemDirection.Icd10ToIcd9, irregularities);
        return FromEntries(release, forward, backward, irregularities);
    }

    /// <summary>Returns what the GEM of one direction says about a source code.</summary>
    /// <param name="code">The source code, dotted or not, in any case.</param>
    /// <param name="direction">The direction.</param>
    /// <returns>The mapping, or <see langword="null"/> when the code is malformed or not a source of that GEM.</returns>
    public GemMapping? Map(string code, GemDirection direction)
    {
        ArgumentNullException.ThrowIfNull(code);
        var table = Table(direction);
        if (table.Find(code) is { } mapping)
        {
            return mapping;
        }

        string? normalized = direction == GemDirection.Icd9ToIcd10
            ? Icd9CmCode.TryParse(code, out var icd9, out _) ? icd9.Value : null
            : Icd10CmCode.TryParse(code, out var icd10, out _) ? icd10.Value : null;
        return normalized is not null ? table.Find(normalized) : null;
    }

    /// <summary>Returns the ICD-10-CM mapping of an ICD-9-CM diagnosis code.</summary>
    /// <param name="icd9Code">The ICD-9-CM code, e.g. <c>250.00</c>.</param>
    /// <returns>The mapping, or <see langword="null"/> when the code is malformed or not in the GEM.</returns>
    public GemMapping? ToIcd10Cm(string icd9Code) => Map(icd9Code, GemDirection.Icd9ToIcd10);

    /// <summary>Returns the ICD-9-CM mapping of an ICD-10-CM diagnosis code.</summary>
    /// <param name="icd10Code">The ICD-10-CM code, e.g. <c>E11.9</c>.</param>
    /// <returns>The mapping, or <see langword="null"/> when the code is malformed or not in the GEM.</returns>
    public GemMapping? ToIcd9Cm(string icd10Code) => Map(icd10Code, GemDirection.Icd10ToIcd9);

    /// <summary>Returns the table of one direction, for the compiled format.</summary>
    internal GemTable Table(GemDirection direction) => direction switch
    {
        GemDirection.Icd9ToIcd10 => _forward,
        GemDirection.Icd10ToIcd9 => _backward,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown GEM direction."),
    };

    /// <summary>Returns GEMs read from a compiled file.</summary>
    internal static DiagnosisGems FromCompiled(Release release, GemCodes codes, GemTable forward, GemTable backward, IReadOnlyList<GemIrregularity> irregularities, int formatVersion) =>
        new(release, codes, forward, backward, irregularities) { CompiledFormatVersion = formatVersion };

    private static DiagnosisGems FromEntries(Release release, List<GemEntry> forward, List<GemEntry> backward, List<GemIrregularity> irregularities)
    {
        // Every distinct code of both files, in order of first appearance; the entries already made are kept.
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        int IndexOf(string code)
        {
            if (!indexes.TryGetValue(code, out var index))
            {
                index = codes.Count;
                indexes.Add(code, index);
                codes.Add(code);
            }

            return index;
        }

        (int[] Source, int[] Target, ushort[] Flags, int[] Line) Columns(List<GemEntry> entries)
        {
            var source = new int[entries.Count];
            var target = new int[entries.Count];
            var flags = new ushort[entries.Count];
            var line = new int[entries.Count];
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                source[i] = IndexOf(entry.Source);
                target[i] = entry.Target is null ? -1 : IndexOf(entry.Target);
                flags[i] = GemTable.Pack(entry.Flags);
                line[i] = entry.LineNumber;
            }

            return (source, target, flags, line);
        }

        var f = Columns(forward);
        var b = Columns(backward);
        var gemCodes = GemCodes.FromStrings(codes);
        return new DiagnosisGems(
            release,
            gemCodes,
            new GemTable(gemCodes, GemDirection.Icd9ToIcd10, f.Source, f.Target, f.Flags, f.Line, [.. forward]),
            new GemTable(gemCodes, GemDirection.Icd10ToIcd9, b.Source, b.Target, b.Flags, b.Line, [.. backward]),
            irregularities.AsReadOnly());
    }
}
