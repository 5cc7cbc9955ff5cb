using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// The envelope of a compiled data file: magic, format version, compression, lengths and an XxHash3
/// checksum, then the payload of tagged, length-prefixed fields. See <c>docs/compiled-format.md</c>.
/// </summary>
/// <remarks>
/// <code>
/// offset size  field
///  0      4    magic "MCDF" (MedCoding data file)
///  4      4    format version, int32 little-endian (1)
///  8      1    compression of the payload: 0 none, 1 Deflate
///  9      3    reserved, zero
/// 12      4    stored payload length, int32 little-endian
/// 16      4    payload length once decompressed, int32 little-endian
/// 20      8    XxHash3 (64-bit, seed 0) of the stored payload bytes, little-endian
/// 28      n    payload
/// </code>
/// </remarks>
public static class CompiledDataFormat
{
    /// <summary>The format version this library writes, and the newest it reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The size of the envelope before the payload.</summary>
    public const int HeaderLength = 28;

    /// <summary>The largest payload accepted (256 MiB), so that a damaged length cannot ask for gigabytes.</summary>
    public const int MaxPayloadLength = 256 << 20;

    private const int ChecksumOffset = 20;

    /// <summary>Gets the four bytes every compiled data file starts with: <c>MCDF</c>.</summary>
    public static ReadOnlySpan<byte> Magic => "MCDF"u8;

    /// <summary>Writes the envelope and the payload.</summary>
    public static void Write(Stream output, ReadOnlySpan<byte> payload, CompiledDataCompression compression)
    {
        var stored = payload;
        if (compression == CompiledDataCompression.Deflate)
        {
            var compressed = new MemoryStream(payload.Length / 4);
            // Wrap the stream: the field format is the same compressed or not. Optimal level: 7 times smaller, and inflating is quick.
            using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(payload);
            }

            stored = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        header.Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], CurrentVersion);
        header[8] = (byte)compression;
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], stored.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[ChecksumOffset..], XxHash3.HashToUInt64(stored));
        output.Write(header);
        output.Write(stored);
    }

    /// <summary>
    /// Reads the whole stored payload, checks its checksum, and returns a reader over the payload that inflates it as it
    /// is read, so that a field can be left to be inflated when first used.
    /// </summary>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not a compiled data file, or of an unsupported version.</exception>
    public static PayloadStream OpenPayload(Stream input, string source)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        var read = input.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        var (_, storedLength, _) = CheckHeader(header[..read], source);
        var file = GC.AllocateUninitializedArray<byte>(HeaderLength + storedLength);
        header.CopyTo(file);
        read = input.ReadAtLeast(file.AsSpan(HeaderLength), storedLength, throwOnEndOfStream: false);
        if (read < storedLength)
        {
            throw Truncated(storedLength, read, source);
        }

        var payload = OpenPayload(file, source);
        if (input.ReadByte() >= 0)
        {
            payload.Dispose();
            throw TrailingBytes(storedLength, source);
        }

        return payload;
    }

    /// <summary>
    /// Checks a whole compiled file held in memory (its header and checksum) and returns a reader over its payload. A
    /// payload stored without compression is read in place: <see cref="PayloadStream.ReadMemory"/> returns slices of
    /// <paramref name="file"/>, so a reader that keeps them must be given memory that does not change (an embedded
    /// resource: <see cref="EmbeddedData.OpenMemory"/>).
    /// </summary>
    /// <param name="file">The compiled file's bytes.</param>
    /// <param name="source">The name of the file or resource, for messages.</param>
    /// <returns>The reader over the payload.</returns>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not a compiled data file, or of an unsupported version.</exception>
    public static PayloadStream OpenPayload(ReadOnlyMemory<byte> file, string source)
    {
        var bytes = file.Span;
        var (compression, storedLength, payloadLength) = CheckHeader(bytes[..Math.Min(HeaderLength, bytes.Length)], source);
        var available = bytes.Length - HeaderLength;
        if (available < storedLength)
        {
            throw Truncated(storedLength, available, source);
        }

        var stored = file.Slice(HeaderLength, storedLength);
        if (XxHash3.HashToUInt64(stored.Span) != BinaryPrimitives.ReadUInt64LittleEndian(bytes[ChecksumOffset..]))
        {
            throw new CompiledDataException(CompiledDataProblem.ChecksumMismatch, $"{source} is corrupted: its data does not match the XxHash3 checksum in its header.");
        }

        if (available > storedLength)
        {
            throw TrailingBytes(storedLength, source);
        }

        return compression == CompiledDataCompression.Deflate
            ? new PayloadStream(new DeflateStream(StreamOver(stored), CompressionMode.Decompress), payloadLength, source)
            : new PayloadStream(stored, source);
    }

    /// <summary>Checks the envelope's header (as much of it as there is) and returns what it announces.</summary>
    private static (CompiledDataCompression Compression, int StoredLength, int PayloadLength) CheckHeader(ReadOnlySpan<byte> header, string source)
    {
        var read = header.Length;
        if (read < Magic.Length || !header[..Magic.Length].SequenceEqual(Magic))
        {
            throw read < Magic.Length && header[..read].SequenceEqual(Magic[..read])
                ? new CompiledDataException(CompiledDataProblem.Truncated, $"{source} is truncated: it holds {read} bytes, fewer than the {HeaderLength}-byte header of a compiled data file.")
                : new CompiledDataException(CompiledDataProblem.WrongMagic, $"{source} is not a MedCoding compiled data file: it does not start with the bytes \"MCDF\".");
        }

        if (read >= 8)
        {
            var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
            if (version != CurrentVersion)
            {
                throw new CompiledDataException(
                    CompiledDataProblem.UnsupportedVersion,
                    version > CurrentVersion
                        ? $"{source} is in compiled format version {version}, newer than this library reads (it reads version {CurrentVersion}); update the MedCoding packages, or compile the data again with this version's 'medcoding data compile'."
                        : $"{source} is in compiled format version {version}, which this library does not read (it reads version {CurrentVersion}); compile the data again with 'medcoding data compile'.");
            }
        }

        if (read < HeaderLength)
        {
            throw new CompiledDataException(CompiledDataProblem.Truncated, $"{source} is truncated: it holds {read} bytes, fewer than the {HeaderLength}-byte header of a compiled data file.");
        }

        var compression = (CompiledDataCompression)header[8];
        var storedLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        if (compression is not (CompiledDataCompression.None or CompiledDataCompression.Deflate)
            || storedLength is < 0 or > MaxPayloadLength
            || payloadLength is < 0 or > MaxPayloadLength
            || (compression == CompiledDataCompression.None && storedLength != payloadLength))
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} has a damaged header (compression {(int)compression}, lengths {storedLength} and {payloadLength}).");
        }

        return (compression, storedLength, payloadLength);
    }

    /// <summary>A stream over memory: the array itself when there is one, else a copy (a compressed payload is inflated into new memory anyway).</summary>
    private static MemoryStream StreamOver(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(memory.ToArray(), writable: false);

    private static CompiledDataException Truncated(int storedLength, int read, string source) =>
        new(CompiledDataProblem.Truncated, $"{source} is truncated: its header announces {storedLength} bytes of data but only {read} follow.");

    private static CompiledDataException TrailingBytes(int storedLength, string source) =>
        new(CompiledDataProblem.Malformed, $"{source} is malformed: bytes follow the {storedLength} bytes of data its header announces.");
}

