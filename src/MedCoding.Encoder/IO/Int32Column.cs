using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace MedCoding.Encoder.IO;

/// <summary>
/// A column of 32-bit numbers: an array (built from an official file) or a little-endian block of a compiled file, read
/// in place (<see cref="IndexFormat"/>), so that an index read from the embedded data copies none of its arrays.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly struct Int32Column
{
    private readonly int[]? _array;
    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>Initializes a column over an array.</summary>
    public Int32Column(int[] array) => _array = array;

    /// <summary>Initializes a column over a little-endian block (4 bytes a number).</summary>
    public Int32Column(ReadOnlyMemory<byte> bytes) => _bytes = bytes;

    /// <summary>Gets the number of numbers.</summary>
    public int Length => _array?.Length ?? (_bytes.Length / sizeof(int));

    /// <summary>Gets number <paramref name="index"/>.</summary>
    public int this[int index] => _array is not null ? _array[index] : BlockFormat.Int32At(_bytes.Span, index);

    /// <summary>Returns the column as a little-endian block (the compiled format).</summary>
    public ReadOnlySpan<byte> AsBytes() => _array is null ? _bytes.Span : LittleEndian(_array);

    private static byte[] LittleEndian(int[] array)
    {
        var bytes = new byte[array.Length * sizeof(int)];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(array.AsSpan()).CopyTo(bytes);
        }
        else
        {
            for (var i = 0; i < array.Length; i++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * sizeof(int)), array[i]);
            }
        }

        return bytes;
    }
}
