using System.Collections;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// One code table of a Medicare Code Editor release (diagnoses or procedures): its rows in the order of the file, grouped
/// by code (each code's rows are consecutive), and an index from code to rows.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class MceCodeTable : IReadOnlyList<MceCode>
{
    private readonly string[] _codes;
    private readonly int[] _firstRow;
    private readonly MceRowData[] _rows;
    private readonly MceFlags[] _flags;
    private readonly MceCodeIndex _index;

    private MceCodeTable(string[] codes, int[] firstRow, MceRowData[] rows, MceFlags[] flags)
    {
        _codes = codes;
        _firstRow = firstRow;
        _rows = rows;
        _flags = flags;
        _index = new MceCodeIndex(codes, firstRow, rows);
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>Gets the number of distinct codes.</summary>
    public int CodeCount => _codes.Length;

    /// <summary>Gets the distinct codes, in file order (not a copy).</summary>
    internal string[] Codes => _codes;

    /// <summary>Gets a row by its position in the file.</summary>
    public MceCode this[int index] => (uint)index < (uint)Count ? Row(CodeOfRow(index), index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Returns the rows of the code at a position of <see cref="Codes"/>: start and count.</summary>
    public (int Start, int Count) RowsOf(int codeIndex) => (_firstRow[codeIndex], _firstRow[codeIndex + 1] - _firstRow[codeIndex]);

    /// <summary>Returns a code's row in force on a date, or <see langword="null"/> when the code has none then.</summary>
    public MceCode? Find(string code, DateOnly date) =>
        _index.TryGetRows(code, out var first, out var end) && RowInForce(first, end, date.DayNumber) is var r and >= 0
            ? Row(CodeOfRow(first), r)
            : null;

    /// <summary>Returns the flags of a code's row in force on a day (<see cref="DateOnly.DayNumber"/>), or <see langword="null"/> when the code has none then.</summary>
    public MceFlags? FindFlags(string code, int day) =>
        _index.TryGetRows(code, out var first, out var end) && RowInForce(first, end, day) is var r and >= 0 ? _flags[r] : null;

    /// <summary>
    /// Returns the flag bits of the row in force on a day of a code as written on a claim (looked up upper-cased, without
    /// dots or surrounding blanks, as the MCE does), or <see langword="false"/> when the code has no row then.
    /// </summary>
    /// <remarks>The editor's hot path: no string is made for a code of letters and digits, with or without dots.</remarks>
    public bool TryFindBits(string code, int day, out ulong bits) => _index.TryFindClaimCodeBits(code, day, out bits);

    /// <summary>Reads where a claim's code would be found, so that a later <see cref="TryFindBits"/> finds it in cache (see <see cref="MceCodeIndex.Touch"/>).</summary>
    public ulong Touch(string code) => _index.Touch(code);

    private int RowInForce(int first, int end, int day)
    {
        for (var r = first; r < end; r++)
        {
            if (_rows[r].From <= day && day <= _rows[r].Through)
            {
                return r;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public IEnumerator<MceCode> GetEnumerator()
    {
        for (var c = 0; c < _codes.Length; c++)
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
        new(_codes[c], DateOnly.FromDayNumber(_rows[r].From), _rows[r].Through == int.MaxValue ? null : DateOnly.FromDayNumber(_rows[r].Through), _flags[r]);

    private int CodeOfRow(int row)
    {
        var c = Array.BinarySearch(_firstRow, 0, _codes.Length, row);
        if (c < 0)
        {
            c = ~c - 1;
        }

        // Codes with rows all start at distinct positions: the last code whose first row is at or before the row.
        while (c + 1 < _codes.Length && _firstRow[c + 1] <= row)
        {
            c++;
        }

        return c;
    }

    /// <summary>Collects the rows of a table in file order, checking that each code's rows are consecutive and never overlap.</summary>
    /// <param name="codeCapacity">The number of distinct codes expected.</param>
    /// <param name="rowCapacity">The number of rows expected.</param>
    /// <param name="checkConsecutive">
    /// Whether to check that a code's rows are consecutive (a code does not come back after another), with a message for the
    /// line at fault; without it (compiled files, written grouped), a code given twice is found when the index is built.
    /// </param>
    internal sealed class Builder(int codeCapacity, int rowCapacity, bool checkConsecutive)
    {
        private readonly HashSet<string>? _seen = checkConsecutive ? new(codeCapacity, StringComparer.Ordinal) : null;
        private string[] _codes = new string[Math.Max(codeCapacity, 1)];
        private int[] _firstRow = new int[Math.Max(codeCapacity, 1) + 1];
        private MceRowData[] _rows = new MceRowData[Math.Max(rowCapacity, 1)];
        private MceFlags[] _flags = new MceFlags[Math.Max(rowCapacity, 1)];
        private int _codeCount;
        private int _rowCount;

        /// <summary>Adds a row; returns why it cannot be added, or <see langword="null"/>.</summary>
        public string? Add(string code, int from, int through, MceFlags flags)
        {
            if (through < from)
            {
                return $"{code} ends ({DateOnly.FromDayNumber(through):yyyy-MM-dd}) before it starts ({DateOnly.FromDayNumber(from):yyyy-MM-dd}).";
            }

            var last = _codeCount - 1;
            if (last < 0 || !string.Equals(_codes[last], code, StringComparison.Ordinal))
            {
                if (_seen is not null && !_seen.Add(code))
                {
                    return $"{code} has rows that are not consecutive: every row of a code must follow the one before.";
                }

                if (_codeCount == _codes.Length)
                {
                    Array.Resize(ref _codes, _codes.Length * 2);
                    Array.Resize(ref _firstRow, (_codes.Length) + 1);
                }

                _codes[_codeCount] = code;
                _firstRow[_codeCount++] = _rowCount;
            }
            else
            {
                for (var r = _firstRow[last]; r < _rowCount; r++)
                {
                    if (from <= _rows[r].Through && _rows[r].From <= through)
                    {
                        return $"{code} has two rows in force on the same dates (from {DateOnly.FromDayNumber(Math.Max(_rows[r].From, from)):yyyy-MM-dd}).";
                    }
                }
            }

            if (_rowCount == _rows.Length)
            {
                Array.Resize(ref _rows, _rows.Length * 2);
                Array.Resize(ref _flags, _rows.Length);
            }

            _rows[_rowCount] = new MceRowData(from, through, flags.Bits);
            _flags[_rowCount++] = flags;
            return null;
        }

        /// <summary>Adds a row with dates; an open end is <see langword="null"/>.</summary>
        public string? Add(string code, DateOnly from, DateOnly? through, MceFlags flags) =>
            Add(code, from.DayNumber, through?.DayNumber ?? int.MaxValue, flags);

        /// <summary>Returns the table.</summary>
        /// <exception cref="ArgumentException">A code is given twice (only possible without the consecutive check).</exception>
        public MceCodeTable Build()
        {
            Array.Resize(ref _codes, _codeCount);
            Array.Resize(ref _firstRow, _codeCount + 1);
            _firstRow[_codeCount] = _rowCount;
            Array.Resize(ref _rows, _rowCount);
            Array.Resize(ref _flags, _rowCount);
            return new MceCodeTable(_codes, _firstRow, _rows, _flags);
        }
    }
}
