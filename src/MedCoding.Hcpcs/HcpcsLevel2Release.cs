using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.CodeSets;
using MedCoding.Hcpcs.IO;

namespace MedCoding.Hcpcs;

/// <summary>
/// Returns one HCPCS Level II release read from the CMS alpha-numeric file: every procedure code and Level II
/// modifier with all the fields of the record layout, and an account of every line of the file.
/// </summary>
/// <remarks>
/// <para>
/// The lookup (<see cref="ICodeLookup"/>) answers procedure codes; <see cref="FindModifier"/> answers modifiers.
/// A code counts as billable (<see cref="CodeEntry.IsBillable"/>) when it has no termination date.
/// </para>
/// <para>
/// Every line is accounted for: <see cref="LineCount"/> = <see cref="PreambleLineCount"/> (the disclaimer above
/// the records) + one line per record + <see cref="ContinuationLineCount"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed partial class HcpcsLevel2Release : ICodeLookup
{
    private readonly HcpcsRecord[] _procedures;
    private readonly HcpcsRecord[] _modifiers;
    private readonly Dictionary<string, int> _procedureIndex;
    private readonly Dictionary<string, HcpcsRecord> _modifierIndex;
    private readonly CodeEntry?[] _entries;

    private HcpcsLevel2Release(Release release, HcpcsFileContents contents)
    {
        Release = release;
        SourcePath = contents.SourcePath;
        _procedures = contents.Procedures;
        _modifiers = contents.Modifiers;
        LineCount = contents.LineCount;
        PreambleLineCount = contents.PreambleLineCount;
        ContinuationLineCount = contents.ContinuationLineCount;
        ShortLineCount = contents.ShortLineCount;
        _procedureIndex = new Dictionary<string, int>(_procedures.Length, StringComparer.Ordinal);
        // Entries are created on first use: a release read from a compiled file decodes its long descriptions only when asked.
        _entries = new CodeEntry?[_procedures.Length];
        for (var i = 0; i < _procedures.Length; i++)
        {
            _procedureIndex.Add(_procedures[i].Code, i);
        }

        Entries = new EntryList(this);

        _modifierIndex = _modifiers.ToDictionary(m => m.Code, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public Release Release { get; }

    /// <summary>Gets the file the release was read from.</summary>
    public string SourcePath { get; }

    /// <summary>Gets every procedure (code) record, in file order.</summary>
    public IReadOnlyList<HcpcsRecord> Procedures => _procedures;

    /// <summary>Gets every Level II modifier record, in file order.</summary>
    public IReadOnlyList<HcpcsRecord> Modifiers => _modifiers;

    /// <summary>Gets the procedures as code-set entries, in file order.</summary>
    public IReadOnlyList<CodeEntry> Entries { get; }

    /// <summary>Gets the number of lines in the file.</summary>
    public int LineCount { get; }

    /// <summary>Gets the number of disclaimer lines above the first record.</summary>
    public int PreambleLineCount { get; }

    /// <summary>Gets the number of continuation lines (record identification codes 4 and 8).</summary>
    public int ContinuationLineCount { get; }

    /// <summary>Gets the number of record lines shorter than 320 columns (their missing columns are blank filler, and are read as blanks).</summary>
    public int ShortLineCount { get; }

    /// <summary>
    /// Returns the release read from the alpha-numeric file in a folder (<c>HCPCyyyy_CONTR_ANWEB.txt</c>).
    /// </summary>
    /// <param name="directory">The folder, e.g. <c>../shared/data/hcpcs/2019</c>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="DataFileException">The folder has no such file, or the file does not fit the record layout.</exception>
    public static HcpcsLevel2Release LoadFolder(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DataFileException(directory, null, "The data folder does not exist.");
        }

        var files = Directory.GetFiles(directory).Where(f => FileName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToArray();
        return files.Length switch
        {
            1 => Load(files[0]),
            0 => throw new DataFileException(directory, null, "No HCPCS alpha-numeric file here; expected a file named like HCPC2019_CONTR_ANWEB.txt."),
            _ => throw new DataFileException(directory, null, $"More than one HCPCS alpha-numeric file here ({string.Join(", ", files.Select(Path.GetFileName))})."),
        };
    }

    /// <summary>
    /// Returns the release read from an alpha-numeric file; the year comes from its name (<c>HCPC2019_CONTR_ANWEB.txt</c>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="release">The release the file is, or <see langword="null"/> for the calendar year in its name.</param>
    /// <returns>The release.</returns>
    /// <exception cref="DataFileException">The file is missing or does not fit the record layout.</exception>
    /// <exception cref="ArgumentException"><paramref name="release"/> is null and the name holds no year.</exception>
    public static HcpcsLevel2Release Load(string path, Release? release = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        release ??= FileName().Match(Path.GetFileName(path)) is { Success: true } match
            ? ForCalendarYear(int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture))
            : throw new ArgumentException($"{MessageText.Quote($"{Path.GetFileName(path)}")} does not name its year; pass the release.", nameof(release));
        return new HcpcsLevel2Release(release, AlphaNumericFileReader.Read(path));
    }

    /// <summary>Returns the release read from a stream holding an alpha-numeric file.</summary>
    /// <param name="stream">The content; it is read to the end and not closed.</param>
    /// <param name="sourceName">The name to give in error messages.</param>
    /// <param name="release">The release the file is.</param>
    /// <returns>The release.</returns>
    /// <exception cref="DataFileException">The content does not fit the record layout.</exception>
    public static HcpcsLevel2Release Load(Stream stream, string sourceName, Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return new HcpcsLevel2Release(release, AlphaNumericFileReader.Read(stream, sourceName));
    }

    /// <summary>Returns the release of a calendar year: HCPCS Level II is updated each January 1.</summary>
    /// <param name="year">The year, e.g. 2019.</param>
    /// <returns>The release, in force from January 1 to December 31.</returns>
    public static Release ForCalendarYear(int year) =>
        new(CodeSystem.HcpcsLevel2, year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"HCPCS Level II {year}");

    /// <inheritdoc />
    /// <exception cref="CodeNotFoundException">The code is malformed or not in this release.</exception>
    public CodeEntry this[string code]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(code);
            if (!HcpcsCode.TryParse(code, out var parsed, out var error))
            {
                throw new CodeNotFoundException(code, Release, error);
            }

            return Find(parsed.Value) ?? throw new CodeNotFoundException(parsed.Value, Release, "no such code in this release.");
        }
    }

    /// <inheritdoc />
    public CodeEntry? Find(string code) => FindIndex(code) is { } index ? EntryAt(index) : null;

    /// <summary>Returns the full record of a procedure code.</summary>
    /// <param name="code">The code, in any case, e.g. <c>a4206</c>.</param>
    /// <returns>The record, or <see langword="null"/> when the code is malformed or not in this release.</returns>
    public HcpcsRecord? FindProcedure(string code) => FindIndex(code) is { } index ? _procedures[index] : null;

    /// <summary>Returns the full record of a Level II modifier.</summary>
    /// <param name="modifier">The modifier, in any case, e.g. <c>lt</c>.</param>
    /// <returns>The record, or <see langword="null"/> when this release has no such modifier.</returns>
    public HcpcsRecord? FindModifier(string modifier)
    {
        ArgumentNullException.ThrowIfNull(modifier);
        return _modifierIndex.TryGetValue(modifier, out var record) || _modifierIndex.TryGetValue(modifier.Trim().ToUpperInvariant(), out record) ? record : null;
    }

    /// <summary>Returns the entry for a procedure code, if the release has it.</summary>
    /// <param name="code">The code.</param>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the code is in this release.</returns>
    public bool TryFind(string code, [NotNullWhen(true)] out CodeEntry? entry) => (entry = Find(code)) is not null;

    /// <summary>Returns the name and size of the release.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Release.Name}: {_procedures.Length} codes, {_modifiers.Length} modifiers";

    private CodeEntry EntryAt(int index)
    {
        if (Volatile.Read(ref _entries[index]) is { } entry)
        {
            return entry;
        }

        var p = _procedures[index];
        var created = new CodeEntry(p.Code, EntryKind.Code, p.TerminationDate is null, p.LongDescription, p.ShortDescription, index);
        // The first one stored wins, so that an entry is always the same object.
        return Interlocked.CompareExchange(ref _entries[index], created, null) ?? created;
    }

    private int? FindIndex(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_procedureIndex.TryGetValue(code, out var index))
        {
            return index;
        }

        return HcpcsCode.TryParse(code, out var parsed, out _) && _procedureIndex.TryGetValue(parsed.Value, out index) ? index : null;
    }

    [GeneratedRegex(@"^HCPC(?<year>\d{4})_CONTR_ANWEB\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    /// <summary>The procedures as entries, each created on first use.</summary>
    private sealed class EntryList(HcpcsLevel2Release release) : IReadOnlyList<CodeEntry>
    {
        public int Count => release._entries.Length;

        public CodeEntry this[int index] => (uint)index < (uint)release._entries.Length
            ? release.EntryAt(index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The release has {release._entries.Length} entries.");

        public IEnumerator<CodeEntry> GetEnumerator()
        {
            for (var i = 0; i < release._entries.Length; i++)
            {
                yield return release.EntryAt(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
