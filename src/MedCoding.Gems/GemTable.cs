using System.Collections;

namespace MedCoding.Gems;

/// <summary>
/// The entries of one GEM file (one direction) as flat arrays of code indexes, packed flags and line numbers, grouped
/// by source code; each <see cref="GemEntry"/> and <see cref="GemMapping"/> is created the first time it is asked for,
/// so that loading does no per-entry allocation.
/// </summary>
/// <threadsafety>Immutable once built and thread-safe: the first object stored wins, so an entry or mapping is always the same object.</threadsafety>
internal sealed class GemTable
{
    private const int ApproximateBit = 1;
    private const int NoMapBit = 2;
    private const int CombinationBit = 4;
    private const int ScenarioShift = 3;
    private const int ChoiceListShift = 7;
    private const int DigitMask = 0xF;

    private readonly GemCodes _codes;
    private readonly int[] _source;
    private readonly int[] _target;
    private readonly ushort[] _flags;
    private readonly int[] _line;
    private GemEntry?[]? _entries;
    private readonly int[] _codeGroup;
    private readonly int[] _groupStart;
    private readonly int[] _groupEntries;
    private GemMapping?[]? _mappings;

    /// <summary>Initializes a table over entries given as code indexes into <paramref name="codes"/>.</summary>
    /// <param name="codes">The codes.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="source">Each entry's source code index.</param>
    /// <param name="target">Each entry's target code index, or -1 for no map.</param>
    /// <param name="flags">Each entry's flags, packed (<see cref="Pack"/>).</param>
    /// <param name="line">Each entry's line number.</param>
    /// <param name="entries">The entries already made (read from the official files), or <see langword="null"/> to make each on first use.</param>
    public GemTable(GemCodes codes, GemDirection direction, int[] source, int[] target, ushort[] flags, int[] line, GemEntry?[]? entries = null)
    {
        _codes = codes;
        Direction = direction;
        _source = source;
        _target = target;
        _flags = flags;
        _line = line;
        _entries = entries;

        // Group the entries by source, groups in order of each source's first entry, entries in file order.
        _codeGroup = GC.AllocateUninitializedArray<int>(codes.Count);
        Array.Fill(_codeGroup, -1);
        var groupCount = 0;
        var sizes = new int[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            ref var group = ref _codeGroup[source[i]];
            if (group < 0)
            {
                group = groupCount++;
            }

            sizes[group]++;
        }

        _groupStart = new int[groupCount + 1];
        for (var g = 0; g < groupCount; g++)
        {
            _groupStart[g + 1] = _groupStart[g] + sizes[g];
        }

        _groupEntries = GC.AllocateUninitializedArray<int>(source.Length);
        var next = _groupStart[..^1];
        for (var i = 0; i < source.Length; i++)
        {
            _groupEntries[next[_codeGroup[source[i]]]++] = i;
        }

        Entries = new EntryList(this);
    }

    /// <summary>Gets the direction.</summary>
    public GemDirection Direction { get; }

    /// <summary>Gets the number of entries (lines).</summary>
    public int Count => _source.Length;

    /// <summary>Gets the number of distinct source codes.</summary>
    public int SourceCount => _groupStart.Length - 1;

    /// <summary>Gets the entries in file order, each made on first use.</summary>
    public IReadOnlyList<GemEntry> Entries { get; }

    /// <summary>Gets the source code index of each entry (not a copy: never modify it).</summary>
    public int[] SourceArray => _source;

    /// <summary>Gets the target code index of each entry, -1 for no map (not a copy: never modify it).</summary>
    public int[] TargetArray => _target;

    /// <summary>Gets the packed flags of each entry (not a copy: never modify it).</summary>
    public ushort[] FlagArray => _flags;

    /// <summary>Gets the line number of each entry (not a copy: never modify it).</summary>
    public int[] LineArray => _line;

    private bool SourceIsIcd9 => Direction == GemDirection.Icd9ToIcd10;

    /// <summary>Returns flags packed in 11 bits: approximate, no map, combination, then scenario and choice list in four bits each.</summary>
    public static ushort Pack(GemFlags flags) => (ushort)(
        (flags.IsApproximate ? ApproximateBit : 0)
        | (flags.IsNoMap ? NoMapBit : 0)
        | (flags.IsCombination ? CombinationBit : 0)
        | (flags.Scenario << ScenarioShift)
        | (flags.ChoiceList << ChoiceListShift));

    /// <summary>Returns packed flags as <see cref="GemFlags"/>.</summary>
    public static GemFlags Unpack(int packed) => new(
        (packed & ApproximateBit) != 0,
        (packed & NoMapBit) != 0,
        (packed & CombinationBit) != 0,
        (packed >> ScenarioShift) & DigitMask,
        (packed >> ChoiceListShift) & DigitMask);

    /// <summary>Returns whether packed flags hold nothing but the five flags, each digit 0-9.</summary>
    public static bool IsValidPacked(int packed) =>
        packed >= 0 && packed < 1 << (ChoiceListShift + 4) && ((packed >> ScenarioShift) & DigitMask) <= 9 && ((packed >> ChoiceListShift) & DigitMask) <= 9;

    private GemEntry?[] EntryCache => FirstUseCache.Of(ref _entries, _source.Length);

    private GemMapping?[] MappingCache => FirstUseCache.Of(ref _mappings, SourceCount);

    /// <summary>Returns entry <paramref name="index"/>, making it on first use.</summary>
    public GemEntry EntryAt(int index)
    {
        if (Volatile.Read(ref EntryCache[index]) is { } entry)
        {
            return entry;
        }

        var target = _target[index];
        var created = new GemEntry(
            _codes.Text(_source[index]),
            target < 0 ? null : _codes.Text(target),
            target < 0 ? null : _codes.Dotted(target, !SourceIsIcd9),
            Unpack(_flags[index]),
            _line[index]);
        return Interlocked.CompareExchange(ref EntryCache[index], created, null) ?? created;
    }

    /// <summary>Returns the mapping of a source code written exactly as the file writes it, or <see langword="null"/>.</summary>
    public GemMapping? Find(ReadOnlySpan<char> source)
    {
        var code = _codes.Find(source);
        return code < 0 || _codeGroup[code] is var group && group < 0 ? null : MappingAt(group);
    }

    private GemMapping MappingAt(int group)
    {
        if (Volatile.Read(ref MappingCache[group]) is { } mapping)
        {
            return mapping;
        }

        var start = _groupStart[group];
        var entries = new GemEntry[_groupStart[group + 1] - start];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = EntryAt(_groupEntries[start + i]);
        }

        var source = _source[_groupEntries[start]];
        var created = new GemMapping(_codes.Text(source), _codes.Dotted(source, SourceIsIcd9), Direction, entries);
        return Interlocked.CompareExchange(ref MappingCache[group], created, null) ?? created;
    }

    /// <summary>The entries as a list, each made on first use.</summary>
    private sealed class EntryList(GemTable table) : IReadOnlyList<GemEntry>
    {
        public int Count => table.Count;

        public GemEntry this[int index] => (uint)index < (uint)table.Count
            ? table.EntryAt(index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The GEM has {table.Count} entries.");

        public IEnumerator<GemEntry> GetEnumerator()
        {
            for (var i = 0; i < table.Count; i++)
            {
                yield return table.EntryAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
