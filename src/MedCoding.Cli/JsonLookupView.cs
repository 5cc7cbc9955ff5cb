using System.Buffers;
using System.Globalization;
using System.Text.Json;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>
/// Writes one JSON object per line:
/// <c>{"code":"E11.65","found":true,"system":"ICD-10-CM","release":"2021","kind":"subcategory",...}</c>.
/// </summary>
/// <remarks>
/// Built for batches (all 95,000 codes of a release from standard input: 225 MB of JSON, three quarters of it inherited
/// notes): member names are encoded once; the inherited notes, which depend on the entry's ancestors alone, are
/// encoded once for a run of siblings (the codes of a batch come in tabular order) and copied for each; so are the 7th
/// characters, which depend on the entry that defines them. Everything goes as UTF-8 straight into
/// <see cref="JsonLine"/>'s buffer.
/// </remarks>
internal sealed class JsonLookupView(TextWriter output) : ILookupView, IDisposable
{
    private static readonly JsonEncodedText s_code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText s_found = JsonEncodedText.Encode("found");
    private static readonly JsonEncodedText s_system = JsonEncodedText.Encode("system");
    private static readonly JsonEncodedText s_release = JsonEncodedText.Encode("release");
    private static readonly JsonEncodedText s_kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText s_billable = JsonEncodedText.Encode("billable");
    private static readonly JsonEncodedText s_title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText s_shortTitle = JsonEncodedText.Encode("shortTitle");
    private static readonly JsonEncodedText s_parent = JsonEncodedText.Encode("parent");
    private static readonly JsonEncodedText s_children = JsonEncodedText.Encode("children");
    private static readonly JsonEncodedText s_ancestors = JsonEncodedText.Encode("ancestors");
    private static readonly JsonEncodedText s_notes = JsonEncodedText.Encode("notes");
    private static readonly JsonEncodedText s_notesAvailable = JsonEncodedText.Encode("notesAvailable");
    private static readonly JsonEncodedText s_inheritedNotes = JsonEncodedText.Encode("inheritedNotes");
    private static readonly JsonEncodedText s_from = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText s_text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText s_seventhCharacters = JsonEncodedText.Encode("seventhCharacters");
    private static readonly JsonEncodedText s_definedAt = JsonEncodedText.Encode("definedAt");
    private static readonly JsonEncodedText s_values = JsonEncodedText.Encode("values");
    private static readonly JsonEncodedText s_error = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText[] s_kindNames = ByValue<EntryKind>(k => k is EntryKind.Table or EntryKind.Code ? null : KindName(k));
    private static readonly JsonEncodedText[] s_noteKindNames = ByValue<NoteKind>(k => k.ElementName());

    private readonly JsonLine _lines = new(output);
    private readonly LastValue _inheritedNotes = new();
    private readonly LastValue _seventhCharacters = new();
    private Icd10CmRelease? _release;
    private JsonEncodedText _systemName;
    private JsonEncodedText _releaseVersion;

