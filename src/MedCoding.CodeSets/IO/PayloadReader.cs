using System.Text;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// Reads the payload's primitives from a span, checking every bound: a value that runs past its field
/// is a <see cref="CompiledDataProblem.Malformed"/> file, never an out-of-range read.
/// </summary>
public ref struct PayloadReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly string _source;

    /// <summary>Initializes a reader over one field's body.</summary>
    public PayloadReader(ReadOnlySpan<byte> data, string source)
    {
        _data = data;
        _source = source;
        Position = 0;
    }

    /// <summary>Gets the number of payload bytes read so far.</summary>
    public int Position { get; private set; }

    /// <summary>Gets a value indicating whether the whole field has been read.</summary>
    public readonly bool AtEnd => Position >= _data.Length;

    /// <summary>Returns the next byte.</summary>
    public byte ReadByte()
    {
        if (Position >= _data.Length)
        {
            throw Malformed("a value runs past the end of its field");
        }

        return _data[Position++];
    }

    /// <summary>Returns the next unsigned LEB128 number (at most five bytes).</summary>
    public int ReadVarInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result <= int.MaxValue ? (int)result : throw Malformed("a number is out of range");
            }
        }

        throw Malformed("a number is longer than five bytes");
    }

    /// <summary>Reads a count of elements that follow, each taking at least one byte: a damaged count cannot ask for more than the field holds.</summary>
    public int ReadCount()
    {
        var count = ReadVarInt();
        return count <= _data.Length - Position ? count : throw Malformed($"a count of {count} is more than the field holds");
    }

    /// <summary>Returns the next bytes, without copying.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > _data.Length - Position)
        {
            throw Malformed("a value runs past the end of its field");
        }

        var span = _data.Slice(Position, count);
        Position += count;
        return span;
    }

    /// <summary>Returns the next string: a varint byte count and UTF-8 bytes.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadBytes(ReadVarInt()));

    /// <summary>Returns the exception for a field that breaks the format.</summary>
    public readonly CompiledDataException Malformed(string problem) =>
        new(CompiledDataProblem.Malformed, $"{_source} is malformed: {problem} (at byte {Position} of a field).");
}
