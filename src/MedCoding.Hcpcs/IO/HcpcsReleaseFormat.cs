using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Hcpcs.IO;

/// <summary>
/// Writes and reads one HCPCS Level II release in the compiled format (format version 1, <c>docs/compiled-format.md</c>):
/// the fields <see cref="HcpcsFieldId.Release"/>, <see cref="HcpcsFieldId.StringPool"/>, <see cref="HcpcsFieldId.Lists"/>,
/// <see cref="HcpcsFieldId.Records"/> and <see cref="HcpcsFieldId.LongDescriptions"/>, in that order, inside the envelope of
/// <see cref="CompiledDataFormat"/>. The reader leaves the long descriptions compressed until one is first read.
/// </summary>
/// <remarks>
/// A record is written as: code, sequence number, short description (pool indexes and varints), long description (index
/// in the last field), pricing indicators (list), multiple pricing indicator (byte, 0 when blank), Coverage Issues Manual
/// and Carriers Manual references (lists), statute (optional), lab certifications and cross-references (lists), coverage
/// (byte, 0 when blank), flags (bit 0: ASC approved), ASC date, MOG group (optional), MOG policy indicator (byte), MOG date,
/// processing note (optional), BETOS (optional), types of service (list), anesthesia base units, added, action effective
/// and termination dates, action code (byte), line number and line count. An optional string is its pool index plus one
/// (0 for none), a date its <see cref="DateOnly.DayNumber"/> plus one (0 for none), a number plus one (0 for none).
/// </remarks>
internal static class HcpcsReleaseFormat
{
    private const byte AscApprovedFlag = 0x01;

