using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Gems.IO;

/// <summary>
/// Writes and reads diagnosis GEMs in the compiled format (format version 1, <c>docs/compiled-format.md</c>): the fields
/// <see cref="GemsFieldId.Release"/>, <see cref="GemsFieldId.Codes"/>, <see cref="GemsFieldId.Forward"/>,
/// <see cref="GemsFieldId.Backward"/> and <see cref="GemsFieldId.Irregularities"/>, in that order, inside the envelope of
/// <see cref="CompiledDataFormat"/>.
/// </summary>
/// <remarks>
/// Each direction is a count, then per entry in file order: the source (code index), the target (code index plus one,
/// 0 for no map), the flags packed in 11 bits (approximate, no map, combination, then scenario and choice list in four
/// bits each) and the line number as the distance from the previous entry's. There is no bulky text: the codes are the
/// lookup keys, so everything is read at once; entries and mappings are made on first use.
/// </remarks>
internal static class GemsFormat
{
    public static void Write(DiagnosisGems gems, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var releaseField = ReleaseField.Write(gems.Release);

        // Codes in order of first use by the forward then the backward entries, whatever order the GEMs hold them in.
        var pool = new StringPoolBuilder();
        var forward = WriteEntries(gems.Table(GemDirection.Icd9ToIcd10), gems.Codes, pool);
        var backward = WriteEntries(gems.Table(GemDirection.Icd10ToIcd9), gems.Codes, pool);
        var codeField = new PayloadWriter(1 << 20);
        pool.WriteTo(codeField);

        var irregularityField = new PayloadWriter(256);
        irregularityField.WriteVarInt(gems.Irregularities.Count);
        foreach (var irregularity in gems.Irregularities)
        {
            // The file's name, not its path: the bytes must not depend on where the data folder is.
            irregularityField.WriteString(Path.GetFileName(irregularity.FilePath));
            irregularityField.WriteVarInt(irregularity.LineNumber);
            irregularityField.WriteString(irregularity.Description);
        }

        var payload = new PayloadWriter(releaseField.Length + codeField.Length + forward.Length + backward.Length + irregularityField.Length + 32);
        payload.WriteField((int)GemsFieldId.Release, releaseField);
        payload.WriteField((int)GemsFieldId.Codes, codeField);
        payload.WriteField((int)GemsFieldId.Forward, forward);
        payload.WriteField((int)GemsFieldId.Backward, backward);
        payload.WriteField((int)GemsFieldId.Irregularities, irregularityField);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static DiagnosisGems Read(Stream input, string source)
    {
        using var payload = CompiledDataFormat.OpenPayload(input, source);
        Release? release = null;
        GemCodes? codes = null;
        GemTable? forward = null;
        GemTable? backward = null;
        List<GemIrregularity>? irregularities = null;
        while (!payload.AtEnd)
        {
            var id = (GemsFieldId)payload.ReadFieldId();
            var length = payload.ReadVarInt();
            if (id == GemsFieldId.Codes)
            {
                // The codes' body is kept: the codes are read from it for as long as the GEMs live.
                var codesBody = payload.ReadBody(length);
                var codesField = new PayloadReader(codesBody, source);
                try
                {
                    codes = GemCodes.FromPool(StringPool.Read(ref codesField, codesBody, 0));
                }
                catch (ArgumentException e)
                {
                    throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {MessageText.WithoutParameter(e)}", e);
                }

                continue;
            }

            using var body = payload.ReadPooledBody(length);
            var field = new PayloadReader(body.Span, source);
            switch (id)
            {
                case GemsFieldId.Release:
                    release = ReleaseField.Read(ref field, source, CodeSystem.DiagnosisGems, "diagnosis GEMs");
                    break;
                case GemsFieldId.Forward:
                    forward = ReadEntries(ref field, codes ?? throw field.Malformed("the entries come before the codes"), GemDirection.Icd9ToIcd10);
                    break;
                case GemsFieldId.Backward:
                    backward = ReadEntries(ref field, codes ?? throw field.Malformed("the entries come before the codes"), GemDirection.Icd10ToIcd9);
                    break;
                case GemsFieldId.Irregularities:
                    irregularities = ReadIrregularities(ref field);
                    break;
                default:
                    // A field from a later writer: older readers skip what they do not know.
                    break;
            }
        }

        payload.CheckAtEnd();
        if (release is null || codes is null || forward is null || backward is null)
        {
            var missing = release is null ? "release" : codes is null ? "codes" : forward is null ? "forward entries" : "backward entries";
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {missing} field.");
        }

        return DiagnosisGems.FromCompiled(release, codes, forward, backward, (irregularities ?? []).AsReadOnly(), CompiledDataFormat.CurrentVersion);
    }

    private static PayloadWriter WriteEntries(GemTable table, GemCodes codes, StringPoolBuilder pool)
    {
        var (source, target, flags, line) = (table.SourceArray, table.TargetArray, table.FlagArray, table.LineArray);
        var field = new PayloadWriter((source.Length * 6) + 8);
        field.WriteVarInt(source.Length);
        var previous = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (line[i] <= previous)
            {
                throw new InvalidOperationException($"The {table.Direction} entries are not in file order: line {line[i]} follows line {previous}.");
            }

            field.WriteVarInt(pool[codes.Text(source[i])]);
            field.WriteVarInt(target[i] < 0 ? 0 : pool[codes.Text(target[i])] + 1);
            field.WriteVarInt(flags[i]);
            field.WriteVarInt(line[i] - previous);
            previous = line[i];
        }

        return field;
    }

    private static GemTable ReadEntries(ref PayloadReader field, GemCodes codes, GemDirection direction)
    {
        var count = field.ReadCount();
        var source = new int[count];
        var target = new int[count];
        var flags = new ushort[count];
        var line = new int[count];
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            var from = field.ReadVarInt();
            var to = field.ReadVarInt() - 1;
            var packed = field.ReadVarInt();
            var step = field.ReadVarInt();
            if (from >= codes.Count || to >= codes.Count)
            {
                throw field.Malformed($"entry {i} names a code past the {codes.Count} codes");
            }

            if (!GemTable.IsValidPacked(packed) || (to < 0) != GemTable.Unpack(packed).IsNoMap)
            {
                throw field.Malformed($"entry {i} has flags that are not valid");
            }

            if (step == 0 || previous > int.MaxValue - step)
            {
                throw field.Malformed($"entry {i} does not follow the line of the entry before");
            }

            source[i] = from;
            target[i] = to;
            flags[i] = (ushort)packed;
            line[i] = previous += step;
        }

        return new GemTable(codes, direction, source, target, flags, line);
    }

    private static List<GemIrregularity> ReadIrregularities(ref PayloadReader field)
    {
        var list = new List<GemIrregularity>();
        var count = field.ReadCount();
        for (var i = 0; i < count; i++)
        {
            list.Add(new GemIrregularity(field.ReadString(), field.ReadVarInt(), field.ReadString()));
        }

        return list;
    }
}
