using System.Runtime.CompilerServices;

namespace MedCoding.Icd10Pcs;

/// <summary>
/// The index from a code (seven characters) or a table (three) to its entry: each name packed into a 64-bit key, six
/// bits a character, and an open-addressing hash table of entry numbers over those keys. A release is indexed without
/// one string per code, and a lookup packs the characters asked for (upper-casing ASCII letters) without allocating.
/// </summary>
/// <threadsafety>Immutable once built and thread-safe.</threadsafety>
internal sealed class PcsCodeIndex
{
    private readonly long[] _keys;
    private readonly int[] _table;
    private readonly int _shift;

    /// <summary>Initializes the index of a release's entries.</summary>
    /// <param name="keys">Each entry's packed name (<see cref="Pack(ReadOnlySpan{char})"/>), in entry order.</param>
    /// <exception cref="ArgumentException">A key is 0 (not a name) or given twice.</exception>
    public PcsCodeIndex(long[] keys)
    {
        _keys = keys;
        // At most half full, so that probes stay short.
        var bits = 4;
        while (1 << bits < keys.Length * 2)
        {
            bits++;
        }

        _table = new int[1 << bits];
        _shift = 64 - bits;
        var mask = _table.Length - 1;
        for (var entry = 0; entry < keys.Length; entry++)
        {
            var key = keys[entry];
            if (key == 0)
            {
                throw new ArgumentException($"Entry {entry} has no ICD-10-PCS name.", nameof(keys));
            }

            var slot = Slot(key);
            while (_table[slot] != 0)
            {
                if (_keys[_table[slot] - 1] == key)
                {
                    throw new ArgumentException($"An item with the same key has already been added. Key: {Unpack(key)}", nameof(keys));
                }

                slot = (slot + 1) & mask;
            }

            _table[slot] = entry + 1;
        }
    }

    /// <summary>Returns the packed key of a name of 3 or 7 characters, digits or letters of either case; 0 for anything else.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The key, or 0.</returns>
    public static long Pack(ReadOnlySpan<char> name)
    {
        if (name.Length is not (3 or PcsCode.Length))
        {
            return 0;
        }

        long key = 0;
        foreach (var c in name)
        {
            var value = c switch
            {
                >= '0' and <= '9' => c - '0' + 1,
                >= 'A' and <= 'Z' => c - 'A' + 11,
                >= 'a' and <= 'z' => c - 'a' + 11,
                _ => 0,
            };
            if (value == 0)
            {
                return 0;
            }

            key = (key << 6) | (uint)value;
        }

        return key;
    }

    /// <summary>Returns the packed key of a name stored as ASCII bytes, normalised: 3 or 7 digits and upper-case letters other than I and O; 0 for anything else.</summary>
    /// <param name="name">The name's bytes.</param>
    /// <returns>The key, or 0.</returns>
    public static long Pack(ReadOnlySpan<byte> name)
    {
        if (name.Length is not (3 or PcsCode.Length))
        {
            return 0;
        }

        long key = 0;
        foreach (var b in name)
        {
            var value = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0' + 1,
                (byte)'I' or (byte)'O' => 0,
                >= (byte)'A' and <= (byte)'Z' => b - 'A' + 11,
                _ => 0,
            };
            if (value == 0)
            {
                return 0;
            }

            key = (key << 6) | (uint)value;
        }

        return key;
    }

    /// <summary>Returns the name a key was packed from, upper case.</summary>
    /// <param name="key">A key from <see cref="Pack(ReadOnlySpan{char})"/>, not 0.</param>
    /// <returns>The name.</returns>
    public static string Unpack(long key) => string.Create(key < 1L << 18 ? 3 : PcsCode.Length, key, static (span, k) =>
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            var value = (int)(k & 63);
            span[i] = value <= 10 ? (char)('0' + value - 1) : (char)('A' + value - 11);
            k >>= 6;
        }
    });

    /// <summary>Returns the entry whose name packs to <paramref name="key"/>.</summary>
    /// <param name="key">The key; 0 finds nothing.</param>
    /// <returns>The entry's number, or -1.</returns>
    public int Find(long key)
    {
        if (key == 0)
        {
            return -1;
        }

        var table = _table;
        var mask = table.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var found = table[slot] - 1;
            if (found < 0 || _keys[found] == key)
            {
                return found;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
