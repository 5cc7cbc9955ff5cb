using System.Numerics;

namespace MedCoding.Grouping.Tables;

/// <summary>
/// Finds a table row by ICD-10 code: each code (up to 8 letters and digits) is packed into one 64-bit key, and the
/// rows' keys are indexed by an open-addressing table of row numbers, so a look-up hashes one number and compares
/// keys, never strings. Dots, blanks around the code and lower case in the code looked up are tolerated.
/// </summary>
/// <threadsafety>Immutable after construction and thread-safe.</threadsafety>
internal sealed class CodeIndex
{
    private const int MaxLength = 8;
    private readonly ulong[] _keys;
    private readonly int[] _slots;
    private readonly int _mask;

    private CodeIndex(ulong[] keys, int[] slots)
    {
        _keys = keys;
        _slots = slots;
        _mask = slots.Length - 1;
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count => _keys.Length;

    /// <summary>Returns the index of every row's key, or the first row whose key an earlier row already has.</summary>
    /// <param name="keys">Each row's packed code, in row order; kept, not copied.</param>
    /// <param name="index">The index, or <see langword="null"/> when a key repeats.</param>
    /// <param name="duplicateRow">The row that repeats an earlier key, or -1.</param>
    /// <returns><see langword="true"/> when every key is distinct.</returns>
    public static bool TryBuild(ulong[] keys, out CodeIndex? index, out int duplicateRow)
    {
        // At most half full: a miss ends at an empty slot after one or two probes.
        var slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2))];
        var mask = slots.Length - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            var slot = Hash(key) & mask;
            while (slots[slot] != 0)
            {
                if (keys[slots[slot] - 1] == key)
                {
                    index = null;
                    duplicateRow = row;
                    return false;
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = row + 1;
        }

        index = new CodeIndex(keys, slots);
        duplicateRow = -1;
        return true;
    }

    /// <summary>Returns the row of a code as written (dots, blanks and lower case tolerated), or -1.</summary>
    public int Find(ReadOnlySpan<char> code) => TryPack(code, out var key) ? Find(key) : -1;

    /// <summary>Returns the row of a packed code, or -1.</summary>
    public int Find(ulong key)
    {
        for (var slot = Hash(key) & _mask; _slots[slot] is var row and not 0; slot = (slot + 1) & _mask)
        {
            if (_keys[row - 1] == key)
            {
                return row - 1;
            }
        }

        return -1;
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

            if (!char.IsAsciiLetterOrDigit(c) || ++length > MaxLength)
            {
                key = 0;
                return false;
            }

            key = (key << 8) | char.ToUpperInvariant(c);
        }

        return length > 0;
    }

    /// <summary>Packs a code of a table, which must be written exactly as the key gives it back: 1 to 8 upper-case letters and digits, no dot.</summary>
    public static bool TryPackExact(ReadOnlySpan<char> code, out ulong key)
    {
        key = 0;
        if (code.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                key = 0;
                return false;
            }

            key = (key << 8) | c;
        }

        return true;
    }

    /// <summary>Returns the code a key was packed from (upper case, no dot).</summary>
    public static string Unpack(ulong key)
    {
        Span<char> chars = stackalloc char[MaxLength];
        var length = 0;
        for (var shift = 56; shift >= 0; shift -= 8)
        {
            var c = (char)((key >> shift) & 0xFF);
            if (c != 0 || length > 0)
            {
                chars[length++] = c;
            }
        }

        return new string(chars[..length]);
    }

    private static int Hash(ulong key) => unchecked((int)((key * 0x9E3779B97F4A7C15UL) >> 32));
}