    public void WriteFound(Icd10CmRelease release, CodeEntry entry)
    {
        if (!ReferenceEquals(release, _release))
        {
            _release = release;
            _systemName = JsonEncodedText.Encode(release.Release.System.DisplayName(), JsonLine.Encoder);
            _releaseVersion = JsonEncodedText.Encode(release.Release.Version, JsonLine.Encoder);
        }

        var json = _lines.StartLine();
        json.WriteString(s_code, entry.Name);
        json.WriteBoolean(s_found, true);
        json.WriteString(s_system, _systemName);
        json.WriteString(s_release, _releaseVersion);
        json.WriteString(s_kind, KindText(entry.Kind));
        json.WriteBoolean(s_billable, entry.IsBillable);
        json.WriteString(s_title, entry.Title);
        json.WriteString(s_shortTitle, entry.ShortTitle);
        var parent = release.GetParent(entry);
        if (parent is not null)
        {
            json.WriteString(s_parent, parent.Name);
        }
        else
        {
            json.WriteNull(s_parent);
        }

        json.WriteStartArray(s_children);
        foreach (var child in release.GetChildren(entry))
        {
            json.WriteStringValue(child.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray(s_ancestors);
        foreach (var ancestor in release.GetAncestors(entry))
        {
            json.WriteStringValue(ancestor.Name);
        }

        json.WriteEndArray();
        json.WriteStartObject(s_notes);
        if (!release.HasTabularList)
        {
            // Every found code has "notes"; without a Tabular List it is empty, and this says why.
            json.WriteEndObject();
            json.WriteBoolean(s_notesAvailable, false);
            _lines.EndLine();
            return;
        }

        WriteNotesByKind(json, release.GetNotes(entry).Notes);
        json.WriteEndObject();
        json.WritePropertyName(s_inheritedNotes);
        if (!_inheritedNotes.TryGet(parent, out var inheritedNotes))
        {
            var notes = _inheritedNotes.Start();
            notes.WriteStartArray();
            foreach (var inherited in release.GetInheritedNotes(entry))
            {
                notes.WriteStartObject();
                notes.WriteString(s_from, inherited.Source.Name);
                notes.WriteString(s_kind, NoteKindText(inherited.Note.Kind));
                notes.WriteString(s_text, inherited.Note.Text);
                notes.WriteEndObject();
            }

            notes.WriteEndArray();
            inheritedNotes = _inheritedNotes.End(parent);
        }

        json.WriteRawValue(inheritedNotes, skipInputValidation: true);
        var seventh = release.GetSeventhCharacters(entry, out var definedAt);
        if (definedAt is not null)
        {
            json.WritePropertyName(s_seventhCharacters);
            if (!_seventhCharacters.TryGet(definedAt, out var seventhCharacters))
            {
                var values = _seventhCharacters.Start();
                values.WriteStartObject();
                values.WriteString(s_definedAt, definedAt.Name);
                values.WriteStartObject(s_values);
                foreach (var character in seventh)
                {
                    values.WriteString([character.Character], character.Meaning);
                }

                values.WriteEndObject();
                values.WriteEndObject();
                seventhCharacters = _seventhCharacters.End(definedAt);
            }

            json.WriteRawValue(seventhCharacters, skipInputValidation: true);
        }

        _lines.EndLine();
    }

    public void WriteNotFound(string code, string error)
    {
        var json = _lines.StartLine();
        json.WriteString(s_code, code);
        json.WriteBoolean(s_found, false);
        json.WriteString(s_error, error);
        _lines.EndLine();
    }

    public void Dispose() => _lines.Dispose();

    internal static string KindName(EntryKind kind) => kind switch
    {
        EntryKind.Chapter => "chapter",
        EntryKind.Block => "block",
        EntryKind.Category => "category",
        EntryKind.Subcategory => "subcategory",
        EntryKind.Extension => "extension",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Writes an entry's own notes grouped by kind, each kind where it first occurs, its notes in order.</summary>
    private void WriteNotesByKind(Utf8JsonWriter json, IReadOnlyList<Note> notes)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            var kind = notes[i].Kind;
            if (FirstOf(notes, kind) != i)
            {
                continue;
            }

            json.WriteStartArray(NoteKindText(kind));
            for (var j = i; j < notes.Count; j++)
            {
                if (notes[j].Kind == kind)
                {
                    json.WriteStringValue(notes[j].Text);
                }
            }

            json.WriteEndArray();
        }
    }

    private static int FirstOf(IReadOnlyList<Note> notes, NoteKind kind)
    {
        var i = 0;
        while (notes[i].Kind != kind)
        {
            i++;
        }

        return i;
    }

    private static JsonEncodedText KindText(EntryKind kind) =>
        (uint)kind < (uint)s_kindNames.Length && !s_kindNames[(int)kind].EncodedUtf8Bytes.IsEmpty ? s_kindNames[(int)kind] : JsonEncodedText.Encode(KindName(kind));

    private static JsonEncodedText NoteKindText(NoteKind kind) =>
        (uint)kind < (uint)s_noteKindNames.Length && !s_noteKindNames[(int)kind].EncodedUtf8Bytes.IsEmpty ? s_noteKindNames[(int)kind] : JsonEncodedText.Encode(kind.ElementName());

    /// <summary>Returns the name of each value of an enum, encoded, indexed by the value (empty where there is none).</summary>
    private static JsonEncodedText[] ByValue<T>(Func<T, string?> name)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var encoded = new JsonEncodedText[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            if (name(value) is { } text)
            {
                encoded[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(text, JsonLine.Encoder);
            }
        }

        return encoded;
    }

    /// <summary>
    /// Returns the JSON of one value (an array or object) for the last key it was written for, until another key comes.
    /// </summary>
    private sealed class LastValue
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(1 << 14);
        private readonly Utf8JsonWriter _json;
        private object? _key;

        public LastValue() => _json = new Utf8JsonWriter(_bytes, JsonLine.Options);

        /// <summary>Returns whether the value of <paramref name="key"/> is held (never for <see langword="null"/>).</summary>
        public bool TryGet(object? key, out ReadOnlySpan<byte> json)
        {
            json = key is not null && ReferenceEquals(key, _key) ? _bytes.WrittenSpan : default;
            return !json.IsEmpty;
        }

        /// <summary>Returns the writer for a new value; finish it with <see cref="End"/>.</summary>
        public Utf8JsonWriter Start()
        {
            _key = null;
            _bytes.ResetWrittenCount();
            _json.Reset(_bytes);
            return _json;
        }

        /// <summary>Returns the value written since <see cref="Start"/>, now held for <paramref name="key"/>.</summary>
        public ReadOnlySpan<byte> End(object? key)
        {
            _json.Flush();
            _key = key;
            return _bytes.WrittenSpan;
        }
    }
}
