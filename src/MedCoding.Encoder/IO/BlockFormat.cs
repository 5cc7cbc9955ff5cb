using System.Buffers.Binary;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// The blocks of the encoder's compiled fields (an index's terms table, a search segment): each its byte length (a
/// varint), then its bytes, read in place; a block of numbers holds int32 little-endian.
/// </summary>
internal static class BlockFormat
{
    /// <summary>Writes a block: its length, then its bytes.</summary>
    public static void Write(PayloadWriter field, ReadOnlySpan<byte> block)
    {
        field.WriteVarInt(block.Length);
        field.WriteBytes(block);
    }

    /// <summary>Reads the next block of a field as a slice of the field's body, checking its length.</summary>
    /// <param name="field">The reader over <paramref name="body"/>.</param>
    /// <param name="body">The field's body, which the block is a slice of.</param>
    /// <param name="expected">The length the block must have, or -1 for any.</param>
    /// <param name="what">What the block holds, for messages.</param>
    /// <returns>The block.</returns>
    public static ReadOnlyMemory<byte> Read(ref PayloadReader field, ReadOnlyMemory<byte> body, long expected, string what)
    {
        var length = field.ReadVarInt();
        if (expected >= 0 && length != expected)
        {
            throw field.Malformed($"the {what} take {length} bytes, not {expected}");
        }

        var start = field.Position;
        field.ReadBytes(length);
        return body.Slice(start, length);
    }

    /// <summary>Reads the int32 at position <paramref name="index"/> of a little-endian block.</summary>
    public static int Int32At(ReadOnlySpan<byte> block, int index) => BinaryPrimitives.ReadInt32LittleEndian(block.Slice(index * sizeof(int), sizeof(int)));
}
