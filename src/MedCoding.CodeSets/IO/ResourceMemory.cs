using System.Buffers;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// The bytes of an embedded resource where the runtime has mapped them, as <see cref="Memory{T}"/>: the resources of an
/// assembly loaded from a file lie in its image, which stays mapped, unchanged, as long as the assembly is loaded
/// (<see cref="EmbeddedData.OpenMemory"/> uses it only for an assembly that cannot be unloaded).
/// </summary>
internal sealed unsafe class ResourceMemory : MemoryManager<byte>
{
    private readonly byte* _pointer;
    private readonly int _length;

    /// <summary>Initializes the memory of a resource.</summary>
    /// <param name="pointer">Its first byte, in the assembly's image.</param>
    /// <param name="length">Its length.</param>
    public ResourceMemory(byte* pointer, int length)
    {
        _pointer = pointer;
        _length = length;
    }

    /// <inheritdoc/>
    public override Span<byte> GetSpan() => new(_pointer, _length);

    /// <inheritdoc/>
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);
        return new MemoryHandle(_pointer + elementIndex);
    }

    /// <inheritdoc/>
    public override void Unpin()
    {
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
    }
}
