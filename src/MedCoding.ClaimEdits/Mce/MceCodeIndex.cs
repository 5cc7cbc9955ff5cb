using System.Numerics;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// The index from a code to its rows in an MCE code table, built for the editor's hot path, where a claim's codes fall
/// anywhere in tables of 85,000 codes and the time goes to cache misses. A code of up to 7 upper-case letters and digits
/// (every ICD-10-CM and ICD-10-PCS code) is packed into 42 bits, six bits a character, and found by open addressing in one
/// array of 8-byte slots, eight to a cache line, that also hold a one-row code's row (its flags and its dates as positions in
/// the table's few distinct flag sets and date ranges), or else the code's position, whose rows are read: a code with one
/// row, nearly every code, costs one slot, and no string is hashed or compared. A table code of any other form (none in CMS's tables) is kept, exactly as written, in
/// a dictionary beside it.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class MceCodeIndex
{
    private const int KeyShift = 22;
    private const ulong InRows = 1;
    private const int RangeShift = 1;
    private const int RangeMask = 31;
    private const int SetShift = 6;
    private const int MaxSets = 1 << 16;
    private const int PositionShift = 1;
    private const int PositionMask = (1 << 21) - 1;

    // A slot: the packed key (never 0) in the top 42 bits; below it, for a code with one row whose dates are among the
    // table's first 32 distinct date ranges, the row's flag set (bits 6-21) and date range (bits 1-5), bit 0 clear; for any
    // other code, its position (bits 1-21), whose rows are read, bit 0 set. An empty slot is 0.
    private readonly ulong[] _slots;
    private readonly int _shift;
    private readonly ulong[] _flagSets;
    private readonly MceRowData[] _ranges;
    private readonly int[] _firstRow;
    private readonly MceRowData[] _rows;
    private readonly ushort[] _rowSets;
    private readonly Dictionary<string, int>? _unpacked;

    /// <summary>Indexes the codes of a table.</summary>
    /// <param name="keys">The codes, packed (<see cref="MceCodeKey"/>); 0 for a code that does not pack.</param>
    /// <param name="unpacked">The codes that do not pack, by position, exactly as written.</param>
    /// <param name="firstRow">The first row of each code, and after the last code the number of rows.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="rowSets">The flag set of each row: a position in <paramref name="flagSets"/>.</param>
    /// <param name="flagSets">The bits of each flag set.</param>
    /// <exception cref="ArgumentException">A code is given twice, or the table is larger than a slot can name (65,534 flag sets, 2,097,152 codes).</exception>
    public MceCodeIndex(ulong[] keys, IReadOnlyDictionary<int, string>? unpacked, int[] firstRow, MceRowData[] rows, ushort[] rowSets, ulong[] flagSets)
    {
        if (flagSets.Length >= MaxSets - 1)
        {
            throw new ArgumentException($"The table has more than {MaxSets - 2:N0} distinct flag sets.", nameof(flagSets));
        }

        if (keys.Length > PositionMask + 1)
        {
            throw new ArgumentException($"The table has more than {PositionMask + 1:N0} codes.", nameof(keys));
        }

        _firstRow = firstRow;
        _rows = rows;
        _rowSets = rowSets;
        _flagSets = flagSets;
        var ranges = new List<MceRowData>();

        // A power of two with the slots at most 70% full: probes stay short, and mostly within a cache line or the next.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(keys.Length * 10 / 7, 16));
        _slots = new ulong[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key != 0)
            {
                var slot = SlotOf(key, out var found);
                if (found)
                {
                    throw new ArgumentException($"{MceCodeKey.Unpack(key)} is given twice.", nameof(keys));
                }

                var first = firstRow[i];
                var range = firstRow[i + 1] - first == 1 ? RangeOf(rows[first]) : -1;
                _slots[slot] = (key << KeyShift) | (range >= 0
                    ? ((ulong)rowSets[first] << SetShift) | ((ulong)range << RangeShift)
                    : ((ulong)i << PositionShift) | InRows);
            }
            else if (!(_unpacked ??= new Dictionary<string, int>(StringComparer.Ordinal)).TryAdd(unpacked![i], i))
            {
                throw new ArgumentException($"{unpacked[i]} is given twice.", nameof(keys));
            }
        }

        _ranges = [.. ranges];

        // The few distinct date ranges of one-row codes (the release's dates, an update's): a linear search of a short list.
        int RangeOf(MceRowData range)
        {
            var index = ranges.IndexOf(range);
            if (index < 0 && ranges.Count <= RangeMask)
            {
                index = ranges.Count;
                ranges.Add(range);
            }

            return index;
        }
    }

    /// <summary>Finds the row in force on a day of a code written exactly as in the table: its flag set and dates.</summary>
    public bool TryFindRow(string code, int day, out int set, out int from, out int through)
    {
        if (MceCodeKey.TryPack(code, out var key))
        {
            return TryFindRow(key, day, out set, out from, out through);
        }

        if (_unpacked is not null && _unpacked.TryGetValue(code, out var position))
        {
            return TryFindInRows(position, day, out set, out from, out through);
        }

        (set, from, through) = (0, 0, 0);
        return false;
    }

    /// <summary>
    /// Returns the flag bits of the row in force on a day of a code as written on a claim, looked up as CMS's MCE does (without
    /// surrounding blanks and dots, upper-cased); <see langword="false"/> when the code has no row then.
    /// </summary>
    public bool TryFindClaimCodeBits(string code, int day, out ulong bits)
    {
        // Anything but letters, digits and dots (a blank inside, a non-ASCII letter, a longer code): the same lookup form as a
        // string, then as written.
        var found = MceCodeKey.TryPackClaimCode(code, out var key)
            ? TryFindRow(key, day, out var set, out _, out _)
            : TryFindRow(code.Trim().Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), day, out set, out _, out _);
        bits = found ? _flagSets[set] : 0;
        return found;
    }

    private bool TryFindRow(ulong key, int day, out int set, out int from, out int through)
    {
        var slot = SlotOf(key, out var found);
        if (found)
        {
            var tag = _slots[slot];
            if ((tag & InRows) != 0)
            {
                return TryFindInRows((int)((tag >> PositionShift) & PositionMask), day, out set, out from, out through);
            }

            var range = _ranges[(int)((tag >> RangeShift) & RangeMask)];
            if (range.From <= day && day <= range.Through)
            {
                (set, from, through) = ((int)((tag >> SetShift) & (MaxSets - 1)), range.From, range.Through);
                return true;
            }
        }

        (set, from, through) = (0, 0, 0);
        return false;
    }

    private bool TryFindInRows(int position, int day, out int set, out int from, out int through)
    {
        for (var r = _firstRow[position]; r < _firstRow[position + 1]; r++)
        {
            if (_rows[r].From <= day && day <= _rows[r].Through)
            {
                (set, from, through) = (_rowSets[r], _rows[r].From, _rows[r].Through);
                return true;
            }
        }

        (set, from, through) = (0, 0, 0);
        return false;
    }

    /// <summary>
    /// Reads the slot a claim's code would be found in first, and returns its tag. The editor reads every code's slot of a
    /// claim this way before it looks the codes up: the reads do not depend on one another, so the processor overlaps their
    /// cache misses, and the lookups that follow find the slots in cache.
    /// </summary>
    public ulong Touch(string code) => MceCodeKey.TryPackClaimCode(code, out var key) ? _slots[SlotOf(key)] : 0;

    /// <summary>Returns the slot that holds a key, or the empty slot where its probe ended (<paramref name="found"/> false).</summary>
    private int SlotOf(ulong key, out bool found)
    {
        var slot = SlotOf(key);
        while (_slots[slot] != 0)
        {
            if (_slots[slot] >> KeyShift == key)
            {
                found = true;
                return slot;
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }

        found = false;
        return slot;
    }

    // Fibonacci hashing: the top bits of the key times 2^64 / golden ratio.
    private int SlotOf(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> _shift);
}
