using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns one loaded ICD-10-PCS release: every valid code and table with its titles, from the order file,
/// the Tables XML, or both; and, where the tables are loaded, each code read axis by axis.
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
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed partial class PcsRelease : ICodeLookup
{
    private readonly CodeEntry[] _entries;
    private readonly Dictionary<string, int> _byCode;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byCodeSpan;

    private PcsRelease(Release release, CodeEntry[] entries, PcsTables? tables, bool hasOrderFile)
    {
        Release = release;
        Tables = tables;
        HasOrderFile = hasOrderFile;
        _entries = entries;
        _byCode = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            _byCode.Add(entries[i].Name, i);
            if (entries[i].Kind == EntryKind.Code)
            {
                CodeCount++;
            }
            else
            {
                TableCount++;
            }
        }

        _byCodeSpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public Release Release { get; }

    /// <summary>Gets the tables, or <see langword="null"/> when the release was loaded from its order file alone.</summary>
    public PcsTables? Tables { get; }

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
    public IReadOnlyList<CodeEntry> Entries => _entries;

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
        if (_byCode.TryGetValue(code, out var index))
        {
            return _entries[index];
        }

        Span<char> buffer = stackalloc char[PcsCode.Length];
        return PcsCode.TryNormalize(code, buffer) && _byCodeSpan.TryGetValue(buffer, out index) ? _entries[index] : FindTable(code);
    }

    /// <summary>Returns the entry for a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry, or <see langword="null"/> when the code is not valid in this release.</returns>
    public CodeEntry? Find(PcsCode code) => _byCode.TryGetValue(code.Value, out var index) ? _entries[index] : null;

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
        var trimmed = prefix.Trim();
        return trimmed.Length == 3 && _byCode.TryGetValue(trimmed.ToUpperInvariant(), out var index) ? _entries[index] : null;
    }

    /// <summary>Returns a code read axis by axis, with each value's label and the root operation's definition.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The decoded code, or <see langword="null"/> when the code is not valid or the release has no tables.</returns>
    public PcsDecodedCode? Decode(PcsCode code) => Tables?.Decode(code);

    /// <summary>Returns the name and size of the release.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{Release.Name}: {CodeCount} codes in {TableCount} tables ({(HasOrderFile ? "order file" : "")}{(HasOrderFile && Tables is not null ? " and " : "")}{(Tables is not null ? "Tables XML" : "")})";
}
