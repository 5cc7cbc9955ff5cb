using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.ClaimEdits.Poa.IO;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Poa;

/// <summary>
/// Returns one fiscal year's CMS list of ICD-10-CM codes exempt from present-on-admission (POA) reporting: a release of
/// <see cref="CodeSystem.PoaExemptList"/> in force for that fiscal year (FY2026: 2025-10-01 to 2026-09-30).
/// </summary>
/// <remarks>
/// <para>
/// The official layout is the tab-delimited <c>POAexemptCodesFY26.txt</c> that <c>ReadMePOAexemptFY26.txt</c> describes:
/// a header row <c>Order26 POAexemptCode Description</c> (<c>OrdFY25</c> in FY2025), then per code its five-digit order
/// number, the code (dotted) and its long title. The fiscal year is taken from the file name.
/// </para>
/// <para>
/// <see cref="WriteTo"/> writes the list in the compiled data format (<c>docs/compiled-format.md</c>) and
/// <see cref="FromStream"/> reads it back, identical entry by entry. The titles, the bulk of the file, are inflated only
/// when a title is first read: the codes are ready at once.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed partial class PoaExemptList
{
    private readonly int[] _orderNumbers;
    private readonly string[] _codes;
    private readonly Func<int, string> _description;
    private readonly Dictionary<string, int> _index;

    internal PoaExemptList(Release release, int[] orderNumbers, string[] codes, Func<int, string> description, string source)
    {
        if (release.System != CodeSystem.PoaExemptList)
        {
            throw new ArgumentException($"{release.Name} is not a POA-exempt list release.", nameof(release));
        }

        Release = release;
        _orderNumbers = orderNumbers;
        _codes = codes;
        _description = description;
        _index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            if (!_index.TryAdd(codes[i], i))
            {
                throw new ArgumentException($"{source} lists {Icd10CmCode.ToDotted(codes[i])} twice.", nameof(codes));
            }
        }

        Entries = new EntryList(this);
    }

    /// <summary>Gets the release: the fiscal year the list is in force, e.g. <c>POA-exempt list FY2026 (2025-10-01 to 2026-09-30)</c>.</summary>
    public Release Release { get; }

    /// <summary>Gets the number of exempt codes.</summary>
    public int Count => _codes.Length;

    /// <summary>Gets the entries in the order of the file (the classification's order).</summary>
    public IReadOnlyList<PoaExemptEntry> Entries { get; }

    /// <summary>Gets the compiled format version the list was read from, or <see langword="null"/> when it was read from the official file.</summary>
    public int? CompiledFormatVersion { get; internal init; }

    /// <summary>Gets the data version and where it came from, e.g. <c>POA-exempt list FY2026 (format 1)</c> or <c>(official files)</c>.</summary>
    public string VersionId => CompiledFormatVersion is { } format ? $"{Release.Name} (format {format})" : $"{Release.Name} (official files)";

    /// <summary>Gets the undotted codes in file order, for the compiled format (not a copy: never modify it).</summary>
    internal string[] CodeArray => _codes;

    /// <summary>Gets the order numbers in file order (not a copy: never modify it).</summary>
    internal int[] OrderNumberArray => _orderNumbers;

    /// <summary>Returns whether a code is on the list, that is exempt from POA reporting in the list's fiscal year.</summary>
    /// <param name="code">The diagnosis.</param>
    /// <returns><see langword="true"/> if it is exempt.</returns>
    public bool Contains(Icd10CmCode code) => !code.IsEmpty && _index.ContainsKey(code.Value);

    /// <summary>Returns a code's entry, or <see langword="null"/> when the code is not on the list.</summary>
    /// <param name="code">The diagnosis.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public PoaExemptEntry? Find(Icd10CmCode code) => !code.IsEmpty && _index.TryGetValue(code.Value, out var i) ? EntryAt(i) : null;

    /// <summary>Returns the list read from an official file named like <c>POAexemptCodesFY26.txt</c> (the fiscal year is read from the name).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The list.</returns>
    /// <exception cref="DataFileException">The file is missing, is not named for a fiscal year, or a line is malformed; the exception names the line.</exception>
    public static PoaExemptList Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(path, ReleaseOfFile(path));
    }

    /// <summary>Returns the list of the one <c>POAexemptCodesFYnn.txt</c> in a release folder, e.g. <c>../shared/data/icd10cm/2026</c>.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The list.</returns>
    /// <exception cref="DataFileException">The folder does not exist, holds no list or more than one, or the list is malformed.</exception>
    public static PoaExemptList LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DataFileException(folder, null, "The folder does not exist; expected a folder holding one POA-exempt list named like POAexemptCodesFY26.txt.");
        }

        var files = FindFiles(folder);
        return files.Length == 1
            ? Load(files[0])
            : throw new DataFileException(folder, null, files.Length == 0
                ? "The folder holds no POA-exempt list: expected one file named like POAexemptCodesFY26.txt."
                : $"The folder holds {files.Length} POA-exempt lists ({string.Join(", ", files.Select(Path.GetFileName))}); expected one.");
    }

    /// <summary>
    /// Writes the list in the compiled data format (<c>docs/compiled-format.md</c>): the release, every entry and every
    /// title. <see cref="FromStream"/> reads it back identical, entry by entry. The same list always gives the same bytes.
    /// </summary>
    /// <param name="output">The stream to write to; left open.</param>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PoaExemptListFormat.Write(this, output);
    }

    /// <summary>Returns the list read from a compiled data file written by <see cref="WriteTo"/> or <c>medcoding data compile --system poa-exempt</c>.</summary>
    /// <param name="input">The stream, positioned at the start of the file; left open.</param>
    /// <returns>The list.</returns>
    /// <remarks>The whole file is read and its checksum verified before anything is returned; the titles are inflated when one is first read.</remarks>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted, not a compiled data file, not a POA-exempt list, or in a format version this library does not read.</exception>
    public static PoaExemptList FromStream(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return PoaExemptListFormat.Read(input, input is FileStream file ? $"The compiled data file '{file.Name}'" : "The compiled data");
    }

    /// <summary>Returns the list read from a compiled data file.</summary>
    /// <param name="path">The file, e.g. <c>poa-exempt-2026.mcd</c>.</param>
    /// <returns>The list.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not a compiled POA-exempt list, or in a format version this library does not read.</exception>
    public static PoaExemptList FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return PoaExemptListFormat.Read(stream, $"The compiled data file '{path}'");
    }

    /// <summary>Returns the release and the number of codes, e.g. <c>POA-exempt list FY2026 (2025-10-01 to 2026-09-30): 38,349 codes</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Release}: {Count:N0} codes");

    /// <summary>Returns the release of an official list from its file name (<c>POAexemptCodesFY26.txt</c>: FY2026).</summary>
    /// <exception cref="DataFileException">The file is not named for a fiscal year.</exception>
    internal static Release ReleaseOfFile(string path)
    {
        var match = FileName().Match(Path.GetFileName(path));
        return match.Success
            ? Release.ForFiscalYear(CodeSystem.PoaExemptList, 2000 + int.Parse(match.Groups["yy"].ValueSpan, CultureInfo.InvariantCulture))
            : throw new DataFileException(path, null, "Expected a POA-exempt list named like POAexemptCodesFY26.txt (the fiscal year is taken from the name).");
    }

    /// <summary>Returns the POA-exempt list files of a folder, in name order.</summary>
    internal static string[] FindFiles(string folder) =>
        [.. Directory.GetFiles(folder).Where(f => FileName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal)];

    internal string DescriptionAt(int index) => _description(index);

    private PoaExemptEntry EntryAt(int index) =>
        new(_orderNumbers[index], Icd10CmCode.FromNormalized(_codes[index]), _description(index));

    private static PoaExemptList Read(string path, Release release)
    {
        string[] lines;
        try
        {
            lines = new FileInfo(path).Length <= InputLimits.DataFileBytes
                ? File.ReadAllLines(path)
                : throw new DataFileException(path, null, $"The POA-exempt list is larger than {InputLimits.Describe(InputLimits.DataFileBytes)}, the most a data file may have.");
        }
        catch (Exception e) when (e is (IOException and not DataFileException) or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The POA-exempt list could not be read: {MessageText.DescribeIOError(e)}", e);
        }

        // The order column is named for the year: Order26 (FY2026), OrdFY25 (FY2025).
        var year = release.EffectiveThrough.Year % 100;
        var yy = year.ToString("D2", CultureInfo.InvariantCulture);
        if (lines.Length == 0 || lines[0].Split('\t') is not [var first, "POAexemptCode", "Description"]
            || !first.StartsWith("Ord", StringComparison.Ordinal) || !first.EndsWith(yy, StringComparison.Ordinal) || first.Length > 7)
        {
            throw new DataFileException(path, 1, $"The first line must be the header Order{yy} (or OrdFY{yy}), POAexemptCode, Description (tab-separated).");
        }

        var orders = new List<int>(lines.Length);
        var codes = new List<string>(lines.Length);
        var descriptions = new List<string>(lines.Length);
        var seen = new HashSet<string>(lines.Length, StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != 3)
            {
                throw new DataFileException(path, i + 1, $"Expected 3 tab-separated fields (order number, code, description); found {fields.Length}.");
            }

            if (fields[0].Length != 5 || !fields[0].All(char.IsAsciiDigit))
            {
                throw new DataFileException(path, i + 1, $"The order number must be the five digits of the code's order number ({MessageText.Quote(fields[0])}).");
            }

            if (!Icd10CmCode.TryParse(fields[1], out var code, out var error))
            {
                throw new DataFileException(path, i + 1, $"{MessageText.Quote(fields[1])} is not an ICD-10-CM code: {error}");
            }

            if (!seen.Add(code.Value))
            {
                throw new DataFileException(path, i + 1, $"{code} is listed twice.");
            }

            if (fields[2].Length == 0)
            {
                throw new DataFileException(path, i + 1, $"{code} has no description.");
            }

            orders.Add(int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture));
            codes.Add(code.Value);
            descriptions.Add(fields[2]);
        }

        if (codes.Count == 0)
        {
            throw new DataFileException(path, null, "The POA-exempt list holds no codes.");
        }

        var text = descriptions.ToArray();
        return new PoaExemptList(release, [.. orders], [.. codes], i => text[i], path);
    }

    [GeneratedRegex(@"^POAexemptCodesFY(?<yy>\d{2})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    /// <summary>The entries, each created when asked for (the titles are decoded on first use).</summary>
    private sealed class EntryList(PoaExemptList list) : IReadOnlyList<PoaExemptEntry>
    {
        public int Count => list.Count;

        public PoaExemptEntry this[int index] => (uint)index < (uint)list.Count ? list.EntryAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<PoaExemptEntry> GetEnumerator()
        {
            for (var i = 0; i < list.Count; i++)
            {
                yield return list.EntryAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
