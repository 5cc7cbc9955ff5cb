using System.Runtime.CompilerServices;
using System.Text;

namespace MedCoding.Icd10Cm;

/// <summary>
/// The index from an undotted code to its entry: an open-addressing hash table over the codes' ASCII bytes, which stay
/// where they were read (the compiled file's string pool), so that a release is indexed without one string per code.
/// Lookups hash the characters asked for and compare them with the stored bytes: no allocation.
/// </summary>
/// <threadsafety>Immutable once built and thread-safe.</threadsafety>
internal sealed class CodeIndex
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly byte[] _data;
    private readonly int[] _start;
    private readonly byte[] _length;
    private readonly int[] _table;
    private readonly int _mask;

    /// <summary>Initializes an empty index over the keys of a release's entries, to <see cref="Add"/> codes to.</summary>
    /// <param name="data">The bytes the keys are in.</param>
    /// <param name="start">Each entry's key's start in <paramref name="data"/>.</param>
    /// <param name="length">Each entry's key's length.</param>
    /// <param name="codeCount">The number of keys that will be added, at most.</param>
    public CodeIndex(byte[] data, int[] start, byte[] length, int codeCount)
    {
        _data = data;
        _start = start;
        _length = length;
        // At most half full, so that probes stay short.
        var size = 16;
        while (size < codeCount * 2)
        {
            size <<= 1;
        }

        _table = new int[size];
        _mask = size - 1;
    }

    /// <summary>Gets the number of codes in the index.</summary>
    public int Count { get; private set; }

    /// <summary>Builds the index over string keys (a release built from the official files): their bytes are copied once.</summary>
    /// <param name="keys">Each entry's key, or <see langword="null"/> for an entry that is not indexed.</param>
    /// <returns>The index.</returns>
    public static CodeIndex FromKeys(string?[] keys)
    {
        var total = 0;
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                total += key.Length;
                count++;
            }
        }

        var data = new byte[total];
        var start = new int[keys.Length];
        var length = new byte[keys.Length];
        var position = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                if (key.Length > byte.MaxValue || !Ascii.IsValid(key))
                {
                    throw new ArgumentException($"The code {key} is not an ICD-10-CM code.", nameof(keys));
                }

                start[i] = position;
                length[i] = (byte)key.Length;
                position += Encoding.ASCII.GetBytes(key, data.AsSpan(position));
            }
        }

        var index = new CodeIndex(data, start, length, count);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not null)
            {
                index.Add(i);
            }
        }

        return index;
    }

    /// <summary>Adds an entry's key.</summary>
    /// <param name="entry">The entry's index.</param>
    /// <exception cref="ArgumentException">The key is already in the index.</exception>
    public void Add(int entry)
    {
        var key = _data.AsSpan(_start[entry], _length[entry]);
        var hash = FnvOffset;
        foreach (var b in key)
        {
            hash = unchecked((hash ^ b) * FnvPrime);
        }

        var slot = (int)(Mix(hash) & (uint)_mask);
        while (_table[slot] != 0)
        {
            var other = _table[slot] - 1;
            if (_data.AsSpan(_start[other], _length[other]).SequenceEqual(key))
            {
                throw new ArgumentException($"An item with the same key has already been added. Key: {Encoding.ASCII.GetString(key)}");
            }

            slot = (slot + 1) & _mask;
        }

        if (Count * 2 >= _table.Length)
        {
            throw new InvalidOperationException("The code index is full.");
        }

        _table[slot] = entry + 1;
        Count++;
    }

    /// <summary>Returns the entry whose key is exactly <paramref name="key"/>.</summary>
    /// <param name="key">The undotted, upper-case code.</param>
    /// <returns>The entry's index, or -1.</returns>
    public int Find(ReadOnlySpan<char> key)
    {
        if (key.Length is 0 or > byte.MaxValue)
        {
            return -1;
        }

        var hash = FnvOffset;
        foreach (var c in key)
        {
            if (c > 0x7F)
            {
                return -1;
            }

            hash = unchecked((hash ^ c) * FnvPrime);
        }

        var table = _table;
        var slot = (int)(Mix(hash) & (uint)_mask);
        while (true)
        {
            var found = table[slot] - 1;
            if (found < 0)
            {
                return -1;
            }

            if (_length[found] == key.Length && Equal(_data.AsSpan(_start[found], key.Length), key))
            {
                return found;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash) => hash ^ (hash >> 15);

    private static bool Equal(ReadOnlySpan<byte> bytes, ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (bytes[i] != chars[i])
            {
                return false;
            }
        }

        return true;
    }
}
