using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns one loaded ICD-10-PCS release: every valid code and table with its titles, from the order file,
/// the Tables XML, or both; where the tables are loaded, each code read axis by axis; and, with the Definitions XML,
/// the definitions of the axis values.
/// </summary>
/// <remarks>
/// <para>
/// With an order file, validity and CMS's short and long descriptions come from it: codes are
/// <see cref="EntryKind.Code"/> entries (billable), and its three-character headers are
/// <see cref="EntryKind.Table"/> entries. With the Tables XML alone, validity comes from the tables and
/// titles are composed from the axis labels (<see cref="PcsDecodedCode.Description"/>), as
/// <see cref="Limitations"/> says. With both, the two must agree on every code.
/// </para>
/// <para>Entries are in order-file (or table) order: each table is followed by its codes.</para>
/// <para>
/// A release read from a compiled file (<see cref="FromStream(Stream)"/>) is identical to the one read from the official
/// files, but creates each entry when first used and decodes the titles when first read.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed partial class PcsRelease : ICodeLookup
{
    private readonly CodeEntry?[] _entries;
    private readonly long[] _keys;
    private readonly PcsCodeIndex _index;
    private readonly Func<int, CodeEntry>? _createEntry;

    /// <summary>Initializes a release whose every entry is built (read from the official files).</summary>
    private PcsRelease(Release release, CodeEntry[] entries, PcsTables? tables, PcsDefinitions? definitions, bool hasOrderFile)
        : this(release, entries, Keys(entries), entries.Count(e => e.Kind == EntryKind.Code), tables, definitions, hasOrderFile, createEntry: null)
    {
    }

    /// <summary>Initializes a release whose entries are created by <paramref name="createEntry"/> when first used (read from a compiled file).</summary>
    internal PcsRelease(Release release, CodeEntry?[] entries, long[] keys, int codeCount, PcsTables? tables, PcsDefinitions? definitions, bool hasOrderFile, Func<int, CodeEntry>? createEntry)
    {
        Release = release;
        Tables = tables;
        Definitions = definitions;
        HasOrderFile = hasOrderFile;
        _entries = entries;
        _keys = keys;
        _createEntry = createEntry;
        _index = new PcsCodeIndex(keys);
        CodeCount = codeCount;
        TableCount = entries.Length - codeCount;
        Entries = new EntryList(this);
    }

    /// <inheritdoc />
    public Release Release { get; }

    /// <summary>Gets the tables, or <see langword="null"/> when the release was loaded from its order file alone.</summary>
    public PcsTables? Tables { get; }

    /// <summary>
    /// Gets the Definitions (root operations, approaches, body parts, devices... with their explanations and what they
    /// include), or <see langword="null"/> when the release folder had no Definitions XML.
    /// </summary>
    public PcsDefinitions? Definitions { get; }

    /// <summary>Gets a value indicating whether the release was loaded with its order file, so that titles are CMS's descriptions.</summary>
    public bool HasOrderFile { get; }

    /// <summary>Gets what this release cannot answer, in words, or <see langword="null"/> when it has both files.</summary>
    public string? Limitations => (HasOrderFile, Tables is not null) switch
    {
        (true, false) => $"{Release.Name} was loaded from its order file alone (no Tables XML of the same year): codes cannot be read axis by axis.",
        (false, true) => $"{Release.Name} was loaded from its Tables XML alone (no order file): validity comes from the tables and titles are composed from the axis labels, not CMS's descriptions.",
        _ => null,
    };

    /// <summary>Gets every entry, each table followed by its codes.</summary>
    public IReadOnlyList<CodeEntry> Entries { get; }

    /// <summary>Gets the number of valid codes.</summary>
    public int CodeCount { get; }

    /// <summary>Gets the number of tables (three-character headers).</summary>
    public int TableCount { get; }

    /// <inheritdoc />
    /// <exception cref="CodeNotFoundException">The code is malformed or not in this release.</exception>
    public CodeEntry this[string code]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(code);
            if (!PcsCode.TryParse(code, out var parsed, out var error))
            {
                return FindTable(code) ?? throw new CodeNotFoundException(code, Release, error);
            }

            return Find(parsed) ?? throw new CodeNotFoundException(parsed.Value, Release, "no such code in this release.");
        }
    }

    /// <summary>Returns the entry for a code in any form a user might type it (<c>0016070</c>, <c>0016070 </c>); also a table by its three characters.</summary>
    /// <param name="code">The code or table.</param>
    /// <returns>The entry, or <see langword="null"/> when the input is malformed or not in this release.</returns>
    public CodeEntry? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var index = _index.Find(PcsCodeIndex.Pack(code.AsSpan().Trim()));
        return index >= 0 ? EntryAt(index) : null;
    }

    /// <summary>Returns the entry for a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry, or <see langword="null"/> when the code is not valid in this release.</returns>
    public CodeEntry? Find(PcsCode code)
    {
        var index = code.IsEmpty ? -1 : _index.Find(PcsCodeIndex.Pack(code.Value));
        return index >= 0 ? EntryAt(index) : null;
    }

    /// <summary>Returns the entry for a code, if the release has it.</summary>
    /// <param name="code">The code, in any form a user might type it.</param>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the code is in this release.</returns>
    public bool TryFind(string code, [NotNullWhen(true)] out CodeEntry? entry) => (entry = Find(code)) is not null;

    /// <summary>Returns a table's entry by its three characters (<c>001</c>).</summary>
    /// <param name="prefix">The three characters, in any case.</param>
    /// <returns>The table's entry, or <see langword="null"/>.</returns>
    public CodeEntry? FindTable(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var trimmed = prefix.AsSpan().Trim();
        var index = trimmed.Length == 3 ? _index.Find(PcsCodeIndex.Pack(trimmed)) : -1;
        return index >= 0 ? EntryAt(index) : null;
    }

    /// <summary>
    /// Returns a code read axis by axis, with each value's label, the root operation's definition and, where the release
    /// has the Definitions XML, each value's definition (<see cref="PcsDecodedCode.Definitions"/>).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The decoded code, or <see langword="null"/> when the code is not valid or the release has no tables.</returns>
    public PcsDecodedCode? Decode(PcsCode code) => Tables?.FindRow(code) is { } row ? new PcsDecodedCode(code, row, Definitions) : null;

    /// <summary>Returns the name and size of the release, and the files it was read from.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString()
    {
        var files = new List<string>(3);
        if (HasOrderFile)
        {
            files.Add("order file");
        }

        if (Tables is not null)
        {
            files.Add("Tables XML");
        }

        if (Definitions is not null)
        {
            files.Add("Definitions XML");
        }

        return $"{Release.Name}: {CodeCount} codes in {TableCount} tables ({string.Join(", ", files)})";
    }

    /// <summary>Gets each entry's packed name, in entry order (not a copy: never modify it).</summary>
    internal long[] KeyArray => _keys;

    /// <summary>Returns entry <paramref name="index"/>, creating it on first use (thread-safe: the first one stored wins).</summary>
    internal CodeEntry EntryAt(int index) => _entries[index] ?? CreateEntry(index);

    private CodeEntry CreateEntry(int index)
    {
        var entry = _createEntry!(index);
        return Interlocked.CompareExchange(ref _entries[index], entry, null) ?? entry;
    }

    private static long[] Keys(CodeEntry[] entries)
    {
        var keys = new long[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            keys[i] = PcsCodeIndex.Pack(entries[i].Name);
        }

        return keys;
    }

    /// <summary>The entries as a list, each created when first read.</summary>
    private sealed class EntryList(PcsRelease release) : IReadOnlyList<CodeEntry>
    {
        public int Count => release._entries.Length;

        public CodeEntry this[int index] => (uint)index < (uint)Count ? release.EntryAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<CodeEntry> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return release.EntryAt(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
