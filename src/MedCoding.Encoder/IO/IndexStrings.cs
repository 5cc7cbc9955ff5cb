using System.Text;

namespace MedCoding.Encoder.IO;

/// <summary>
/// The distinct strings of an index (titles, modifiers, codes, cross-reference targets, cells), each named by its number:
/// either decoded already (an index read from the official file) or kept as the compiled file's UTF-8 bytes and decoded
/// the first time it is asked for, once.
/// </summary>
/// <threadsafety>Thread-safe: two threads decoding the same string at once both get equal strings.</threadsafety>
internal sealed class IndexStrings
{
    private readonly string?[] _decoded;
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly int[]? _starts;
    private readonly int[]? _lengths;

    /// <summary>Keeps strings already decoded.</summary>
    public IndexStrings(string[] strings) => _decoded = strings;

    /// <summary>Keeps the UTF-8 bytes of <c>starts.Length</c> strings, string <c>i</c> the <c>lengths[i]</c> bytes at <c>starts[i]</c>.</summary>
    public IndexStrings(ReadOnlyMemory<byte> utf8, int[] starts, int[] lengths)
    {
        _utf8 = utf8;
        _starts = starts;
        _lengths = lengths;
        _decoded = new string?[starts.Length];
    }

    /// <summary>Gets the number of strings.</summary>
    public int Count => _decoded.Length;

    /// <summary>Returns the length in UTF-8 bytes of string <paramref name="id"/> (its length in characters for decoded strings), at least its length in characters.</summary>
    public int ByteLengthOf(int id) => _lengths is null ? _decoded[id]!.Length : _lengths[id];

    /// <summary>Returns string <paramref name="id"/>.</summary>
    public string this[int id] => _decoded[id] ?? Decode(id);

    private string Decode(int id)
    {
        var text = Encoding.UTF8.GetString(_utf8.Span.Slice(_starts![id], _lengths![id]));
        _decoded[id] = text;
        return text;
    }
}
