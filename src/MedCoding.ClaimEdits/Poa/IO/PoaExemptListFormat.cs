using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.Poa.IO;

/// <summary>
/// Writes and reads one POA-exempt list in the compiled format (format version 1, <c>docs/compiled-format.md</c>): the
/// fields <see cref="FieldId.Release"/>, <see cref="FieldId.Entries"/> and <see cref="FieldId.Descriptions"/>, in that
/// order, inside the envelope of <see cref="CompiledDataFormat"/>. The reader leaves the descriptions compressed until
/// one is first read.
/// </summary>
internal static class PoaExemptListFormat
{
    /// <summary>The ids of the tagged fields. Readers skip ids they do not know.</summary>
    internal enum FieldId
    {
        /// <summary>The release: code system, version, name, effective dates.</summary>
        Release = 1,

        /// <summary>Count, then per entry in file order: order number (varint) and undotted code (string).</summary>
        Entries = 2,

        /// <summary>The long titles, one per entry in the same order: a string pool. Always the last field.</summary>
        Descriptions = 3,
    }

    public static void Write(PoaExemptList list, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var codes = list.CodeArray;
        var orders = list.OrderNumberArray;
        var entries = new PayloadWriter(codes.Length * 10);
        entries.WriteVarInt(codes.Length);
        var descriptions = new PayloadWriter(codes.Length * 80);
        descriptions.WriteVarInt(codes.Length);
        for (var i = 0; i < codes.Length; i++)
        {
            entries.WriteVarInt(orders[i]);
            entries.WriteString(codes[i]);
            descriptions.WriteString(list.DescriptionAt(i));
        }

        var release = ReleaseField.Write(list.Release);
        var payload = new PayloadWriter(release.Length + entries.Length + descriptions.Length + 16);
        payload.WriteField((int)FieldId.Release, release);
        payload.WriteField((int)FieldId.Entries, entries);
        payload.WriteField((int)FieldId.Descriptions, descriptions);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static PoaExemptList Read(Stream input, string source)
    {
        var payload = CompiledDataFormat.OpenPayload(input, source);
        var keepOpen = false;
        try
        {
            Release? release = null;
            int[]? orders = null;
            string[]? codes = null;
            var descriptions = new DeferredStringPool(source);
            while (!payload.AtEnd)
            {
                var id = (FieldId)payload.ReadFieldId();
                var length = payload.ReadVarInt();
                if (id == FieldId.Descriptions)
                {
                    // The bulk of the file: inflated when a title is first read. Always the last field.
                    descriptions.Defer(payload, length);
                    keepOpen = true;
                    break;
                }

                var body = payload.ReadBody(length);
                var field = new PayloadReader(body, source);
                switch (id)
                {
                    case FieldId.Release:
                        release = ReleaseField.Read(ref field, source, CodeSystem.PoaExemptList, "a POA-exempt list");
                        break;
                    case FieldId.Entries:
                        (orders, codes) = ReadEntries(ref field);
                        descriptions.ExpectedCount = codes.Length;
                        break;
                    default:
                        // A field from a later writer: older readers skip what they do not know.
                        break;
                }
            }

            if (release is null || codes is null || orders is null || !keepOpen)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {(release is null ? "release" : codes is null ? "entries" : "descriptions")} field of a POA-exempt list.");
            }

            try
            {
                return new PoaExemptList(release, orders, codes, descriptions.GetText, source) { CompiledFormatVersion = CompiledDataFormat.CurrentVersion };
            }
            catch (ArgumentException e)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {MessageText.WithoutParameter(e)}", e);
            }
        }
        finally
        {
            if (!keepOpen)
            {
                payload.Dispose();
            }
        }
    }

    private static (int[] Orders, string[] Codes) ReadEntries(ref PayloadReader field)
    {
        var count = field.ReadCount();
        var orders = new int[count];
        var codes = new string[count];
        for (var i = 0; i < count; i++)
        {
            orders[i] = field.ReadVarInt();
            var code = field.ReadString();
            if (!Icd10CmCode.TryParse(code, out var parsed) || !string.Equals(parsed.Value, code, StringComparison.Ordinal))
            {
                throw field.Malformed($"entry {i} is not an undotted ICD-10-CM code");
            }

            codes[i] = code;
        }

        return (orders, codes);
    }
}
