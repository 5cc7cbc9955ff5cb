using System.Numerics;

namespace MedCoding.Grouping.Tables;

/// <summary>
/// Finds a table row by ICD-10 code: each code (up to 8 letters and digits) is packed into one 64-bit key
/// and kept in an open-addressing table, so a look-up touches one slot and never compares strings. Dots
/// and lower case in the code looked up are tolerated.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
/// <threadsafety>Immutable after construction and thread-safe.</threadsafety>
internal sealed class CodeTable<T>
    where T : class
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public CodeTable(IReadOnlyCollection<KeyValuePair<string, T>> rows)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, rows.Count * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (code, row) in rows)
        {
            if (!TryPack(code, out var key))
            {
                throw new ArgumentException($"'{code}' is not a code of 1 to 8 letters and digits.", nameof(rows));
            }

            var index = Hash(key) & _mask;
            while (_slots[index].Row is not null)
            {
                index = (index + 1) & _mask;
            }

            _slots[index] = new Slot(key, row);
        }

        Count = rows.Count;
    }

    public int Count { get; }

    public bool TryGetValue(ReadOnlySpan<char> code, out T row)
    {
        if (TryPack(code, out var key))
        {
            for (var index = Hash(key) & _mask; _slots[index].Row is { } candidate; index = (index + 1) & _mask)
            {
                if (_slots[index].Key == key)
                {
                    row = candidate;
                    return true;
                }
            }
        }

        row = null!;
        return false;
    }

    /// <summary>Packs a code into 8 bytes, one per character, upper-cased, dots and surrounding blanks left out.</summary>
    public static bool TryPack(ReadOnlySpan<char> code, out ulong key)
    {
        key = 0;
        var length = 0;
        foreach (var c in code.Trim())
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) || ++length > 8)
            {
                return false;
            }

            key = (key << 8) | char.ToUpperInvariant(c);
        }

        return length > 0;
    }

    private static int Hash(ulong key) => unchecked((int)((key * 0x9E3779B97F4A7C15UL) >> 32));

    private readonly record struct Slot(ulong Key, T? Row);
}
