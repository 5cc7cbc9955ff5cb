namespace MedCoding.Encoder.IO;

/// <summary>A column of bytes: an array (built from an official file) or a block of a compiled file, read in place.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly struct ByteColumn
{
    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>Initializes a column over bytes.</summary>
    public ByteColumn(ReadOnlyMemory<byte> bytes) => _bytes = bytes;

    /// <summary>Gets the number of bytes.</summary>
    public int Length => _bytes.Length;

    /// <summary>Gets byte <paramref name="index"/>.</summary>
    public byte this[int index] => _bytes.Span[index];

    /// <summary>Returns the bytes.</summary>
    public ReadOnlySpan<byte> AsBytes() => _bytes.Span;
}
