using System.Text;
using MedCoding.ClaimEdits.IO;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.Mce.IO;

/// <summary>
/// Writes and reads one Medicare Code Editor release in the compiled format (format version 1,
/// <c>docs/compiled-format.md</c>): the fields of <see cref="FieldId"/> in order, inside the envelope of
/// <see cref="CompiledDataFormat"/>.
/// </summary>
internal static class MceReleaseFormat
{
    private const byte ListsEveryValidCodeFlag = 0x01;

    /// <summary>The ids of the tagged fields. Readers skip ids they do not know.</summary>
    internal enum FieldId
    {
        /// <summary>The release: code system, version, name, effective dates; then a flags byte (bit 0: lists every valid code).</summary>
        Release = 1,

        /// <summary><c>mce_info.tsv</c>: count, then key and value (strings).</summary>
        Info = 2,

        /// <summary><c>mce_flag_attributes.tsv</c>: count, then name, flag and code type (strings).</summary>
        FlagAttributes = 3,

        /// <summary>The distinct flag sets of the code rows: count, then each as a count of flags and the flags (strings). Set 0 is the empty set.</summary>
        FlagSets = 4,

        /// <summary><c>mce_age_ranges.tsv</c>: count, then name (string), start and end age, start date, optional end date.</summary>
        AgeGroups = 5,

        /// <summary><c>mce_discharge_status.tsv</c>: count, then code, start date, optional end date.</summary>
        DischargeStatuses = 6,

        /// <summary><c>mce_edits.tsv</c>: count, then name, code type, edit type and counter applicability (strings).</summary>
        Edits = 7,

        /// <summary><c>mce_i10dx.tsv</c>: count of codes, count of rows, then per code its undotted code (string), row count and rows (start date, optional end date, flag set).</summary>
        Diagnoses = 8,

        /// <summary><c>mce_i10sg.tsv</c>, as <see cref="Diagnoses"/>.</summary>
        Procedures = 9,
    }

