using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm;

/// <summary>
/// Returns one loaded ICD-10-CM release: every code and header with its titles and billable flag,
/// the hierarchy over them, and, where the release has a Tabular List, chapters, blocks and
/// instructional notes.
/// </summary>
/// <remarks>
/// <para>
/// With a Tabular List the hierarchy is the CDC's: chapter, block, category, subcategory, and the
/// codes a 7th character creates. With an order file alone it is built from the order file's headers
/// (each code's parent is the longest header its code starts with); chapters, blocks and notes are
/// then unavailable, as <see cref="HasTabularList"/> and <see cref="Limitations"/> say.
/// </para>
/// <para>
/// Entries are held in tabular order, so a node's descendants follow it contiguously: ancestry tests
/// are constant time and enumerating children or ancestors does not allocate.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed partial class Icd10CmRelease : ICodeLookup
{
    private readonly CodeEntry?[] _entries;
    private readonly IEntryFactory? _factory;
    private readonly int[] _parent;
    private readonly int[] _subtreeEnd;
    private readonly InstructionalNotes[] _notes;
    private readonly CodeIndex _codes;
    private readonly Dictionary<string, int> _chapters;
    private readonly Dictionary<string, int> _blocks;
    private readonly CodeEntry[] _roots;
    private readonly IReadOnlyList<CodeEntry> _entryList;

    internal Icd10CmRelease(Release release, bool hasTabularList, CodeEntry[] entries, int[] parent, InstructionalNotes[] notes)
        : this(release, hasTabularList, entries, parent, notes, keys: null)
    {
    }

    /// <summary>Initializes a release from its entries in tabular order, each entry's parent index (-1 for a root) and notes.</summary>
    /// <param name="release">The release.</param>
    /// <param name="hasTabularList">Whether chapters, blocks and notes are present.</param>
    /// <param name="entries">The entries, in tabular order.</param>
    /// <param name="parent">Each entry's parent index, -1 for a root.</param>
    /// <param name="notes">Each entry's own notes.</param>
    /// <param name="keys">Each entry's index key when the caller already has it (the undotted code, or a chapter or block name).</param>
    internal Icd10CmRelease(Release release, bool hasTabularList, CodeEntry[] entries, int[] parent, InstructionalNotes[] notes, string[]? keys)
    {
        Release = release;
        HasTabularList = hasTabularList;
        _entries = entries;
        _entryList = entries;
        _parent = parent;
        _notes = notes;
        _subtreeEnd = ComputeSubtreeEnds(parent);
        _chapters = new Dictionary<string, int>(StringComparer.Ordinal);
        _blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeKeys = new string?[entries.Length];
        var roots = new List<CodeEntry>();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            switch (entry.Kind)
            {
                case EntryKind.Chapter:
                    _chapters.Add(keys?[i] ?? entry.Name, i);
                    break;
                case EntryKind.Block:
                    _blocks.Add(keys?[i] ?? entry.Name, i);
                    break;
                default:
                    codeKeys[i] = keys?[i] ?? Undotted(entry.Name);
                    break;
            }

            if (parent[i] < 0)
            {
                roots.Add(entry);
            }

            if (entry.IsCode)
            {
                CodeCount++;
                if (entry.IsBillable)
                {
                    BillableCount++;
                }
            }
        }

        _codes = CodeIndex.FromKeys(codeKeys);
        _roots = [.. roots];
    }

    /// <summary>
    /// Initializes a release read from a compiled file, whose entries are created when first asked for: the release is
    /// ready for lookups with flat arrays and an index over the stored code bytes, without one object per entry.
    /// </summary>
    /// <param name="release">The release.</param>
    /// <param name="hasTabularList">Whether chapters, blocks and notes are present.</param>
    /// <param name="factory">Creates entry <c>i</c> on first use.</param>
    /// <param name="kinds">Each entry's kind.</param>
    /// <param name="billable">Each entry's billable flag (0 or 1).</param>
    /// <param name="keyData">The bytes the code keys are in.</param>
    /// <param name="keyStart">Each entry's key's start in <paramref name="keyData"/>.</param>
    /// <param name="keyLength">Each entry's key's length.</param>
    /// <param name="parent">Each entry's parent index, -1 for a root.</param>
    /// <param name="notes">Each entry's own notes.</param>
    internal Icd10CmRelease(
        Release release,
        bool hasTabularList,
        IEntryFactory factory,
        byte[] kinds,
        byte[] billable,
        byte[] keyData,
        int[] keyStart,
        byte[] keyLength,
        int[] parent,
        InstructionalNotes[] notes)
    {
        Release = release;
        HasTabularList = hasTabularList;
        var count = kinds.Length;
        _entries = new CodeEntry?[count];
        _factory = factory;
        _entryList = new EntryList(this, 0, count);
        _parent = parent;
        _notes = notes;
        _subtreeEnd = ComputeSubtreeEnds(parent);
        _chapters = new Dictionary<string, int>(StringComparer.Ordinal);
        _blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeCount = 0;
        var billableCount = 0;
        var rootCount = 0;
        for (var i = 0; i < count; i++)
        {
            var kind = (EntryKind)kinds[i];
            if (kind is not (EntryKind.Chapter or EntryKind.Block or EntryKind.Table))
            {
                codeCount++;
                billableCount += billable[i];
            }

            rootCount += parent[i] < 0 ? 1 : 0;
        }

        CodeCount = codeCount;
        BillableCount = billableCount;
        _codes = new CodeIndex(keyData, keyStart, keyLength, codeCount);
        _roots = new CodeEntry[rootCount];
        rootCount = 0;
        for (var i = 0; i < count; i++)
        {
            switch ((EntryKind)kinds[i])
            {
                case EntryKind.Chapter:
                    _chapters.Add(System.Text.Encoding.UTF8.GetString(keyData, keyStart[i], keyLength[i]), i);
                    break;
                case EntryKind.Block:
                    _blocks.Add(System.Text.Encoding.UTF8.GetString(keyData, keyStart[i], keyLength[i]), i);
                    break;
                case EntryKind.Table:
                    break;
                default:
                    _codes.Add(i);
                    break;
            }

            if (parent[i] < 0)
            {
                _roots[rootCount++] = EntryAt(i);
            }
        }
    }

    /// <summary>Gets the release: system, version and effective dates.</summary>
    public Release Release { get; }

    /// <summary>
    /// Gets a value indicating whether the release was loaded with its Tabular List, so that chapters,
    /// blocks and instructional notes are available.
    /// </summary>
    public bool HasTabularList { get; }

    /// <summary>
    /// Gets what this release cannot answer, in words, or <see langword="null"/> when it is complete.
    /// </summary>
    public string? Limitations => HasTabularList
        ? null
        : $"{Release.Name} was loaded from its order file alone (no Tabular List XML): chapters, blocks and instructional notes are not available, the hierarchy is built from the order file's headers, and every seven-character code is taken for a 7th-character extension.";

    /// <summary>Gets every entry (chapters, blocks and codes) in tabular order.</summary>
    public IReadOnlyList<CodeEntry> Entries => _entryList;

    /// <summary>Gets the number of codes and headers (not chapters or blocks): the order file's record count.</summary>
    public int CodeCount { get; }

    /// <summary>Gets the number of billable codes (valid for HIPAA-covered transactions).</summary>
    public int BillableCount { get; }

    /// <summary>Gets the number of headers (codes that are not billable).</summary>
    public int HeaderCount => CodeCount - BillableCount;

    /// <summary>Gets the top of the hierarchy: the chapters, or the categories when there is no Tabular List.</summary>
    public IReadOnlyList<CodeEntry> Roots => _roots;

    /// <summary>Gets the chapters, in order; empty without a Tabular List.</summary>
    public IEnumerable<CodeEntry> Chapters => HasTabularList ? _roots : [];

    /// <inheritdoc />
    /// <exception cref="CodeNotFoundException">The code is malformed or not in this release.</exception>
    public CodeEntry this[string code]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(code);
            if (!Icd10CmCode.TryParse(code, out var parsed, out var error))
            {
                throw new CodeNotFoundException(code, Release, error);
            }

            return Find(parsed) ?? throw new CodeNotFoundException(parsed.ToString(), Release, "no such code in this release.");
        }
    }

    /// <summary>Returns the entry for a code in any form a user might type (<c>E11.65</c>, <c>e1165</c>), without allocating.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry, or <see langword="null"/> when the code is malformed or not in this release.</returns>
    public CodeEntry? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        // Fast path: already normalised input is a straight index hit.
        var index = _codes.Find(code);
        return index >= 0 ? EntryAt(index) : Find(code.AsSpan());
    }

    /// <summary>Returns the entry for a code in any form a user might type, without allocating.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry, or <see langword="null"/> when the code is malformed or not in this release.</returns>
    public CodeEntry? Find(ReadOnlySpan<char> code)
    {
        Span<char> buffer = stackalloc char[Icd10CmCode.MaxLength];
        return Icd10CmCode.TryNormalize(code, buffer, out var written) && _codes.Find(buffer[..written]) is var index and >= 0
            ? EntryAt(index)
            : null;
    }

    /// <summary>Returns the entry for a normalised code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry, or <see langword="null"/> when the code is not in this release.</returns>
    public CodeEntry? Find(Icd10CmCode code)
    {
        var index = _codes.Find(code.Value);
        return index >= 0 ? EntryAt(index) : null;
    }

    /// <summary>Returns the entry for a code, if the release has it.</summary>
    /// <param name="code">The code, in any form a user might type it.</param>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the code is in this release.</returns>
    public bool TryFind(string code, [NotNullWhen(true)] out CodeEntry? entry) => (entry = Find(code)) is not null;

    /// <summary>Returns a chapter by its number as the Tabular List names it (<c>4</c>).</summary>
    /// <param name="number">The chapter number.</param>
    /// <returns>The chapter, or <see langword="null"/> (always without a Tabular List).</returns>
    public CodeEntry? FindChapter(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return _chapters.TryGetValue(number.Trim(), out var index) ? EntryAt(index) : null;
    }

    /// <summary>Returns a block by its id as the Tabular List names it (<c>E08-E13</c>; <c>B99</c> for a block of one category).</summary>
    /// <param name="id">The block id.</param>
    /// <returns>The block, or <see langword="null"/> (always without a Tabular List).</returns>
    public CodeEntry? FindBlock(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _blocks.TryGetValue(id.Trim().ToUpperInvariant(), out var index) ? EntryAt(index) : null;
    }

    /// <summary>Returns the entry directly above another.</summary>
    /// <param name="entry">An entry of this release.</param>
    /// <returns>The parent, or <see langword="null"/> for a root (a chapter, or a category without a Tabular List).</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> belongs to another release.</exception>
    public CodeEntry? GetParent(CodeEntry entry)
    {
        var parent = _parent[IndexOf(entry)];
        return parent < 0 ? null : EntryAt(parent);
    }

    /// <summary>Returns the entries directly below another, in tabular order, without allocating.</summary>
    /// <param name="entry">An entry of this release.</param>
    /// <returns>The children.</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> belongs to another release.</exception>
    public ChildEntries GetChildren(CodeEntry entry) => new(this, IndexOf(entry));

    /// <summary>Returns the entries above another, nearest first, ending with the block and chapter, without allocating.</summary>
    /// <param name="entry">An entry of this release.</param>
    /// <returns>The ancestors.</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> belongs to another release.</exception>
    public AncestorEntries GetAncestors(CodeEntry entry) => new(this, IndexOf(entry));

    /// <summary>Returns every entry below another, in tabular order (depth first).</summary>
    /// <param name="entry">An entry of this release.</param>
    /// <returns>The descendants: a view over the release, not a copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> belongs to another release.</exception>
    public IReadOnlyList<CodeEntry> GetDescendants(CodeEntry entry)
    {
        var index = IndexOf(entry);
        return _factory is null
            ? new ArraySegment<CodeEntry>((CodeEntry[])(object)_entries, index + 1, _subtreeEnd[index] - index - 1)
            : new EntryList(this, index + 1, _subtreeEnd[index] - index - 1);
    }

    /// <summary>Returns whether one entry is above another.</summary>
    /// <param name="ancestor">The candidate ancestor.</param>
    /// <param name="descendant">The candidate descendant.</param>
    /// <returns><see langword="true"/> if <paramref name="ancestor"/> is strictly above <paramref name="descendant"/>.</returns>
    /// <exception cref="ArgumentException">An entry belongs to another release.</exception>
    public bool IsAncestor(CodeEntry ancestor, CodeEntry descendant)
    {
        var a = IndexOf(ancestor);
        var d = IndexOf(descendant);
        return d > a && d < _subtreeEnd[a];
    }

    /// <summary>Returns the instructional notes written at an entry itself.</summary>
    /// <param name="entry">An entry of this release.</param>
    /// <returns>The notes; empty without a Tabular List.</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> belongs to another release.</exception>
    public InstructionalNotes GetNotes(CodeEntry entry) => _notes[IndexOf(entry)];

    /// <summary>
    /// Returns the notes that apply to an entry from its ancestors, nearest ancestor first: an Excludes1
    /// note at a category applies to every code below it, and so do includes, excludes2, code first,
    /// use additional code, code also and general notes. Inclusion terms describe the entry they are
    /// written at and are not inherited; 7th characters are given by <see cref="GetSeventhCharacters"/>.
    /// </summary>
    /// <param name="entry">An entry of this release.</param>
    /// <returns>The inherited notes, each with the ancestor it is written at.</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> belongs to another release.</exception>
    public IReadOnlyList<InheritedNote> GetInheritedNotes(CodeEntry entry)
    {
        List<InheritedNote>? result = null;
        foreach (var ancestor in GetAncestors(entry))
        {
            foreach (var note in _notes[ancestor.Ordinal].Notes)
            {
                if (note.Kind is not (NoteKind.InclusionTerm or NoteKind.SevenCharacterNote))
                {
                    (result ??= []).Add(new InheritedNote(note, ancestor));
                }
            }
        }

        return result is null ? [] : result;
    }

    /// <summary>
    /// Returns the 7th characters that apply to an entry: those defined at the entry itself or at its
    /// nearest ancestor that defines any.
    /// </summary>
    /// <param name="entry">An entry of this release.</param>
    /// <param name="definedAt">The entry whose <c>sevenChrDef</c> applies, or <see langword="null"/>.</param>
    /// <returns>The 7th characters; empty when none apply.</returns>
    /// <exception cref="ArgumentException"><paramref name="entry"/> belongs to another release.</exception>
    public IReadOnlyList<SeventhCharacter> GetSeventhCharacters(CodeEntry entry, out CodeEntry? definedAt)
    {
        for (var i = IndexOf(entry); i >= 0; i = _parent[i])
        {
            if (_notes[i].SeventhCharacters.Count > 0)
            {
                definedAt = EntryAt(i);
                return _notes[i].SeventhCharacters;
            }
        }

        definedAt = null;
        return [];
    }

    /// <summary>Returns the name and size of the release.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{Release.Name}: {BillableCount} billable codes, {HeaderCount} headers{(HasTabularList ? $", {_chapters.Count} chapters, {_blocks.Count} blocks" : " (order file only)")}";

    private int IndexOf(CodeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var index = entry.Ordinal;
        if ((uint)index >= (uint)_entries.Length || !ReferenceEquals(_entries[index], entry))
        {
            throw new ArgumentException($"{entry.Name} belongs to another release than {Release.Name}.", nameof(entry));
        }

        return index;
    }

    /// <summary>Returns entry <paramref name="index"/>, creating it on first use for a release read from a compiled file.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal CodeEntry EntryAt(int index) => _entries[index] ?? CreateEntry(index);

    private CodeEntry CreateEntry(int index)
    {
        var entry = _factory!.Create(index);
        // Two threads may create the same entry at once: the first stored wins, so that an entry is always the same object.
        return Interlocked.CompareExchange(ref _entries[index], entry, null) ?? entry;
    }

    private static string Undotted(string name) => name.Length > Icd10CmCode.MinLength ? name.Remove(Icd10CmCode.MinLength, 1) : name;

    private static int[] ComputeSubtreeEnds(int[] parent)
    {
        var end = new int[parent.Length];
        for (var i = parent.Length - 1; i >= 0; i--)
        {
            end[i] = Math.Max(end[i], i + 1);
            if (parent[i] >= 0)
            {
                end[parent[i]] = Math.Max(end[parent[i]], end[i]);
            }
        }

        return end;
    }
}
