using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.Lookup.IO;

/// <summary>
/// The string pool of a loaded compiled file: the UTF-8 bytes stay in the payload and each string is
/// decoded when asked for. Entries hold their titles as pool indexes until first read.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class StringPool : ITextSource
{
    private readonly byte[] _payload;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    private StringPool(byte[] payload, int[] starts, int[] lengths)
    {
        _payload = payload;
        _starts = starts;
        _lengths = lengths;
    }

    public int Count => _starts.Length;

    /// <summary>Reads the pool field (a count, then each string as a varint byte length and its UTF-8 bytes) and records where each string is.</summary>
    public static StringPool Read(ref PayloadReader field, byte[] payload, int fieldStart)
    {
        var count = field.ReadCount();
        var starts = new int[count];
        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            var length = field.ReadVarInt();
            starts[i] = fieldStart + field.Position;
            lengths[i] = length;
            field.ReadBytes(length);
        }

        return new StringPool(payload, starts, lengths);
    }

    public string GetText(int index) => Encoding.UTF8.GetString(_payload, _starts[index], _lengths[index]);
}
