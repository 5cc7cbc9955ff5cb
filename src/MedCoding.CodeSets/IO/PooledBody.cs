using System.Buffers;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// The body of a field read into a buffer borrowed from <see cref="ArrayPool{T}.Shared"/> (<see cref="PayloadStream.ReadPooledBody"/>):
/// parse <see cref="Span"/>, keep nothing of it, and dispose the body once, which gives the buffer back.
/// </summary>
public readonly struct PooledBody : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;

    internal PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>Gets the body's bytes.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
