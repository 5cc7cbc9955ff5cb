using System.Collections;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// One code table of a Medicare Code Editor release (diagnoses or procedures): its rows in the order of the file, grouped
/// by code (each code's rows are consecutive), and an index from code to rows.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class MceCodeTable : IReadOnlyList<MceCode>
{
    private readonly ulong[] _keys;
    private readonly Dictionary<int, string>? _unpacked;
    private readonly int[] _firstRow;
    private readonly MceRowData[] _rows;
    private readonly ushort[] _rowSets;
    private readonly MceFlags[] _sets;
    private readonly MceCodeIndex _index;

    private MceCodeTable(ulong[] keys, Dictionary<int, string>? unpacked, int[] firstRow, MceRowData[] rows, ushort[] rowSets, MceFlags[] sets)
    {
        _keys = keys;
        _unpacked = unpacked;
        _firstRow = firstRow;
        _rows = rows;
        _rowSets = rowSets;
        _sets = sets;
        var bits = new ulong[sets.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            bits[i] = sets[i].Bits;
        }

        _index = new MceCodeIndex(keys, unpacked, firstRow, rows, rowSets, bits);
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>Gets the number of distinct codes.</summary>
    public int CodeCount => _keys.Length;

    /// <summary>Gets a row by its position in the file.</summary>
    public MceCode this[int index] => (uint)index < (uint)Count ? Row(CodeOfRow(index), index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Returns the code at a position (0 to <see cref="CodeCount"/> - 1, in file order), as the table writes it.</summary>
    public string CodeAt(int codeIndex) => _keys[codeIndex] != 0 ? MceCodeKey.Unpack(_keys[codeIndex]) : _unpacked![codeIndex];

    /// <summary>Returns the rows of the code at a position: start and count.</summary>
    public (int Start, int Count) RowsOf(int codeIndex) => (_firstRow[codeIndex], _firstRow[codeIndex + 1] - _firstRow[codeIndex]);

    /// <summary>Returns a code's row in force on a date, or <see langword="null"/> when the code has none then.</summary>
    public MceCode? Find(string code, DateOnly date) =>
        _index.TryFindRow(code, date.DayNumber, out var set, out var from, out var through)
            ? new MceCode(code, DateOnly.FromDayNumber(from), through == int.MaxValue ? null : DateOnly.FromDayNumber(through), _sets[set])
            : null;

    /// <summary>Returns the flags of a code's row in force on a day (<see cref="DateOnly.DayNumber"/>), or <see langword="null"/> when the code has none then.</summary>
    public MceFlags? FindFlags(string code, int day) =>
        _index.TryFindRow(code, day, out var set, out _, out _) ? _sets[set] : null;

    /// <summary>
    /// Returns the flag bits of the row in force on a day of a code as written on a claim (looked up upper-cased, without
    /// dots or surrounding blanks, as the MCE does), or <see langword="false"/> when the code has no row then.
    /// </summary>
    /// <remarks>The editor's hot path: no string is made for a code of letters and digits, with or without dots.</remarks>
    public bool TryFindBits(string code, int day, out ulong bits) => _index.TryFindClaimCodeBits(code, day, out bits);

    /// <summary>Reads where a claim's code would be found, so that a later <see cref="TryFindBits"/> finds it in cache (see <see cref="MceCodeIndex.Touch"/>).</summary>
    public ulong Touch(string code) => _index.Touch(code);

    /// <inheritdoc />
    public IEnumerator<MceCode> GetEnumerator()
    {
        for (var c = 0; c < _keys.Length; c++)
        {
            for (var r = _firstRow[c]; r < _firstRow[c + 1]; r++)
            {
                yield return Row(c, r);
            }
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private MceCode Row(int c, int r) =>
        new(CodeAt(c), DateOnly.FromDayNumber(_rows[r].From), _rows[r].Through == int.MaxValue ? null : DateOnly.FromDayNumber(_rows[r].Through), _sets[_rowSets[r]]);

    private int CodeOfRow(int row)
    {
        var c = Array.BinarySearch(_firstRow, 0, _keys.Length, row);
        if (c < 0)
        {
            c = ~c - 1;
        }

        // Codes with rows all start at distinct positions: the last code whose first row is at or before the row.
        while (c + 1 < _keys.Length && _firstRow[c + 1] <= row)
        {
            c++;
        }

        return c;
    }

    /// <summary>
    /// Collects the rows of a table in file order, checking that each code's rows are consecutive and never overlap. Codes are
    /// kept packed (<see cref="MceCodeKey"/>), and flag sets as positions in the table's list of distinct sets.
    /// </summary>
    internal sealed class Builder
    {
        private readonly HashSet<string>? _seen;
        private readonly List<MceFlags> _sets;
        private readonly Dictionary<MceFlags, int>? _setOf;
        private ulong[] _keys;
        private int[] _firstRow;
        private MceRowData[] _rows;
        private ushort[] _rowSets;
        private Dictionary<int, string>? _unpacked;
        private int _codeCount;
        private int _rowCount;

        /// <summary>Starts a table whose rows are added with their flag sets (<see cref="Add(string, int, int, MceFlags)"/>).</summary>
        /// <param name="codeCapacity">The number of distinct codes expected.</param>
        /// <param name="rowCapacity">The number of rows expected.</param>
        /// <param name="checkConsecutive">
        /// Whether to check that a code's rows are consecutive (a code does not come back after another), with a message for the
        /// line at fault; without it (compiled files, written grouped), a code given twice is found when the index is built.
        /// </param>
        public Builder(int codeCapacity, int rowCapacity, bool checkConsecutive)
            : this(codeCapacity, rowCapacity, checkConsecutive, [])
        {
            _setOf = new Dictionary<MceFlags, int>(ReferenceEqualityComparer.Instance);
        }

        /// <summary>Starts a table whose rows are added with positions in a list of flag sets known beforehand (<see cref="Add(ulong, string?, int, int, int)"/>).</summary>
        /// <param name="codeCapacity">The number of distinct codes expected.</param>
        /// <param name="rowCapacity">The number of rows expected.</param>
        /// <param name="checkConsecutive">Whether to check that a code's rows are consecutive.</param>
        /// <param name="sets">The flag sets the rows refer to.</param>
        public Builder(int codeCapacity, int rowCapacity, bool checkConsecutive, IEnumerable<MceFlags> sets)
        {
            _seen = checkConsecutive ? new(codeCapacity, StringComparer.Ordinal) : null;
            _sets = [.. sets];
            _keys = GC.AllocateUninitializedArray<ulong>(Math.Max(codeCapacity, 1));
            _firstRow = GC.AllocateUninitializedArray<int>(Math.Max(codeCapacity, 1) + 1);
            _rows = GC.AllocateUninitializedArray<MceRowData>(Math.Max(rowCapacity, 1));
            _rowSets = GC.AllocateUninitializedArray<ushort>(Math.Max(rowCapacity, 1));
        }

        /// <summary>Adds a row; returns why it cannot be added, or <see langword="null"/>.</summary>
        public string? Add(string code, int from, int through, MceFlags flags)
        {
            if (_setOf is null)
            {
                throw new InvalidOperationException("This builder takes flag sets by position.");
            }

            if (!_setOf.TryGetValue(flags, out var set))
            {
                _setOf.Add(flags, set = _sets.Count);
                _sets.Add(flags);
            }

            return MceCodeKey.TryPack(code, out var key) ? Add(key, null, from, through, set) : Add(0, code, from, through, set);
        }

        /// <summary>Adds a row with dates; an open end is <see langword="null"/>.</summary>
        public string? Add(string code, DateOnly from, DateOnly? through, MceFlags flags) =>
            Add(code, from.DayNumber, through?.DayNumber ?? int.MaxValue, flags);

        /// <summary>Adds a row of a packed code, or of a code that does not pack; returns why it cannot be added, or <see langword="null"/>.</summary>
        /// <param name="key">The packed code, or 0 for one that does not pack.</param>
        /// <param name="unpacked">The code as written when it does not pack; otherwise <see langword="null"/>.</param>
        /// <param name="from">The first day (<see cref="DateOnly.DayNumber"/>).</param>
        /// <param name="through">The last day, <see cref="int.MaxValue"/> for an open end.</param>
        /// <param name="set">The row's flag set: a position in the builder's sets.</param>
        public string? Add(ulong key, string? unpacked, int from, int through, int set)
        {
            if (through < from)
            {
                return $"{Name(key, unpacked)} ends ({DateOnly.FromDayNumber(through):yyyy-MM-dd}) before it starts ({DateOnly.FromDayNumber(from):yyyy-MM-dd}).";
            }

            if ((uint)set >= (uint)_sets.Count)
            {
                return $"a row of {Name(key, unpacked)} refers to a flag set that is not there";
            }

            if (set >= ushort.MaxValue - 1)
            {
                return $"the table has more than {ushort.MaxValue - 1:N0} distinct flag sets";
            }

            var last = _codeCount - 1;
            if (last < 0 || _keys[last] != key || (key == 0 && !string.Equals(_unpacked![last], unpacked, StringComparison.Ordinal)))
            {
                if (_seen is not null && !_seen.Add(Name(key, unpacked)))
                {
                    return $"{Name(key, unpacked)} has rows that are not consecutive: every row of a code must follow the one before.";
                }

                if (_codeCount == _keys.Length)
                {
                    Array.Resize(ref _keys, _keys.Length * 2);
                    Array.Resize(ref _firstRow, _keys.Length + 1);
                }

                if (key == 0)
                {
                    (_unpacked ??= [])[_codeCount] = unpacked ?? throw new ArgumentNullException(nameof(unpacked));
                }

                _keys[_codeCount] = key;
                _firstRow[_codeCount++] = _rowCount;
            }
            else
            {
                for (var r = _firstRow[last]; r < _rowCount; r++)
                {
                    if (from <= _rows[r].Through && _rows[r].From <= through)
                    {
                        return $"{Name(key, unpacked)} has two rows in force on the same dates (from {DateOnly.FromDayNumber(Math.Max(_rows[r].From, from)):yyyy-MM-dd}).";
                    }
                }
            }

            if (_rowCount == _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
                Array.Resize(ref _rowSets, _rows.Length);
            }

            _rows[_rowCount] = new MceRowData(from, through);
            _rowSets[_rowCount++] = (ushort)set;
            return null;
        }

        /// <summary>Returns the table.</summary>
        /// <exception cref="ArgumentException">A code is given twice (only possible without the consecutive check).</exception>
        public MceCodeTable Build()
        {
            Array.Resize(ref _keys, _codeCount);
            Array.Resize(ref _firstRow, _codeCount + 1);
            _firstRow[_codeCount] = _rowCount;
            Array.Resize(ref _rows, _rowCount);
            Array.Resize(ref _rowSets, _rowCount);
            return new MceCodeTable(_keys, _unpacked, _firstRow, _rows, _rowSets, [.. _sets]);
        }

        private static string Name(ulong key, string? unpacked) => key != 0 ? MceCodeKey.Unpack(key) : unpacked!;
    }
}