    public static void Write(HcpcsLevel2Release release, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var procedures = release.ProcedureArray;
        var modifiers = release.ModifierArray;
        var pool = new StringPoolBuilder();
        var descriptions = new StringPoolBuilder();
        var lists = new ListPoolBuilder();

        var releaseField = MedCoding.CodeSets.IO.ReleaseField.Write(release.Release);
        // The file's name, not its path: the bytes must not depend on where the data folder is.
        releaseField.WriteString(Path.GetFileName(release.SourcePath));
        releaseField.WriteVarInt(release.LineCount);
        releaseField.WriteVarInt(release.PreambleLineCount);
        releaseField.WriteVarInt(release.ContinuationLineCount);
        releaseField.WriteVarInt(release.ShortLineCount);

        foreach (var record in procedures.Concat(modifiers))
        {
            _ = descriptions[record.LongDescription];
        }

        var recordField = new PayloadWriter((procedures.Length + modifiers.Length) * 48);
        recordField.WriteVarInt(procedures.Length);
        recordField.WriteVarInt(modifiers.Length);
        recordField.WriteVarInt(descriptions.Count);
        foreach (var record in procedures.Concat(modifiers))
        {
            recordField.WriteVarInt(pool[record.Code]);
            recordField.WriteVarInt(record.SequenceNumber);
            recordField.WriteVarInt(pool[record.ShortDescription]);
            recordField.WriteVarInt(descriptions[record.LongDescription]);
            recordField.WriteVarInt(lists.Add(record.PricingIndicators, pool));
            WriteChar(recordField, record.MultiplePricingIndicator);
            recordField.WriteVarInt(lists.Add(record.CoverageIssuesManualReferences, pool));
            recordField.WriteVarInt(lists.Add(record.CarriersManualReferences, pool));
            WriteOptional(recordField, record.Statute, pool);
            recordField.WriteVarInt(lists.Add(record.LabCertifications, pool));
            recordField.WriteVarInt(lists.Add(record.CrossReferences, pool));
            recordField.WriteByte(record.Coverage is { } coverage ? (byte)coverage : (byte)0);
            recordField.WriteByte(record.IsAscApproved ? AscApprovedFlag : (byte)0);
            WriteDate(recordField, record.AscPaymentGroupEffectiveDate);
            WriteOptional(recordField, record.MogPaymentGroup, pool);
            WriteChar(recordField, record.MogPaymentPolicyIndicator);
            WriteDate(recordField, record.MogEffectiveDate);
            WriteOptional(recordField, record.ProcessingNoteNumber, pool);
            WriteOptional(recordField, record.Betos, pool);
            recordField.WriteVarInt(lists.Add([.. record.TypesOfService.Select(t => t.ToString())], pool));
            recordField.WriteVarInt(record.AnesthesiaBaseUnits is { } units ? units + 1 : 0);
            WriteDate(recordField, record.AddedDate);
            WriteDate(recordField, record.ActionEffectiveDate);
            WriteDate(recordField, record.TerminationDate);
            recordField.WriteByte((byte)record.ActionCode);
            recordField.WriteVarInt(record.LineNumber);
            recordField.WriteVarInt(record.LineCount);
        }

        var poolField = new PayloadWriter(1 << 18);
        pool.WriteTo(poolField);
        var listField = new PayloadWriter(1 << 14);
        lists.WriteTo(listField);
        var descriptionField = new PayloadWriter(1 << 20);
        descriptions.WriteTo(descriptionField);

        var payload = new PayloadWriter(releaseField.Length + poolField.Length + listField.Length + recordField.Length + descriptionField.Length + 32);
        payload.WriteField((int)HcpcsFieldId.Release, releaseField);
        payload.WriteField((int)HcpcsFieldId.StringPool, poolField);
        payload.WriteField((int)HcpcsFieldId.Lists, listField);
        payload.WriteField((int)HcpcsFieldId.Records, recordField);
        payload.WriteField((int)HcpcsFieldId.LongDescriptions, descriptionField);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static HcpcsLevel2Release Read(Stream input, string source)
    {
        var payload = CompiledDataFormat.OpenPayload(input, source);
        var keepOpen = false;
        try
        {
            ReleaseField? release = null;
            string[]? pool = null;
            IReadOnlyList<string>[]? lists = null;
            (HcpcsRecord[] Procedures, HcpcsRecord[] Modifiers)? records = null;
            var descriptions = new DeferredStringPool(source);
            while (!payload.AtEnd)
            {
                var id = (HcpcsFieldId)payload.ReadFieldId();
                var length = payload.ReadVarInt();
                if (id == HcpcsFieldId.LongDescriptions)
                {
                    // The bulk of the file: inflated and read when a long description is first asked for. Always the last field.
                    descriptions.Defer(payload, length);
                    keepOpen = true;
                    break;
                }

                var body = payload.ReadBody(length);
                var field = new PayloadReader(body, source);
                switch (id)
                {
                    case HcpcsFieldId.Release:
                        release = ReadRelease(ref field, source);
                        break;
                    case HcpcsFieldId.StringPool:
                        pool = ReadPool(ref field, body);
                        break;
                    case HcpcsFieldId.Lists:
                        lists = ReadLists(ref field, pool ?? throw field.Malformed("the lists come before the string pool"));
                        break;
                    case HcpcsFieldId.Records:
                        records = ReadRecords(
                            ref field,
                            pool ?? throw field.Malformed("the records come before the string pool"),
                            lists ?? throw field.Malformed("the records come before the lists"),
                            descriptions);
                        break;
                    default:
                        // A field from a later writer: older readers skip what they do not know.
                        break;
                }
            }

            if (release is null || records is null)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {(release is null ? "release" : "records")} field.");
            }

            if (!keepOpen)
            {
                payload.CheckAtEnd();
                if (descriptions.ExpectedCount > 0)
                {
                    throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the long descriptions field.");
                }
            }

            var (procedures, modifiers) = records.Value;
            if (procedures.Length == 0)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it holds no procedure records.");
            }

            var contents = new HcpcsFileContents(release.FileName, procedures, modifiers, release.LineCount, release.PreambleLineCount, release.ContinuationLineCount, release.ShortLineCount);
            try
            {
                return HcpcsLevel2Release.FromCompiled(release.Release, contents, CompiledDataFormat.CurrentVersion);
            }
            catch (ArgumentException e)
            {
                // A code given twice.
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

    private static ReleaseField ReadRelease(ref PayloadReader field, string source)
    {
        // The plain release field (MedCoding.CodeSets.IO.ReleaseField), then what the HCPCS file adds.
        var release = MedCoding.CodeSets.IO.ReleaseField.Read(ref field, source, CodeSystem.HcpcsLevel2, "HCPCS Level II");
        return new ReleaseField(release, field.ReadString(), field.ReadVarInt(), field.ReadVarInt(), field.ReadVarInt(), field.ReadVarInt());
    }

    private static string[] ReadPool(ref PayloadReader field, byte[] body)
    {
        // Codes, short descriptions and coded values: few and short, decoded at once so that records share their strings.
        var pool = StringPool.Read(ref field, body, 0);
        var strings = new string[pool.Count];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = pool.GetText(i);
        }

        return strings;
    }

    private static IReadOnlyList<string>[] ReadLists(ref PayloadReader field, string[] pool)
    {
        var lists = new IReadOnlyList<string>[field.ReadCount()];
        for (var i = 0; i < lists.Length; i++)
        {
            var count = field.ReadCount();
            if (count == 0)
            {
                lists[i] = [];
                continue;
            }

            var list = new string[count];
            for (var j = 0; j < count; j++)
            {
                list[j] = Pooled(ref field, pool);
            }

            lists[i] = list;
        }

        return lists;
    }

    private static (HcpcsRecord[] Procedures, HcpcsRecord[] Modifiers) ReadRecords(ref PayloadReader field, string[] pool, IReadOnlyList<string>[] lists, DeferredStringPool descriptions)
    {
        var procedures = new HcpcsRecord[field.ReadCount()];
        var modifiers = new HcpcsRecord[field.ReadCount()];
        descriptions.ExpectedCount = field.ReadVarInt();
        var charLists = new IReadOnlyList<char>?[lists.Length];
        for (var i = 0; i < procedures.Length + modifiers.Length; i++)
        {
            var kind = i < procedures.Length ? HcpcsRecordKind.Procedure : HcpcsRecordKind.Modifier;
            var code = Pooled(ref field, pool);
            var sequence = field.ReadVarInt();
            var shortDescription = Pooled(ref field, pool);
            var description = field.ReadVarInt();
            if (description >= descriptions.ExpectedCount)
            {
                throw field.Malformed($"long description {description} is not in the pool of {descriptions.ExpectedCount}");
            }
            var record = new HcpcsRecord
            {
                Code = code,
                Kind = kind,
                SequenceNumber = sequence,
                ShortDescription = shortDescription,
                LongDescriptionSource = descriptions,
                LongDescriptionIndex = description,
                PricingIndicators = List(ref field, lists),
                MultiplePricingIndicator = ReadChar(ref field),
                CoverageIssuesManualReferences = List(ref field, lists),
                CarriersManualReferences = List(ref field, lists),
                Statute = Optional(ref field, pool),
                LabCertifications = List(ref field, lists),
                CrossReferences = List(ref field, lists),
                Coverage = field.ReadByte() switch
                {
                    0 => null,
                    var c and <= (byte)HcpcsCoverage.NotCoveredByStatute => (HcpcsCoverage)c,
                    var c => throw field.Malformed($"{code} has the unknown coverage {c}"),
                },
                IsAscApproved = (field.ReadByte() & AscApprovedFlag) != 0,
                AscPaymentGroupEffectiveDate = ReadDate(ref field),
                MogPaymentGroup = Optional(ref field, pool),
                MogPaymentPolicyIndicator = ReadChar(ref field),
                MogEffectiveDate = ReadDate(ref field),
                ProcessingNoteNumber = Optional(ref field, pool),
                Betos = Optional(ref field, pool),
                TypesOfService = CharList(ref field, lists, charLists),
                AnesthesiaBaseUnits = field.ReadVarInt() is var units and > 0 ? units - 1 : null,
                AddedDate = ReadDate(ref field),
                ActionEffectiveDate = ReadDate(ref field),
                TerminationDate = ReadDate(ref field),
                ActionCode = field.ReadByte() switch
                {
                    var a and >= (byte)HcpcsActionCode.Added and <= (byte)HcpcsActionCode.MiscellaneousChange => (HcpcsActionCode)a,
                    var a => throw field.Malformed($"{code} has the unknown action code {a}"),
                },
                LineNumber = field.ReadVarInt(),
                LineCount = field.ReadVarInt(),
            };
            if (kind == HcpcsRecordKind.Procedure)
            {
                procedures[i] = record;
            }
            else
            {
                modifiers[i - procedures.Length] = record;
            }
        }

        return (procedures, modifiers);
    }

    private static IReadOnlyList<string> List(ref PayloadReader field, IReadOnlyList<string>[] lists)
    {
        var index = field.ReadVarInt();
        return index < lists.Length ? lists[index] : throw field.Malformed($"list {index} is not in the {lists.Length} lists");
    }

    private static IReadOnlyList<char> CharList(ref PayloadReader field, IReadOnlyList<string>[] lists, IReadOnlyList<char>?[] charLists)
    {
        var index = field.ReadVarInt();
        if (index >= lists.Length)
        {
            throw field.Malformed($"list {index} is not in the {lists.Length} lists");
        }

        if (charLists[index] is { } known)
        {
            return known;
        }

        var strings = lists[index];
        var chars = new char[strings.Count];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = strings[i].Length == 1 ? strings[i][0] : throw field.Malformed($"type of service {MessageText.Quote($"{strings[i]}")} is not one character");
        }

        return charLists[index] = chars.Length == 0 ? [] : chars;
    }

