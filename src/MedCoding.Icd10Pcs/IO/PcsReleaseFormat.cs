using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Icd10Pcs.IO;

/// <summary>
/// Writes and reads one ICD-10-PCS release in the compiled format (format version 1, <c>docs/compiled-format.md</c>):
/// the fields <see cref="PcsFieldId.Release"/>, <see cref="PcsFieldId.StringPool"/>, <see cref="PcsFieldId.Entries"/>,
/// <see cref="PcsFieldId.Tables"/>, <see cref="PcsFieldId.Definitions"/> and <see cref="PcsFieldId.Titles"/>, in that
/// order, inside the envelope of <see cref="CompiledDataFormat"/>. The reader builds the code index, the tables and the
/// definitions at once, creates each entry when first used and leaves the titles compressed until a title is first read.
/// </summary>
internal static class PcsReleaseFormat
{
    private const byte KindMask = 0x07;
    private const byte BillableFlag = 0x08;
    private const byte ShortTitleIsTitleFlag = 0x10;
    private const byte HasOrderFileFlag = 0x01;
    private const byte HasTablesFlag = 0x02;
    private const byte HasDefinitionsFlag = 0x04;
    private const int TableNameLength = 3;

    public static void Write(PcsRelease release, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var entries = release.Entries;
        var pool = new StringPoolBuilder();
        var titles = new StringPoolBuilder();

        var releaseField = new PayloadWriter(256);
        releaseField.WriteVarInt((int)release.Release.System);
        releaseField.WriteString(release.Release.Version);
        releaseField.WriteString(release.Release.Name);
        releaseField.WriteVarInt(release.Release.EffectiveFrom.DayNumber);
        releaseField.WriteVarInt(release.Release.EffectiveThrough.DayNumber);
        releaseField.WriteByte((byte)((release.HasOrderFile ? HasOrderFileFlag : 0) | (release.Tables is null ? 0 : HasTablesFlag) | (release.Definitions is null ? 0 : HasDefinitionsFlag)));

        // Titles go to a pool of their own, the last field, so that a reader can leave them compressed until used.
        foreach (var entry in entries)
        {
            _ = titles[entry.Title];
            _ = titles[entry.ShortTitle];
        }

        var entryField = new PayloadWriter(entries.Count * 16);
        entryField.WriteVarInt(entries.Count);
        entryField.WriteVarInt(titles.Count);
        Span<byte> name = stackalloc byte[PcsCode.Length];
        foreach (var entry in entries)
        {
            var shortIsTitle = string.Equals(entry.ShortTitle, entry.Title, StringComparison.Ordinal);
            entryField.WriteByte((byte)((byte)entry.Kind | (entry.IsBillable ? BillableFlag : 0) | (shortIsTitle ? ShortTitleIsTitleFlag : 0)));
            // The name as ASCII, 3 characters for a table and 7 for a code: the reader packs it into the index key.
            var length = System.Text.Encoding.ASCII.GetBytes(entry.Name, name);
            foreach (var b in name[..length])
            {
                entryField.WriteByte(b);
            }

            entryField.WriteVarInt(titles[entry.Title]);
            if (!shortIsTitle)
            {
                entryField.WriteVarInt(titles[entry.ShortTitle]);
            }
        }

        var tablesField = release.Tables is { } tables ? WriteTables(tables, pool) : null;
        var definitionsField = release.Definitions is { } definitions ? WriteDefinitions(definitions, pool) : null;

        var poolField = new PayloadWriter(1 << 16);
        pool.WriteTo(poolField);
        var titlesField = new PayloadWriter(entries.Count * 128);
        titles.WriteTo(titlesField);

        var payload = new PayloadWriter(releaseField.Length + poolField.Length + entryField.Length + (tablesField?.Length ?? 0) + (definitionsField?.Length ?? 0) + titlesField.Length + 32);
        payload.WriteField((int)PcsFieldId.Release, releaseField);
        payload.WriteField((int)PcsFieldId.StringPool, poolField);
        payload.WriteField((int)PcsFieldId.Entries, entryField);
        if (tablesField is not null)
        {
            payload.WriteField((int)PcsFieldId.Tables, tablesField);
        }

        if (definitionsField is not null)
        {
            payload.WriteField((int)PcsFieldId.Definitions, definitionsField);
        }

        payload.WriteField((int)PcsFieldId.Titles, titlesField);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static PcsRelease Read(Stream input, string source)
    {
        var payload = CompiledDataFormat.OpenPayload(input, source);
        var keepOpen = false;
        try
        {
            Release? release = null;
            byte flags = 0;
            string[]? pool = null;
            CompiledEntries? entries = null;
            PcsTables? tables = null;
            PcsDefinitions? definitions = null;
            var titles = new DeferredStringPool(source);
            while (!payload.AtEnd)
            {
                var id = (PcsFieldId)payload.ReadFieldId();
                var length = payload.ReadVarInt();
                if (id == PcsFieldId.Titles)
                {
                    // The bulk of the file: inflated and read when a title is first asked for. Always the last field.
                    titles.Defer(payload, length);
                    keepOpen = true;
                    break;
                }

                var body = payload.ReadBody(length);
                var field = new PayloadReader(body, source);
                switch (id)
                {
                    case PcsFieldId.Release:
                        (release, flags) = ReadRelease(ref field);
                        break;
                    case PcsFieldId.StringPool:
                        pool = ReadPool(ref field);
                        break;
                    case PcsFieldId.Entries:
                        entries = ReadEntries(ref field, titles);
                        break;
                    case PcsFieldId.Tables:
                        tables = ReadTables(ref field, pool ?? throw field.Malformed("the tables come before the string pool"));
                        break;
                    case PcsFieldId.Definitions:
                        definitions = ReadDefinitions(ref field, pool ?? throw field.Malformed("the definitions come before the string pool"));
                        break;
                    default:
                        // A field from a later writer: older readers skip what they do not know.
                        break;
                }
            }

            if (release is null || entries is null)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {(release is null ? "release" : "entries")} field.");
            }

            if (((flags & HasTablesFlag) != 0) != (tables is not null) || ((flags & HasDefinitionsFlag) != 0) != (definitions is not null))
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: its release field and its fields disagree on whether it has the tables and the definitions.");
            }

            if (!keepOpen)
            {
                payload.CheckAtEnd();
                if (titles.ExpectedCount > 0)
                {
                    throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the titles field.");
                }
            }

            return new PcsRelease(release, new CodeEntry?[entries.Count], entries.Keys, entries.CodeCount, tables, definitions, (flags & HasOrderFileFlag) != 0, entries.Create)
            {
                CompiledFormatVersion = CompiledDataFormat.CurrentVersion,
            };
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // A name, table or title given twice, or a row of more codes than can be counted: only a damaged file.
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {(e is ArgumentException a ? MessageText.WithoutParameter(a) : "a count is out of range")}", e);
        }
        finally
        {
            if (!keepOpen)
            {
                payload.Dispose();
            }
        }
    }

    private static PayloadWriter WriteTables(PcsTables tables, StringPoolBuilder pool)
    {
        // Each distinct axis value once (a label recurs in many rows); tables and rows refer to them by index.
        var values = new Dictionary<PcsAxisValue, int>();
        var valueField = new PayloadWriter(1 << 16);
        var tableField = new PayloadWriter(1 << 16);

        int ValueIndex(PcsAxisValue value)
        {
            if (!values.TryGetValue(value, out var index))
            {
                index = values.Count;
                values.Add(value, index);
                valueField.WriteByte((byte)value.Axis);
                valueField.WriteVarInt(pool[value.AxisTitle]);
                valueField.WriteByte((byte)value.Character);
                valueField.WriteVarInt(pool[value.Label]);
                valueField.WriteVarInt(value.Definition is null ? 0 : pool[value.Definition] + 1);
            }

            return index;
        }

        tableField.WriteVarInt(tables.Tables.Count);
        foreach (var table in tables.Tables)
        {
            tableField.WriteVarInt(table.LineNumber);
            tableField.WriteVarInt(ValueIndex(table.Section));
            tableField.WriteVarInt(ValueIndex(table.BodySystem));
            tableField.WriteVarInt(ValueIndex(table.RootOperation));
            tableField.WriteVarInt(table.Rows.Count);
            foreach (var row in table.Rows)
            {
                tableField.WriteVarInt(row.LineNumber);
                for (var axis = PcsAxis.BodyPart; axis <= PcsAxis.Qualifier; axis++)
                {
                    var rowValues = row.GetValues(axis);
                    tableField.WriteVarInt(rowValues.Count);
                    foreach (var value in rowValues)
                    {
                        tableField.WriteVarInt(ValueIndex(value));
                    }
                }
            }
        }

        var field = new PayloadWriter(valueField.Length + tableField.Length + 64);
        field.WriteVarInt(pool[tables.Version]);
        field.WriteVarInt(pool[tables.Title]);
        field.WriteVarInt(pool[Path.GetFileName(tables.SourcePath)]);
        field.WriteVarInt(values.Count);
        field.WriteRaw(valueField);
        field.WriteRaw(tableField);
        return field;
    }

    private static PayloadWriter WriteDefinitions(PcsDefinitions definitions, StringPoolBuilder pool)
    {
        var field = new PayloadWriter(1 << 16);
        field.WriteVarInt(pool[definitions.Version]);
        field.WriteVarInt(pool[definitions.Title]);
        field.WriteVarInt(pool[Path.GetFileName(definitions.SourcePath)]);
        field.WriteVarInt(definitions.Definitions.Count);
        foreach (var definition in definitions.Definitions)
        {
            field.WriteByte((byte)definition.Section);
            field.WriteVarInt(pool[definition.SectionTitle]);
            field.WriteByte((byte)definition.Axis);
            field.WriteVarInt(pool[definition.AxisTitle]);
            WriteList(field, definition.Titles, pool);
            field.WriteVarInt(definition.Definition is null ? 0 : pool[definition.Definition] + 1);
            field.WriteVarInt(definition.Explanation is null ? 0 : pool[definition.Explanation] + 1);
            WriteList(field, definition.Includes, pool);
        }

        field.WriteVarInt(definitions.DeviceAggregates.Count);
        foreach (var aggregate in definitions.DeviceAggregates)
        {
            field.WriteVarInt(pool[aggregate.Device]);
            field.WriteVarInt(pool[aggregate.Operation]);
            WriteList(field, aggregate.BodySystems, pool);
            field.WriteByte((byte)aggregate.ParentCharacter);
            field.WriteVarInt(pool[aggregate.Parent]);
        }

        return field;
    }

    private static void WriteList(PayloadWriter field, IReadOnlyList<string> strings, StringPoolBuilder pool)
    {
        field.WriteVarInt(strings.Count);
        foreach (var text in strings)
        {
            field.WriteVarInt(pool[text]);
        }
    }

    private static void WriteRaw(this PayloadWriter writer, PayloadWriter body)
    {
        foreach (var b in body.WrittenSpan)
        {
            writer.WriteByte(b);
        }
    }

    private static (Release Release, byte Flags) ReadRelease(ref PayloadReader field)
    {
        var system = (CodeSystem)field.ReadVarInt();
        var version = field.ReadString();
        var name = field.ReadString();
        var from = field.ReadVarInt();
        var through = field.ReadVarInt();
        var flags = field.ReadByte();
        if (system != CodeSystem.Icd10Pcs || from > DateOnly.MaxValue.DayNumber || through > DateOnly.MaxValue.DayNumber || through < from || string.IsNullOrWhiteSpace(version))
        {
            throw field.Malformed(system != CodeSystem.Icd10Pcs ? $"it holds a release of code system {(int)system}, not ICD-10-PCS" : "the release field is not valid");
        }

        return (new Release(system, version, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(through), name), flags);
    }

    private static string[] ReadPool(ref PayloadReader field)
    {
        var strings = new string[field.ReadCount()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = field.ReadString();
        }

        return strings;
    }

    private static CompiledEntries ReadEntries(ref PayloadReader field, DeferredStringPool titles)
    {
        var count = field.ReadCount();
        titles.ExpectedCount = field.ReadVarInt();
        var entries = new CompiledEntries(count, titles);
        var keys = entries.Keys;
        var kinds = entries.Kinds;
        var titleIndexes = entries.Titles;
        var shortTitleIndexes = entries.ShortTitles;
        var codes = 0;
        for (var i = 0; i < count; i++)
        {
            var flags = field.ReadByte();
            var kind = (EntryKind)(flags & KindMask);
            if (kind is not (EntryKind.Table or EntryKind.Code))
            {
                throw field.Malformed($"entry {i} has the kind {(int)kind}, neither a table nor a code");
            }

            var key = PcsCodeIndex.Pack(field.ReadBytes(kind == EntryKind.Table ? TableNameLength : PcsCode.Length));
            if (key == 0)
            {
                throw field.Malformed($"entry {i} is not named by ICD-10-PCS characters");
            }

            var title = TitleIndex(ref field, titles);
            var shortTitle = (flags & ShortTitleIsTitleFlag) != 0 ? title : TitleIndex(ref field, titles);
            keys[i] = key;
            kinds[i] = (byte)(flags & (KindMask | BillableFlag));
            titleIndexes[i] = title;
            shortTitleIndexes[i] = shortTitle;
            codes += kind == EntryKind.Code ? 1 : 0;
        }

        entries.CodeCount = codes;
        return entries;
    }

    private static PcsTables ReadTables(ref PayloadReader field, string[] pool)
    {
        var version = Pooled(ref field, pool);
        var title = Pooled(ref field, pool);
        var sourceName = Pooled(ref field, pool);
        var values = new PcsAxisValue[field.ReadCount()];
        for (var i = 0; i < values.Length; i++)
        {
            var axis = (PcsAxis)field.ReadByte();
            var axisTitle = Pooled(ref field, pool);
            var character = (char)field.ReadByte();
            var label = Pooled(ref field, pool);
            var definition = OptionalPooled(ref field, pool);
            if (axis is < PcsAxis.Section or > PcsAxis.Qualifier || !PcsCode.IsValidCharacter(character))
            {
                throw field.Malformed($"axis value {i} has position {(int)axis} and character {(int)character}");
            }

            values[i] = new PcsAxisValue(axis, axisTitle, character, label, definition);
        }

        var tables = new PcsTable[field.ReadCount()];
        for (var t = 0; t < tables.Length; t++)
        {
            var line = field.ReadVarInt();
            var section = Value(ref field, values, PcsAxis.Section);
            var bodySystem = Value(ref field, values, PcsAxis.BodySystem);
            var rootOperation = Value(ref field, values, PcsAxis.RootOperation);
            var rows = new PcsRow[field.ReadCount()];
            if (rows.Length == 0)
            {
                throw field.Malformed($"table {t} has no row");
            }

            for (var r = 0; r < rows.Length; r++)
            {
                var rowLine = field.ReadVarInt();
                var rowValues = new PcsAxisValue[4][];
                for (var a = 0; a < rowValues.Length; a++)
                {
                    var axisValues = new PcsAxisValue[field.ReadCount()];
                    if (axisValues.Length == 0)
                    {
                        throw field.Malformed($"row {r} of table {t} has no value at position {a + 4}");
                    }

                    for (var v = 0; v < axisValues.Length; v++)
                    {
                        axisValues[v] = Value(ref field, values, PcsAxis.BodyPart + a);
                    }

                    rowValues[a] = axisValues;
                }

                rows[r] = new PcsRow(rowValues, r, rowLine);
            }

            tables[t] = new PcsTable(section, bodySystem, rootOperation, rows, line);
        }

        return new PcsTables(version, title, tables, sourceName);
    }

    private static PcsDefinitions ReadDefinitions(ref PayloadReader field, string[] pool)
    {
        var version = Pooled(ref field, pool);
        var title = Pooled(ref field, pool);
        var sourceName = Pooled(ref field, pool);
        var definitions = new PcsDefinition[field.ReadCount()];
        for (var i = 0; i < definitions.Length; i++)
        {
            var section = (char)field.ReadByte();
            var sectionTitle = Pooled(ref field, pool);
            var axis = (PcsAxis)field.ReadByte();
            var axisTitle = Pooled(ref field, pool);
            var titles = PooledList(ref field, pool);
            var definition = OptionalPooled(ref field, pool);
            var explanation = OptionalPooled(ref field, pool);
            var includes = PooledList(ref field, pool);
            if (!PcsCode.IsValidCharacter(section) || axis is < PcsAxis.Section or > PcsAxis.Qualifier || titles.Length == 0)
            {
                throw field.Malformed($"definition {i} has section {(int)section}, position {(int)axis} and {titles.Length} titles");
            }

            definitions[i] = new PcsDefinition(section, sectionTitle, axis, axisTitle, titles, definition, explanation, includes);
        }

        var aggregates = new PcsDeviceAggregate[field.ReadCount()];
        for (var i = 0; i < aggregates.Length; i++)
        {
            var device = Pooled(ref field, pool);
            var operation = Pooled(ref field, pool);
            var bodySystems = PooledList(ref field, pool);
            var parentCharacter = (char)field.ReadByte();
            var parent = Pooled(ref field, pool);
            if (!PcsCode.IsValidCharacter(parentCharacter))
            {
                throw field.Malformed($"device aggregation {i} has the parent value {(int)parentCharacter}");
            }

            aggregates[i] = new PcsDeviceAggregate(device, operation, bodySystems, parentCharacter, parent);
        }

        return new PcsDefinitions(version, title, definitions, aggregates, sourceName);
    }

    private static PcsAxisValue Value(ref PayloadReader field, PcsAxisValue[] values, PcsAxis axis)
    {
        var index = field.ReadVarInt();
        return index < values.Length && values[index].Axis == axis
            ? values[index]
            : throw field.Malformed($"axis value {index} is not a value of position {(int)axis}");
    }

    private static string Pooled(ref PayloadReader field, string[] pool)
    {
        var index = field.ReadVarInt();
        return index < pool.Length ? pool[index] : throw field.Malformed($"string {index} is not in the pool of {pool.Length}");
    }

    private static string? OptionalPooled(ref PayloadReader field, string[] pool)
    {
        var index = field.ReadVarInt();
        return index == 0 ? null : index <= pool.Length ? pool[index - 1] : throw field.Malformed($"string {index - 1} is not in the pool of {pool.Length}");
    }

    private static string[] PooledList(ref PayloadReader field, string[] pool)
    {
        var list = new string[field.ReadCount()];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = Pooled(ref field, pool);
        }

        return list;
    }

    private static int TitleIndex(ref PayloadReader field, DeferredStringPool titles)
    {
        var index = field.ReadVarInt();
        return index < titles.ExpectedCount ? index : throw field.Malformed($"title {index} is not in the pool of {titles.ExpectedCount}");
    }
}

/// <summary>
/// The entries of a compiled file as flat arrays, each <see cref="CodeEntry"/> created when first used: loading does no
/// per-entry allocation.
/// </summary>
/// <threadsafety>Immutable once read and thread-safe.</threadsafety>
internal sealed class CompiledEntries(int count, DeferredStringPool titles)
{
    private const byte KindMask = 0x07;
    private const byte BillableFlag = 0x08;

    public int Count => count;

    public int CodeCount { get; set; }

    public long[] Keys { get; } = GC.AllocateUninitializedArray<long>(count);

    public byte[] Kinds { get; } = GC.AllocateUninitializedArray<byte>(count);

    public int[] Titles { get; } = GC.AllocateUninitializedArray<int>(count);

    public int[] ShortTitles { get; } = GC.AllocateUninitializedArray<int>(count);

    public CodeEntry Create(int index) =>
        new(PcsCodeIndex.Unpack(Keys[index]), (EntryKind)(Kinds[index] & KindMask), (Kinds[index] & BillableFlag) != 0, titles, Titles[index], ShortTitles[index], index, dotted: false);
}
