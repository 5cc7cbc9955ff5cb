using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Returns the NCCI procedure-to-procedure edits of one provider type, read from CMS's files.
/// </summary>
/// <remarks>
/// <para>
/// The layout is CMS's: one edit per line, tab-delimited text (or CSV, as the spreadsheets export), with
/// the columns "Column 1", "Column 2", "* = In existence prior to 1996", "Effective Date" (YYYYMMDD),
/// "Deletion Date *=no data" (YYYYMMDD or <c>*</c>), "Modifier 0=not allowed 1=allowed 9=not applicable"
/// and "PTP Edit Rationale". The copyright notice and column headings above the first edit are skipped;
/// after it, every non-blank line must be an edit. CMS splits the national practitioner file into
/// several parts: pass them all to <see cref="Load(IEnumerable{string}, NcciProvider)"/>.
/// </para>
/// <para>
/// A pair may have several rows (an edit deleted and added again); <see cref="Find"/> returns the one in
/// force on the date of service. Lookups are a binary search over packed code pairs: no allocation
/// unless an edit is found.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class PtpEditTable
{
    private const int Fields = 7;
    private readonly long[] _keys;
    private readonly Row[] _rows;
    private readonly int _count;
    private readonly string[] _rationales;

    private PtpEditTable(NcciProvider provider, long[] keys, Row[] rows, int count, string[] rationales)
    {
        Provider = provider;
        _keys = keys;
        _count = count;
        _rows = rows;
        _rationales = rationales;
    }

    /// <summary>Gets the provider type the edits are for.</summary>
    public NcciProvider Provider { get; }

    /// <summary>Gets the number of edits (rows) in the table.</summary>
    public int Count => _count;

    /// <summary>Returns the edits read from one file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="provider">Practitioner or hospital.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The file is missing or a line is malformed; the exception names the line.</exception>
    public static PtpEditTable Load(string path, NcciProvider provider) => Load([path], provider);

    /// <summary>Returns the edits read from several files (the parts of one national file).</summary>
    /// <param name="paths">The files.</param>
    /// <param name="provider">Practitioner or hospital.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">A file is missing or a line is malformed; the exception names the file and line.</exception>
    public static PtpEditTable Load(IEnumerable<string> paths, NcciProvider provider)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var builder = new Builder();
        foreach (var path in paths)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DataFileException(path, null, $"The file could not be read: {MessageText.DescribeIOError(e)}", e);
            }

            using (stream)
            {
                builder.Add(stream, path);
            }
        }

        return builder.Build(provider);
    }

    /// <summary>Returns the edits read from a stream.</summary>
    /// <param name="stream">The file's bytes; read to the end, not closed.</param>
    /// <param name="sourceName">The name errors give for the file.</param>
    /// <param name="provider">Practitioner or hospital.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">A line is malformed.</exception>
    public static PtpEditTable Load(Stream stream, string sourceName, NcciProvider provider)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var builder = new Builder();
        builder.Add(stream, sourceName);
        return builder.Build(provider);
    }

    /// <summary>Returns the edit in force on a date of service for a pair of codes, in this order.</summary>
    /// <param name="column1">The code that would be paid.</param>
    /// <param name="column2">The code that would be denied.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The edit, or <see langword="null"/> when none applies.</returns>
    public PtpEdit? Find(string column1, string column2, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(column1);
        ArgumentNullException.ThrowIfNull(column2);
        if (!ServiceCodeKey.TryPack(column1, out var k1) || !ServiceCodeKey.TryPack(column2, out var k2))
        {
            return null;
        }

        var key = ServiceCodeKey.Pair(k1, k2);
        var day = dateOfService.DayNumber;
        for (var i = LowerBound(key); i < _count && _keys[i] == key; i++)
        {
            ref readonly var row = ref _rows[i];
            if (day >= row.Effective && day < row.Deletion)
            {
                return ToEdit(key, row);
            }
        }

        return null;
    }

    /// <summary>Returns every row for a pair of codes, in force or not.</summary>
    /// <param name="column1">The column 1 code.</param>
    /// <param name="column2">The column 2 code.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<PtpEdit> GetEdits(string column1, string column2)
    {
        ArgumentNullException.ThrowIfNull(column1);
        ArgumentNullException.ThrowIfNull(column2);
        if (!ServiceCodeKey.TryPack(column1, out var k1) || !ServiceCodeKey.TryPack(column2, out var k2))
        {
            return [];
        }

        var key = ServiceCodeKey.Pair(k1, k2);
        var result = new List<PtpEdit>();
        for (var i = LowerBound(key); i < _count && _keys[i] == key; i++)
        {
            result.Add(ToEdit(key, _rows[i]));
        }

        return result;
    }

    private int LowerBound(long key)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (_keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private PtpEdit ToEdit(long key, in Row row) => new(
        ServiceCodeKey.Unpack((int)(key >> 32)),
        ServiceCodeKey.Unpack((int)(key & 0xFFFFFFFF)),
        row.Prior1996,
        DateOnly.FromDayNumber(row.Effective),
        row.Deletion == int.MaxValue ? null : DateOnly.FromDayNumber(row.Deletion),
        (PtpModifierIndicator)row.Indicator,
        _rationales[row.Rationale]);

    internal readonly record struct Row(int Effective, int Deletion, ushort Rationale, byte Indicator, bool Prior1996);

    private sealed class Builder
    {
        private readonly List<string> _rationales = [];
        private readonly List<byte[]> _rationaleBytes = [];
        private long[] _keys = new long[1024];
        private Row[] _rows = new Row[1024];
        private int _count;

        private bool _started;
        private int _lastRationale = -1;

        public void Add(Stream stream, string source)
        {
            if (stream.CanSeek)
            {
                // CMS's PTP lines average some 60-90 bytes with their rationale: size the arrays once.
                EnsureCapacity(_count + (int)Math.Min(stream.Length / 60, int.MaxValue / 2));
            }

            _started = false;
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
            try
            {
                var filled = 0;
                var linesBefore = 0;
                while (true)
                {
                    int read;
                    try
                    {
                        read = stream.Read(buffer, filled, buffer.Length - filled);
                    }
                    catch (IOException e)
                    {
                        throw new DataFileException(source, null, $"The file could not be read: {MessageText.DescribeIOError(e)}", e);
                    }

                    filled += read;
                    var end = read == 0 ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                    if (end == 0 && filled == buffer.Length)
                    {
                        // One line longer than the buffer: grow it.
                        var bigger = System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(bigger);
                        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                        continue;
                    }

                    linesBefore = AddLines(buffer.AsSpan(0, end), source, linesBefore);
                    buffer.AsSpan(end, filled - end).CopyTo(buffer);
                    filled -= end;
                    if (read == 0)
                    {
                        break;
                    }
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }

            if (!_started)
            {
                throw new DataFileException(source, null, "The file holds no PTP edits (lines of column 1 code, column 2 code, ...).");
            }
        }

        private int AddLines(ReadOnlySpan<byte> data, string source, int linesBefore)
        {
            var lines = new DataFileLines(linesBefore == 0 ? DataFileLines.WithoutByteOrderMark(data) : data, source, linesBefore);
            Span<Range> f = stackalloc Range[Fields + 1];
            ref var started = ref _started;
            ref var lastRationale = ref _lastRationale;
            while (lines.MoveNext())
            {
                var line = lines.Current;
                if (line.Trim((byte)' ').IsEmpty || line.IndexOfAnyExcept("\t, "u8) < 0)
                {
                    continue;
                }

                var n = DelimitedFields.SplitTabOrCsv(line, f);
                int c1 = 0, c2 = 0;
                var isEdit = n >= 2 && ServiceCodeKey.TryPack(line[f[0]], out c1) & ServiceCodeKey.TryPack(line[f[1]], out c2);
                if (!isEdit)
                {
                    if (started)
                    {
                        throw new DataFileException(source, lines.LineNumber,
                            "Expected an edit: column 1 and column 2 must each be a five-character CPT/HCPCS code.");
                    }

                    continue; // The copyright notice and headings above the first edit.
                }

                started = true;
                if (n is < Fields - 1 or > Fields)
                {
                    throw new DataFileException(source, lines.LineNumber,
                        $"Expected {Fields} columns (column 1, column 2, prior-to-1996 flag, effective date, deletion date, modifier indicator, rationale); found {n}.");
                }

                var prior = line[f[2]] switch
                {
                    [] => false,
                    [(byte)'*'] or [(byte)'Y'] => true,
                    [(byte)'N'] => false,
                    _ => throw new DataFileException(source, lines.LineNumber, "The prior-to-1996 column must be '*' or blank."),
                };
                var effective = ParseDate(line[f[3]], source, lines.LineNumber, "effective date")
                    ?? throw new DataFileException(source, lines.LineNumber, "The effective date is missing; expected YYYYMMDD.");
                var deletion = ParseDate(line[f[4]], source, lines.LineNumber, "deletion date") ?? int.MaxValue;
                if (deletion < effective)
                {
                    throw new DataFileException(source, lines.LineNumber, "The deletion date is before the effective date.");
                }

                var indicator = line[f[5]] switch
                {
                    [(byte)'0'] => (byte)0,
                    [(byte)'1'] => (byte)1,
                    [(byte)'9'] => (byte)9,
                    _ => throw new DataFileException(source, lines.LineNumber, "The modifier indicator must be 0 (not allowed), 1 (allowed) or 9 (not applicable)."),
                };
                var rationale = n == Fields ? Intern(line[f[6]], ref lastRationale) : Intern([], ref lastRationale);
                Append(ServiceCodeKey.Pair(c1, c2), new Row(effective, deletion, rationale, indicator, prior));
            }

            return lines.LineNumber;
        }

        public PtpEditTable Build(NcciProvider provider)
        {
            _keys.AsSpan(0, _count).Sort(_rows.AsSpan(0, _count));
            if (_keys.Length - _count > _count / 4)
            {
                // Do not keep more than a quarter of spare capacity for the life of the table.
                Array.Resize(ref _keys, _count);
                Array.Resize(ref _rows, _count);
            }

            return new PtpEditTable(provider, _keys, _rows, _count, [.. _rationales]);
        }

        private static int? ParseDate(ReadOnlySpan<byte> field, string source, int line, string what)
        {
            if (field.IsEmpty || field is [(byte)'*'])
            {
                return null;
            }

            if (field.Length == 8 && field.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
            {
                var year = ((field[0] - '0') * 1000) + ((field[1] - '0') * 100) + ((field[2] - '0') * 10) + (field[3] - '0');
                var month = ((field[4] - '0') * 10) + (field[5] - '0');
                var day = ((field[6] - '0') * 10) + (field[7] - '0');
                if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    return new DateOnly(year, month, day).DayNumber;
                }
            }

            throw new DataFileException(source, line, string.Create(CultureInfo.InvariantCulture, $"The {what} must be a date YYYYMMDD{(what == "deletion date" ? " or '*'" : string.Empty)}."));
        }

        private ushort Intern(ReadOnlySpan<byte> text, ref int last)
        {
            if (last >= 0 && text.SequenceEqual(_rationaleBytes[last]))
            {
                return (ushort)last;
            }

            for (var i = 0; i < _rationaleBytes.Count; i++)
            {
                if (text.SequenceEqual(_rationaleBytes[i]))
                {
                    return (ushort)(last = i);
                }
            }

            if (_rationales.Count == ushort.MaxValue)
            {
                throw new InvalidOperationException("More than 65,535 different PTP rationales; CMS's files have a few dozen.");
            }

            _rationaleBytes.Add(text.ToArray());
            _rationales.Add(DelimitedFields.CsvText(text));
            return (ushort)(last = _rationales.Count - 1);
        }

        private void EnsureCapacity(int capacity)
        {
            if (capacity > _keys.Length)
            {
                Array.Resize(ref _keys, capacity);
                Array.Resize(ref _rows, capacity);
            }
        }

        private void Append(long key, Row row)
        {
            if (_count == _keys.Length)
            {
                EnsureCapacity(_count * 2);
            }

            _keys[_count] = key;
            _rows[_count] = row;
            _count++;
        }
    }
}
