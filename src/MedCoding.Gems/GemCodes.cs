using System.Runtime.CompilerServices;
using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Gems;

/// <summary>
/// Every distinct code of a set of GEMs (sources and targets, both directions), undotted, as ASCII bytes, with an
/// open-addressing hash index over those bytes: a code is found without a string per code, and each code's string (and
/// its dotted form) is created the first time it is asked for.
/// </summary>
/// <threadsafety>Immutable once built and thread-safe: strings created on first use are published once.</threadsafety>
internal sealed class GemCodes
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly byte[] _data;
    private readonly int[] _start;
    private readonly byte[] _length;
    private string?[]? _text;
    private string?[]? _dottedIcd9;
    private string?[]? _dottedIcd10;
    private readonly int[] _table;
    private readonly int _mask;

    private GemCodes(byte[] data, int[] start, byte[] length, string?[]? text)
    {
        _data = data;
        _start = start;
        _length = length;
        _text = text;
        // At most half full, so that probes stay short.
        var size = 16;
        while (size < start.Length * 2)
        {
            size <<= 1;
        }

        _table = new int[size];
        _mask = size - 1;
        for (var i = 0; i < start.Length; i++)
        {
            Add(i);
        }
    }

    /// <summary>Gets the number of codes.</summary>
    public int Count => _start.Length;

    /// <summary>Returns the codes of strings already made (GEMs read from the official files), in the order given.</summary>
    /// <exception cref="ArgumentException">A code is given twice, or is not ASCII.</exception>
    public static GemCodes FromStrings(IReadOnlyList<string> codes)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += code.Length;
        }

        var data = new byte[total];
        var start = new int[codes.Count];
        var length = new byte[codes.Count];
        var text = new string?[codes.Count];
        var position = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            if (code.Length is 0 or > byte.MaxValue || !Ascii.IsValid(code))
            {
                throw new ArgumentException($"{MessageText.Quote(code)} is not a diagnosis code.", nameof(codes));
            }

            start[i] = position;
            length[i] = (byte)code.Length;
            text[i] = code;
            position += Encoding.ASCII.GetBytes(code, data.AsSpan(position));
        }

        return new GemCodes(data, start, length, text);
    }

    /// <summary>Returns the codes of a compiled file's string pool; their strings are made on first use.</summary>
    /// <exception cref="ArgumentException">A code is given twice, empty, too long or not ASCII.</exception>
    public static GemCodes FromPool(StringPool pool)
    {
        var start = GC.AllocateUninitializedArray<int>(pool.Count);
        var length = GC.AllocateUninitializedArray<byte>(pool.Count);
        var data = pool.Payload;
        for (var i = 0; i < start.Length; i++)
        {
            var codeLength = pool.LengthOf(i);
            if (codeLength is 0 or > byte.MaxValue || !Ascii.IsValid(data.AsSpan(pool.StartOf(i), codeLength)))
            {
                throw new ArgumentException($"code {i} of the pool is not a diagnosis code.", nameof(pool));
            }

            start[i] = pool.StartOf(i);
            length[i] = (byte)codeLength;
        }

        return new GemCodes(data, start, length, null);
    }

    /// <summary>Returns a code as the GEM files write it, undotted (<c>25000</c>).</summary>
    public string Text(int index)
    {
        var cache = FirstUseCache.Of(ref _text, _start.Length);
        if (Volatile.Read(ref cache[index]) is { } text)
        {
            return text;
        }

        var created = Encoding.ASCII.GetString(_data, _start[index], _length[index]);
        return Interlocked.CompareExchange(ref cache[index], created, null) ?? created;
    }

    /// <summary>Returns a code in its dotted form, as an ICD-9-CM (<c>250.00</c>) or an ICD-10-CM code (<c>E11.9</c>).</summary>
    public string Dotted(int index, bool icd9)
    {
        var cache = icd9 ? FirstUseCache.Of(ref _dottedIcd9, _start.Length) : FirstUseCache.Of(ref _dottedIcd10, _start.Length);
        if (Volatile.Read(ref cache[index]) is { } dotted)
        {
            return dotted;
        }

        var text = Text(index);
        var created = icd9 ? Icd9CmCode.ToDotted(text) : Icd10CmCode.ToDotted(text);
        return Interlocked.CompareExchange(ref cache[index], created, null) ?? created;
    }

    /// <summary>Returns the index of the code that is exactly <paramref name="code"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> code)
    {
        if (code.Length is 0 or > byte.MaxValue)
        {
            return -1;
        }

        var hash = FnvOffset;
        foreach (var c in code)
        {
            if (c > 0x7F)
            {
                return -1;
            }

            hash = unchecked((hash ^ c) * FnvPrime);
        }

        var slot = (int)(Mix(hash) & (uint)_mask);
        while (true)
        {
            var found = _table[slot] - 1;
            if (found < 0)
            {
                return -1;
            }

            if (_length[found] == code.Length && Equal(_data.AsSpan(_start[found], code.Length), code))
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

    private void Add(int index)
    {
        var key = _data.AsSpan(_start[index], _length[index]);
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
                throw new ArgumentException($"The code {Encoding.ASCII.GetString(key)} is given twice.");
            }

            slot = (slot + 1) & _mask;
        }

        _table[slot] = index + 1;
    }
}