    private static string Pooled(ref PayloadReader field, string[] pool)
    {
        var index = field.ReadVarInt();
        return index < pool.Length ? pool[index] : throw field.Malformed($"string {index} is not in the pool of {pool.Length}");
    }

    private static string? Optional(ref PayloadReader field, string[] pool)
    {
        var index = field.ReadVarInt();
        return index == 0 ? null : index <= pool.Length ? pool[index - 1] : throw field.Malformed($"string {index - 1} is not in the pool of {pool.Length}");
    }

    private static char? ReadChar(ref PayloadReader field) => field.ReadByte() is var b and > 0 ? (char)b : null;

    private static DateOnly? ReadDate(ref PayloadReader field)
    {
        var day = field.ReadVarInt();
        return day == 0 ? null : day - 1 <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(day - 1) : throw field.Malformed($"the day number {day - 1} is not a date");
    }

    private static void WriteOptional(PayloadWriter writer, string? value, StringPoolBuilder pool) => writer.WriteVarInt(value is null ? 0 : pool[value] + 1);

    private static void WriteChar(PayloadWriter writer, char? value) =>
        writer.WriteByte(value is { } c ? c is > '\0' and <= '\x7F' ? (byte)c : throw new ArgumentException($"{MessageText.Quote(c)} is not an ASCII character.", nameof(value)) : (byte)0);

    private static void WriteDate(PayloadWriter writer, DateOnly? date) => writer.WriteVarInt(date is { } d ? d.DayNumber + 1 : 0);

    private sealed record ReleaseField(Release Release, string FileName, int LineCount, int PreambleLineCount, int ContinuationLineCount, int ShortLineCount);

    /// <summary>Assigns each distinct list of strings an index, in order of first use.</summary>
    private sealed class ListPoolBuilder
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly List<int[]> _lists = [];

        public int Add(IReadOnlyList<string> values, StringPoolBuilder pool)
        {
            // Values never hold a tab: the key is the values joined by one.
            var key = string.Join('\t', values);
            if (!_indexes.TryGetValue(key, out var index))
            {
                index = _lists.Count;
                _indexes.Add(key, index);
                _lists.Add([.. values.Select(v => pool[v])]);
            }

            return index;
        }

        public void WriteTo(PayloadWriter writer)
        {
            writer.WriteVarInt(_lists.Count);
            foreach (var list in _lists)
            {
                writer.WriteVarInt(list.Length);
                foreach (var value in list)
                {
                    writer.WriteVarInt(value);
                }
            }
        }
    }
}