    public static void Write(MceRelease release, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var releaseField = ReleaseField.Write(release.Release);
        releaseField.WriteByte(release.ListsEveryValidCode ? ListsEveryValidCodeFlag : (byte)0);

        var info = new PayloadWriter(256);
        info.WriteVarInt(release.Info.Count);
        foreach (var (key, value) in release.Info)
        {
            info.WriteString(key);
            info.WriteString(value);
        }

        var attributes = new PayloadWriter(4096);
        attributes.WriteVarInt(release.FlagAttributes.Count);
        foreach (var attribute in release.FlagAttributes)
        {
            attributes.WriteString(attribute.Name);
            attributes.WriteString(attribute.Flag);
            attributes.WriteString(attribute.CodeType);
        }

        // Flag sets in order of first use (the empty set first), so that the same release always gives the same bytes.
        var sets = new Dictionary<MceFlags, int> { [MceFlags.None] = 0 };
        var setList = new List<MceFlags> { MceFlags.None };
        var diagnoses = WriteCodes(release.DiagnosisTable, sets, setList);
        var procedures = WriteCodes(release.ProcedureTable, sets, setList);
        var flagSets = new PayloadWriter(4096);
        flagSets.WriteVarInt(setList.Count);
        foreach (var set in setList)
        {
            flagSets.WriteVarInt(set.Count);
            foreach (var flag in set)
            {
                flagSets.WriteString(flag);
            }
        }

        var ages = new PayloadWriter(256);
        ages.WriteVarInt(release.AgeGroups.Count);
        foreach (var group in release.AgeGroups)
        {
            ages.WriteString(group.Name);
            ages.WriteVarInt(group.Ages.Minimum);
            ages.WriteVarInt(group.Ages.Maximum);
            ages.WriteVarInt(group.EffectiveFrom.DayNumber);
            DateField.WriteOptionalDate(ages, group.EffectiveThrough);
        }

        var statuses = new PayloadWriter(512);
        statuses.WriteVarInt(release.DischargeStatuses.Count);
        foreach (var status in release.DischargeStatuses)
        {
            statuses.WriteVarInt(status.Code);
            statuses.WriteVarInt(status.EffectiveFrom.DayNumber);
            DateField.WriteOptionalDate(statuses, status.EffectiveThrough);
        }

        var edits = new PayloadWriter(4096);
        edits.WriteVarInt(release.Edits.Count);
        foreach (var edit in release.Edits)
        {
            edits.WriteString(edit.Name);
            edits.WriteString(edit.CodeType);
            edits.WriteString(edit.EditType);
            edits.WriteString(edit.CounterApplicability);
        }

        var payload = new PayloadWriter(diagnoses.Length + procedures.Length + 16_384);
        payload.WriteField((int)FieldId.Release, releaseField);
        payload.WriteField((int)FieldId.Info, info);
        payload.WriteField((int)FieldId.FlagAttributes, attributes);
        payload.WriteField((int)FieldId.FlagSets, flagSets);
        payload.WriteField((int)FieldId.AgeGroups, ages);
        payload.WriteField((int)FieldId.DischargeStatuses, statuses);
        payload.WriteField((int)FieldId.Edits, edits);
        payload.WriteField((int)FieldId.Diagnoses, diagnoses);
        payload.WriteField((int)FieldId.Procedures, procedures);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static MceRelease Read(Stream input, string source)
    {
        using var payload = CompiledDataFormat.OpenPayload(input, source);
        Release? release = null;
        var listsEveryValidCode = false;
        KeyValuePair<string, string>[]? info = null;
        MceFlagAttribute[]? attributes = null;
        MceFlags[]? flagSets = null;
        MceAgeGroup[]? ageGroups = null;
        MceDischargeStatus[]? statuses = null;
        MceEditDefinition[]? edits = null;
        MceCodeTable? diagnoses = null;
        MceCodeTable? procedures = null;
        while (!payload.AtEnd)
        {
            var id = (FieldId)payload.ReadFieldId();
            using var body = payload.ReadPooledBody(payload.ReadVarInt());
            var field = new PayloadReader(body.Span, source);
            switch (id)
            {
                case FieldId.Release:
                    release = ReleaseField.Read(ref field, source, CodeSystem.MedicareCodeEditor, "MCE tables");
                    listsEveryValidCode = (field.ReadByte() & ListsEveryValidCodeFlag) != 0;
                    break;
                case FieldId.Info:
                    info = new KeyValuePair<string, string>[field.ReadCount()];
                    for (var i = 0; i < info.Length; i++)
                    {
                        info[i] = new(field.ReadString(), field.ReadString());
                    }

                    break;
                case FieldId.FlagAttributes:
                    attributes = new MceFlagAttribute[field.ReadCount()];
                    for (var i = 0; i < attributes.Length; i++)
                    {
                        attributes[i] = new MceFlagAttribute(field.ReadString(), field.ReadString(), field.ReadString());
                    }

                    break;
                case FieldId.FlagSets:
                    flagSets = ReadFlagSets(ref field);
                    break;
                case FieldId.AgeGroups:
                    ageGroups = new MceAgeGroup[field.ReadCount()];
                    for (var i = 0; i < ageGroups.Length; i++)
                    {
                        var name = field.ReadString();
                        var min = field.ReadVarInt();
                        var max = field.ReadVarInt();
                        ageGroups[i] = new MceAgeGroup(name, new AgeRange(min, max), DateField.ReadDate(ref field), DateField.ReadOptionalDate(ref field));
                    }

                    break;
                case FieldId.DischargeStatuses:
                    statuses = new MceDischargeStatus[field.ReadCount()];
                    for (var i = 0; i < statuses.Length; i++)
                    {
                        statuses[i] = new MceDischargeStatus(field.ReadVarInt(), DateField.ReadDate(ref field), DateField.ReadOptionalDate(ref field));
                    }

                    break;
                case FieldId.Edits:
                    edits = new MceEditDefinition[field.ReadCount()];
                    for (var i = 0; i < edits.Length; i++)
                    {
                        edits[i] = new MceEditDefinition(field.ReadString(), field.ReadString(), field.ReadString(), field.ReadString());
                    }

                    break;
                case FieldId.Diagnoses:
                    diagnoses = ReadCodes(ref field, flagSets ?? throw field.Malformed("the diagnoses come before the flag sets"));
                    break;
                case FieldId.Procedures:
                    procedures = ReadCodes(ref field, flagSets ?? throw field.Malformed("the procedures come before the flag sets"));
                    break;
                default:
                    // A field from a later writer: older readers skip what they do not know.
                    break;
            }
        }

        payload.CheckAtEnd();
        if (release is null || info is null || attributes is null || ageGroups is null || statuses is null || edits is null || diagnoses is null || procedures is null)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks a field of an MCE release.");
        }

        try
        {
            return new MceRelease(release, info, attributes, ageGroups, statuses, edits, diagnoses, procedures, listsEveryValidCode)
            {
                CompiledFormatVersion = CompiledDataFormat.CurrentVersion,
            };
        }
        catch (ArgumentException e)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {MessageText.WithoutParameter(e)}", e);
        }
    }

    private static PayloadWriter WriteCodes(MceCodeTable table, Dictionary<MceFlags, int> sets, List<MceFlags> setList)
    {
        var writer = new PayloadWriter(table.Count * 10);
        writer.WriteVarInt(table.CodeCount);
        writer.WriteVarInt(table.Count);
        for (var c = 0; c < table.CodeCount; c++)
        {
            writer.WriteString(table.CodeAt(c));
            var (start, count) = table.RowsOf(c);
            writer.WriteVarInt(count);
            for (var r = start; r < start + count; r++)
            {
                var row = table[r];
                writer.WriteVarInt(row.EffectiveFrom.DayNumber);
                DateField.WriteOptionalDate(writer, row.EffectiveThrough);
                if (!sets.TryGetValue(row.Flags, out var index))
                {
                    sets.Add(row.Flags, index = setList.Count);
                    setList.Add(row.Flags);
                }

                writer.WriteVarInt(index);
            }
        }

        return writer;
    }

    private static MceFlags[] ReadFlagSets(ref PayloadReader field)
    {
        var sets = new MceFlags[field.ReadCount()];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sets.Length; i++)
        {
            var flags = new string[field.ReadCount()];
            for (var f = 0; f < flags.Length; f++)
            {
                var name = field.ReadString();
                flags[f] = names.TryGetValue(name, out var known) ? known : names[name] = name;
            }

            sets[i] = flags.Length == 0 ? MceFlags.None : new MceFlags(flags);
        }

        return sets;
    }

    private static MceCodeTable ReadCodes(ref PayloadReader field, MceFlags[] flagSets)
    {
        var codeCount = field.ReadCount();
        var rowCount = field.ReadCount();
        var table = new MceCodeTable.Builder(codeCount, rowCount, checkConsecutive: false, flagSets);
        var rows = 0;
        for (var c = 0; c < codeCount; c++)
        {
            // Codes are read packed, straight from their bytes: no string is made for a code of letters and digits.
            var bytes = field.ReadBytes(field.ReadVarInt());
            var unpacked = MceCodeKey.TryPack(bytes, out var key) ? null : Encoding.UTF8.GetString(bytes);
            var count = field.ReadCount();
            if (count == 0)
            {
                throw field.Malformed($"the code {unpacked ?? MceCodeKey.Unpack(key)} has no rows");
            }

            for (var r = 0; r < count; r++)
            {
                var from = field.ReadVarInt();
                var through = field.ReadVarInt();
                var set = field.ReadVarInt();
                if (from > DateOnly.MaxValue.DayNumber || through > DateOnly.MaxValue.DayNumber + 1)
                {
                    throw field.Malformed($"a row of {unpacked ?? MceCodeKey.Unpack(key)} has a date out of range");
                }

                // An end date is written as its day number plus one, 0 for an open end.
                if (table.Add(key, unpacked, from, through == 0 ? int.MaxValue : through - 1, set) is { } problem)
                {
                    throw field.Malformed(problem);
                }

                rows++;
            }
        }

        if (rows != rowCount)
        {
            throw field.Malformed($"it holds {rows} rows, not the {rowCount} announced");
        }

        try
        {
            return table.Build();
        }
        catch (ArgumentException e)
        {
            throw field.Malformed(MessageText.WithoutParameter(e).TrimEnd('.'));
        }
    }
}
