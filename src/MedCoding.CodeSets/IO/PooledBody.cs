using System.Buffers;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// The body of a field read into a buffer borrowed from <see cref="ArrayPool{T}.Shared"/> (<see cref="PayloadStream.ReadPooledBody"/>):
/// parse <see cref="Span"/>, keep nothing of it, and dispose the body once, which gives the buffer back.
/// </summary>
public readonly struct PooledBody : IDisposable
{
    private readonly byte[]? _rented;
    private readonly ReadOnlyMemory<byte> _body;

    internal PooledBody(byte[] rented, int length)
    {
        _rented = rented;
        _body = rented.AsMemory(0, length);
    }

    /// <summary>A body read in place, from a payload held in memory: nothing to give back.</summary>
    internal PooledBody(ReadOnlyMemory<byte> body) => _body = body;

    /// <summary>Gets the body's bytes.</summary>
    public ReadOnlySpan<byte> Span => _body.Span;

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
        }
    }
}
