using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>
/// Writes one JSON object per line:
/// <c>{"code":"E11.65","found":true,"system":"ICD-10-CM","release":"2021","kind":"subcategory",...}</c>.
/// </summary>
internal sealed class JsonLookupView(TextWriter output) : ILookupView
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public void WriteFound(Icd10CmRelease release, CodeEntry entry)
    {
        WriteLine(json =>
        {
            json.WriteString("code", entry.Name);
            json.WriteBoolean("found", true);
            json.WriteString("system", release.Release.System.DisplayName());
            json.WriteString("release", release.Release.Version);
            json.WriteString("kind", KindName(entry.Kind));
            json.WriteBoolean("billable", entry.IsBillable);
            json.WriteString("title", entry.Title);
            json.WriteString("shortTitle", entry.ShortTitle);
            var parent = release.GetParent(entry);
            if (parent is null)
            {
                json.WriteNull("parent");
            }
            else
            {
                json.WriteString("parent", parent.Name);
            }

            WriteNames(json, "children", release.GetChildren(entry));
            WriteNames(json, "ancestors", release.GetAncestors(entry));
            json.WriteStartObject("notes");
            if (!release.HasTabularList)
            {
                // Every found code has "notes"; without a Tabular List it is empty, and this says why.
                json.WriteEndObject();
                json.WriteBoolean("notesAvailable", false);
                return;
            }

            foreach (var group in release.GetNotes(entry).Notes.GroupBy(n => n.Kind))
            {
                json.WriteStartArray(group.Key.ElementName());
                foreach (var note in group)
                {
                    json.WriteStringValue(note.Text);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartArray("inheritedNotes");
            foreach (var inherited in release.GetInheritedNotes(entry))
            {
                json.WriteStartObject();
                json.WriteString("from", inherited.Source.Name);
                json.WriteString("kind", inherited.Note.Kind.ElementName());
                json.WriteString("text", inherited.Note.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var seventh = release.GetSeventhCharacters(entry, out var definedAt);
            if (definedAt is not null)
            {
                json.WriteStartObject("seventhCharacters");
                json.WriteString("definedAt", definedAt.Name);
                json.WriteStartObject("values");
                foreach (var character in seventh)
                {
                    json.WriteString(character.Character.ToString(), character.Meaning);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }
        });
    }

    public void WriteNotFound(string code, string error)
    {
        WriteLine(json =>
        {
            json.WriteString("code", code);
            json.WriteBoolean("found", false);
            json.WriteString("error", error);
        });
    }

    internal static string KindName(EntryKind kind) => kind switch
    {
        EntryKind.Chapter => "chapter",
        EntryKind.Block => "block",
        EntryKind.Category => "category",
        EntryKind.Subcategory => "subcategory",
        EntryKind.Extension => "extension",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static void WriteNames(Utf8JsonWriter json, string name, IEnumerable<CodeEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            json.WriteStringValue(entry.Name);
        }

        json.WriteEndArray();
    }

    private void WriteLine(Action<Utf8JsonWriter> body)
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
}
