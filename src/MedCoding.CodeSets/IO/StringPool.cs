using System.Text;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// The string pool of a loaded compiled file: the UTF-8 bytes stay in the payload and each string is
/// decoded when asked for. Entries hold their titles as pool indexes until first read.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class StringPool : ITextSource
{
    private readonly byte[] _payload;
    private readonly int[] _starts;
    private readonly int[] _lengths;

    private StringPool(byte[] payload, int[] starts, int[] lengths)
    {
        _payload = payload;
        _starts = starts;
        _lengths = lengths;
    }

    /// <summary>Gets the number of strings.</summary>
    public int Count => _starts.Length;

    /// <summary>Gets the bytes the strings are in.</summary>
    public byte[] Payload => _payload;

    /// <summary>Returns where string <paramref name="index"/> starts in <see cref="Payload"/>.</summary>
    public int StartOf(int index) => _starts[index];

    /// <summary>Returns the byte length of string <paramref name="index"/>.</summary>
    public int LengthOf(int index) => _lengths[index];

    /// <summary>Reads the pool field (a count, then each string as a varint byte length and its UTF-8 bytes) and records where each string is.</summary>
    public static StringPool Read(ref PayloadReader field, byte[] payload, int fieldStart)
    {
        var count = field.ReadCount();
        var starts = new int[count];
        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            var length = field.ReadVarInt();
            starts[i] = fieldStart + field.Position;
            lengths[i] = length;
            field.ReadBytes(length);
        }

        return new StringPool(payload, starts, lengths);
    }

    /// <summary>Returns string number index, decoded from UTF-8.</summary>
    public string GetText(int index) => Encoding.UTF8.GetString(_payload, _starts[index], _lengths[index]);
}

/// <summary>
/// The titles of a loaded compiled file: the last field, left compressed until a title is first read, then inflated
/// once (whichever thread asks first) and decoded title by title.
/// </summary>
/// <threadsafety>Thread-safe.</threadsafety>
public sealed class DeferredStringPool(string source) : ITextSource
{
    private Lazy<StringPool>? _pool;

    /// <summary>Gets or sets the number of titles the entries field announces.</summary>
    public int ExpectedCount { get; set; }

    /// <summary>Keeps the payload, positioned at the titles field's body, to read it on first use.</summary>
    public void Defer(PayloadStream payload, int length)
    {
        _pool = new Lazy<StringPool>(() =>
        {
            using (payload)
            {
                var body = payload.ReadBody(length);
                payload.CheckAtEnd();
                var field = new PayloadReader(body, source);
                var pool = StringPool.Read(ref field, body, 0);
                return pool.Count == ExpectedCount
                    ? pool
                    : throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it holds {pool.Count} titles, not the {ExpectedCount} its entries announce.");
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Returns string number index, decoded from UTF-8.</summary>
    public string GetText(int index) =>
        (_pool ?? throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the titles field.")).Value.GetText(index);
}
