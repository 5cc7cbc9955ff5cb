using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedCoding.Cli;

/// <summary>Writes one JSON object per line, with the same options as the ICD-10-CM view.</summary>
internal sealed class JsonLine(TextWriter output)
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public void Write(Action<Utf8JsonWriter> body)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, s_options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    public void WriteNotFound(string code, string? system, string error) => Write(json =>
    {
        json.WriteString("code", code);
        json.WriteBoolean("found", false);
        if (system is not null)
        {
            json.WriteString("system", system);
        }

        json.WriteString("error", error);
    });

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