/// <summary>
/// The payload of a checked compiled file, inflated as it is read: field headers and bodies in order. Every read is
/// bounded by the payload length in the header; a body that cannot be read whole is a malformed file.
/// </summary>
public sealed class PayloadStream : IDisposable
{
    private readonly HashSet<int> _fieldIds = [];
    private readonly Stream? _inner;
    private readonly ReadOnlyMemory<byte> _memory;

    /// <summary>Initializes a reader that inflates (or reads) a payload from a stream.</summary>
    /// <param name="inner">The payload's stream.</param>
    /// <param name="length">The payload's length, as the header announces.</param>
    /// <param name="source">The name of the file or resource, for messages.</param>
    public PayloadStream(Stream inner, int length, string source)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        Length = length;
        Source = source;
    }

    /// <summary>Initializes a reader over a payload stored as is, in memory: <see cref="ReadMemory"/> returns slices of it.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="source">The name of the file or resource, for messages.</param>
    public PayloadStream(ReadOnlyMemory<byte> payload, string source)
    {
        _memory = payload;
        Length = payload.Length;
        Source = source;
    }

    /// <summary>Gets the payload length once inflated, as the header announces.</summary>
    public int Length { get; }

    /// <summary>Gets the number of payload bytes read so far.</summary>
    public int Position { get; private set; }

    /// <summary>Gets a value indicating whether the whole payload has been read.</summary>
    public bool AtEnd => Position >= Length;

    /// <summary>Gets the name of the file or resource, for messages.</summary>
    public string Source { get; }

    /// <summary>
    /// Returns the id of the next field (a varint), refusing an id already read: a compiled file holds each field once,
    /// so a second copy of a field (which a reader would otherwise take over the first) is a damaged or forged file.
    /// </summary>
    /// <returns>The field id.</returns>
    /// <exception cref="CompiledDataException">The id is out of range, or a field of that id was read before.</exception>
    public int ReadFieldId()
    {
        var id = ReadVarInt();
        return _fieldIds.Add(id) ? id : throw Malformed($"field {id} appears twice; each field is written once");
    }

    /// <summary>Returns the next unsigned LEB128 number (at most five bytes).</summary>
    public int ReadVarInt()
    {
        uint result = 0;
        Span<byte> one = stackalloc byte[1];
        for (var shift = 0; shift < 35; shift += 7)
        {
            ReadExactly(one);
            result |= (uint)(one[0] & 0x7F) << shift;
            if (one[0] < 0x80)
            {
                return result <= int.MaxValue ? (int)result : throw Malformed("a field header is out of range");
            }
        }

        throw Malformed("a field header is longer than five bytes");
    }

    /// <summary>Fills a buffer with the next payload bytes.</summary>
    public void ReadExactly(Span<byte> buffer)
    {
        if (buffer.Length > Length - Position)
        {
            throw Malformed("a field runs past the end of the data");
        }

        if (_inner is null)
        {
            _memory.Span.Slice(Position, buffer.Length).CopyTo(buffer);
            Position += buffer.Length;
            return;
        }

        try
        {
            _inner.ReadExactly(buffer);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{Source} passed its checksum but its data does not inflate to the {Length} bytes announced.", e);
        }

        Position += buffer.Length;
    }

    /// <summary>Returns the next bytes of the payload: the body of a field.</summary>
    public byte[] ReadBody(int length)
    {
        if (length < 0 || length > Length - Position)
        {
            throw Malformed("a field runs past the end of the data");
        }

        var body = GC.AllocateUninitializedArray<byte>(length);
        ReadExactly(body);
        return body;
    }

    /// <summary>
    /// Returns the next bytes of the payload, the body of a field that the reader keeps: when the payload is stored as is
    /// in memory (<see cref="CompiledDataFormat.OpenPayload(ReadOnlyMemory{byte}, string)"/>), a slice of that memory, read
    /// in place; otherwise a new array.
    /// </summary>
    public ReadOnlyMemory<byte> ReadMemory(int length)
    {
        if (_inner is not null)
        {
            return ReadBody(length);
        }

        if (length < 0 || length > Length - Position)
        {
            throw Malformed("a field runs past the end of the data");
        }

        var body = _memory.Slice(Position, length);
        Position += length;
        return body;
    }

    /// <summary>
    /// Returns the next bytes of the payload, the body of a field that the reader parses and keeps nothing of, in a buffer
    /// borrowed from <see cref="ArrayPool{T}.Shared"/>: the large bodies of a compiled file then cost no new memory each time a
    /// release is read. Dispose it (once) when the body has been parsed.
    /// </summary>
    public PooledBody ReadPooledBody(int length)
    {
        if (length < 0 || length > Length - Position)
        {
            throw Malformed("a field runs past the end of the data");
        }

        if (_inner is null)
        {
            return new PooledBody(ReadMemory(length));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            ReadExactly(buffer.AsSpan(0, length));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new PooledBody(buffer, length);
    }

    /// <summary>Checks the payload ends here, as announced.</summary>
    public void CheckAtEnd()
    {
        if (Position != Length || (_inner is not null && _inner.ReadByte() >= 0))
        {
            throw Malformed("the data is longer than announced");
        }
    }

    /// <summary>Returns the exception for a payload that breaks the format.</summary>
    public CompiledDataException Malformed(string problem) => new(CompiledDataProblem.Malformed, $"{Source} is malformed: {problem}.");

    /// <summary>Releases the inflater.</summary>
    public void Dispose() => _inner?.Dispose();
}

/// <summary>How the payload of a compiled data file is compressed.</summary>
public enum CompiledDataCompression : byte
{
    /// <summary>Stored as is.</summary>
    None = 0,

    /// <summary>Deflate (RFC 1951, no zlib or gzip wrapper) over the whole payload.</summary>
    Deflate = 1,
}
