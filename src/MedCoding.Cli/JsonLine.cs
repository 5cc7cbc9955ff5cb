using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedCoding.Cli;

/// <summary>
/// Writes one JSON object per line, encoded once: a single reused <see cref="Utf8JsonWriter"/> writes UTF-8 into a
/// large buffer, which goes to the output when it holds <see cref="FlushThreshold"/> bytes and when disposed. No string
/// is made per line.
/// </summary>
/// <remarks>
/// <para>
/// The tool's standard output is a <see cref="StreamWriter"/> in UTF-8 without a byte order mark (<c>Program</c>): its
/// buffered text is flushed, then the bytes go to its stream as they are. Any other writer (tests use a
/// <see cref="StringWriter"/>) gets the same text, decoded one buffer at a time.
/// </para>
/// <para>
/// Dispose it before anything else is written to the same output (a command's <c>using</c>), or lines still in the
/// buffer come out after that text. Not thread-safe.
/// </para>
/// </remarks>
internal sealed class JsonLine : IDisposable
{
    /// <summary>The number of buffered bytes that sends the buffer to the output: large enough for few, large writes to a pipe or file.</summary>
    internal const int FlushThreshold = 1 << 18;

    private readonly TextWriter _output;
    private readonly Stream? _bytes;
    private readonly byte[] _newLine;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold + (1 << 16));
    private readonly Utf8JsonWriter _json;

    public JsonLine(TextWriter output)
    {
        _output = output;
        _bytes = output is StreamWriter writer && writer.Encoding.CodePage == Encoding.UTF8.CodePage && writer.Encoding.GetPreamble().Length == 0
            ? writer.BaseStream
            : null;
        _newLine = Encoding.UTF8.GetBytes(output.NewLine);
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Gets the encoder every line is written with; pre-encoded values (<see cref="JsonEncodedText"/>) must use the same.</summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Gets the options every line is written with; parts written ahead with other writers must use the same.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = Encoder };

    /// <summary>Starts a line: returns the writer, inside the line's object. End the line with <see cref="EndLine"/>.</summary>
    public Utf8JsonWriter StartLine()
    {
        _json.Reset(_buffer);
        _json.WriteStartObject();
        return _json;
    }

    /// <summary>Ends the line started by <see cref="StartLine"/>.</summary>
    public void EndLine()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write(_newLine);
        if (_buffer.WrittenCount >= FlushThreshold)
        {
            Flush();
        }
    }

    /// <summary>Writes one line: <paramref name="body"/> writes the members of its object.</summary>
    public void Write(Action<Utf8JsonWriter> body)
    {
        body(StartLine());
        EndLine();
    }

    public void WriteNotFound(string code, string? system, string error)
    {
        var json = StartLine();
        json.WriteString("code", code);
        json.WriteBoolean("found", false);
        if (system is not null)
        {
            json.WriteString("system", system);
        }

        json.WriteString("error", error);
        EndLine();
    }

    /// <summary>Sends the buffered lines to the output.</summary>
    public void Flush()
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        if (_bytes is not null)
        {
            _output.Flush();
            _bytes.Write(_buffer.WrittenSpan);
        }
        else
        {
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        }

        _buffer.ResetWrittenCount();
    }

    /// <summary>Sends the buffered lines to the output.</summary>
    public void Dispose()
    {
        Flush();
        _json.Dispose();
    }

    public static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
