using MedCoding.CodeSets.IO;

namespace MedCoding.Data.Tests;

/// <summary>Takes compiled files apart and puts them back together, to test readers on damaged and newer files.</summary>
internal static class CompiledBytes
{
    /// <summary>Returns the bytes of a stream.</summary>
    public static byte[] Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Returns the fields of an uncompressed compiled file: id and body, in order.</summary>
    public static List<(int Id, byte[] Body)> Fields(byte[] uncompressed)
    {
        uncompressed[8].Should().Be((byte)CompiledDataCompression.None);
        var fields = new List<(int, byte[])>();
        var position = CompiledDataFormat.HeaderLength;
        while (position < uncompressed.Length)
        {
            var id = ReadVarInt(uncompressed, ref position);
            var length = ReadVarInt(uncompressed, ref position);
            fields.Add((id, uncompressed[position..(position + length)]));
            position += length;
        }

        return fields;
    }

    /// <summary>Returns a compiled file of the fields given.</summary>
    public static MemoryStream Write(IEnumerable<(int Id, byte[] Body)> fields, CompiledDataCompression compression)
    {
        var payload = new PayloadWriter();
        foreach (var (id, body) in fields)
        {
            var writer = new PayloadWriter(body.Length + 1);
            foreach (var b in body)
            {
                writer.WriteByte(b);
            }

            payload.WriteField(id, writer);
        }

        var stream = new MemoryStream();
        CompiledDataFormat.Write(stream, payload.WrittenSpan, compression);
        stream.Position = 0;
        return stream;
    }

    private static int ReadVarInt(byte[] bytes, ref int position)
    {
        var result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
    }
}
