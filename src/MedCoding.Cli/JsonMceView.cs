using System.Buffers.Text;
using System.Text.Json;
using MedCoding.ClaimEdits.Mce;

namespace MedCoding.Cli;

/// <summary>
/// Writes one JSON object per case and line, in CMS's names:
/// <c>{"id":"D00002","editType":"PREPAYMENT","claimEdits":{"NON_COVERED":1},"codeEdits":[{"position":"px1","code":"0FYG0Z0","edits":["NON_COVERED"]}]}</c>.
/// </summary>
/// <remarks>
/// <c>claimEdits</c> is the MCE's edit counter (every edit counted at least once, sorted by name); <c>codeEdits</c> holds
/// each code that received an edit, in claim order (<c>pdx</c>, <c>adx</c>, <c>sdx1</c>..., <c>px1</c>...), its edits in
/// the order the MCE applied them, an age conflict written with its type (<c>AGE_CONFLICT(NEWBORN)</c>) as CMS's cases
/// write it. Every name and value but the id, the codes and the positions' numbers is encoded once; a line is written
/// straight into <see cref="JsonLine"/>'s UTF-8 buffer, with no string made for it.
/// </remarks>
internal sealed class JsonMceView(TextWriter output) : IMceView, IDisposable
{
    private static readonly JsonEncodedText s_id = Encode("id");
    private static readonly JsonEncodedText s_editType = Encode("editType");
    private static readonly JsonEncodedText s_claimEdits = Encode("claimEdits");
    private static readonly JsonEncodedText s_codeEdits = Encode("codeEdits");
    private static readonly JsonEncodedText s_position = Encode("position");
    private static readonly JsonEncodedText s_code = Encode("code");
    private static readonly JsonEncodedText s_edits = Encode("edits");
    private static readonly JsonEncodedText s_pdx = Encode("pdx");
    private static readonly JsonEncodedText s_adx = Encode("adx");

    /// <summary>CMS's name of each edit, by <see cref="MceEdit"/> value.</summary>
    private static readonly JsonEncodedText[] s_editNames = EncodeEach(MceEditNames.ByName, e => (int)e, e => e.ToCmsName());

    /// <summary><c>AGE_CONFLICT(NEWBORN)</c> ..., by <see cref="MceAgeConflictType"/> value.</summary>
    private static readonly JsonEncodedText[] s_ageConflicts = EncodeEach(
        [MceAgeConflictType.Newborn, MceAgeConflictType.Pediatric, MceAgeConflictType.Maternity, MceAgeConflictType.Adult],
        t => (int)t,
        t => $"{MceEdit.AgeConflict.ToCmsName()}({t.ToCmsName()})");

    /// <summary>CMS's name of each edit type, by <see cref="MceEditType"/> value.</summary>
    private static readonly JsonEncodedText[] s_editTypes = EncodeEach(
        [MceEditType.None, MceEditType.Prepayment, MceEditType.Postpayment, MceEditType.Both, MceEditType.InvalidDischargeDate],
        t => (int)t,
        t => t.ToCmsName());

    private readonly JsonLine _lines = new(output);

    public void Write(MceCaseRecord record, MceResult result)
    {
        var json = _lines.StartLine();
        json.WriteString(s_id, record.Id);
        json.WriteString(s_editType, s_editTypes[(int)result.EditType]);
        json.WriteStartObject(s_claimEdits);
        var counts = result.ClaimEdits;
        for (var i = 0; i < counts.Count; i++)
        {
            json.WriteNumber(s_editNames[(int)counts[i].Edit], counts[i].Count);
        }

        json.WriteEndObject();
        json.WriteStartArray(s_codeEdits);
        var codes = result.CodeEdits;
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            json.WriteStartObject();
            WritePosition(json, code.Position);
            json.WriteString(s_code, code.Code);
            json.WriteStartArray(s_edits);
            var edits = code.Edits;
            for (var j = 0; j < edits.Count; j++)
            {
                json.WriteStringValue(edits[j] == MceEdit.AgeConflict && code.AgeConflict is { } type ? s_ageConflicts[(int)type] : s_editNames[(int)edits[j]]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        _lines.EndLine();
    }

    public void Dispose() => _lines.Dispose();

    /// <summary>Writes <c>"position":"sdx3"</c> without making a string: the role's prefix and the number, formatted as UTF-8.</summary>
    private static void WritePosition(Utf8JsonWriter json, MceCodePosition position)
    {
        switch (position.Role)
        {
            case MceCodeRole.PrincipalDiagnosis:
                json.WriteString(s_position, s_pdx);
                return;
            case MceCodeRole.AdmittingDiagnosis:
                json.WriteString(s_position, s_adx);
                return;
        }

        Span<byte> text = stackalloc byte[16];
        var prefix = position.Role == MceCodeRole.SecondaryDiagnosis ? "sdx"u8 : "px"u8;
        prefix.CopyTo(text);
        Utf8Formatter.TryFormat(position.Number, text[prefix.Length..], out var digits);
        json.WriteString(s_position, text[..(prefix.Length + digits)]);
    }

    private static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, JsonLine.Encoder);

    private static JsonEncodedText[] EncodeEach<T>(IReadOnlyList<T> values, Func<T, int> index, Func<T, string> name)
    {
        var encoded = new JsonEncodedText[values.Count];
        foreach (var value in values)
        {
            encoded[index(value)] = Encode(name(value));
        }

        return encoded;
    }
}
