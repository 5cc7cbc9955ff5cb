using System.Text;

namespace MedCoding.CodeSets.IO;

/// <summary>A growable buffer that writes the payload's primitives: 7-bit varints, bytes and UTF-8 strings.</summary>
public sealed class PayloadWriter
{
    private byte[] _buffer;

    /// <summary>Initializes an empty buffer.</summary>
    public PayloadWriter(int capacity = 1 << 16)
    {
        _buffer = new byte[capacity];
    }

    /// <summary>Gets the number of bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the bytes written.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    /// <summary>Writes one byte.</summary>
    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    /// <summary>Writes an unsigned LEB128 number.</summary>
    public void WriteVarUInt(uint value)
    {
        Ensure(5);
        while (value >= 0x80)
        {
            _buffer[Length++] = unchecked((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    /// <summary>Writes a non-negative number as unsigned LEB128.</summary>
    public void WriteVarInt(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only non-negative values are written.");
        }

        WriteVarUInt((uint)value);
    }

    /// <summary>Writes a string: its UTF-8 byte count, then the bytes.</summary>
    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteVarInt(byteCount);
        Ensure(byteCount);
        Length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(Length));
    }

    /// <summary>Writes bytes as they are (a block the reader takes in place).</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Writes a field: its id, the length of its body, then the body.</summary>
    public void WriteField(int id, PayloadWriter body)
    {
        WriteVarInt(id);
        WriteVarInt(body.Length);
        Ensure(body.Length);
        body.WrittenSpan.CopyTo(_buffer.AsSpan(Length));
        Length += body.Length;
    }

    private void Ensure(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }
    }
}

/// <summary>Assigns each distinct string an index, in order of first use, so that the same input always gives the same pool.</summary>
public sealed class StringPoolBuilder
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>Gets the number of strings.</summary>
    public int Count => _strings.Count;

    /// <summary>Gets the index of a string, adding it on first use.</summary>
    public int this[string value]
    {
        get
        {
            if (!_indexes.TryGetValue(value, out var index))
            {
                index = _strings.Count;
                _indexes.Add(value, index);
                _strings.Add(value);
            }

            return index;
        }
    }

    /// <summary>Writes the pool: the count, then each string.</summary>
    public void WriteTo(PayloadWriter writer)
    {
        writer.WriteVarInt(_strings.Count);
        foreach (var value in _strings)
        {
            writer.WriteString(value);
        }
    }
}
