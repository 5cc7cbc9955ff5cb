using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Writes and reads an <see cref="AlphabeticIndex"/> in the compiled format (format version 1, <c>docs/compiled-format.md</c>,
/// "Payload of an index"): the fields <see cref="IndexFieldId.Release"/>, <see cref="IndexFieldId.Headings"/>,
/// <see cref="IndexFieldId.Strings"/> and <see cref="IndexFieldId.Terms"/>, in that order, inside the envelope of
/// <see cref="CompiledDataFormat"/>.
/// </summary>
/// <remarks>
/// The terms are written depth first, each with its level, so that the tree is rebuilt without parent pointers; every
/// text is an index into one string pool, in order of first use, so the same index always gives the same bytes.
/// </remarks>
internal static class IndexFormat
{
    [Flags]
    private enum TermFlags
    {
        None = 0,
        Modifiers = 1,
        Code = 2,
        PcsCodes = 4,
        Manifestation = 8,
        Warning = 16,
        References = 32,
        Cells = 64,
    }

    private const TermFlags AllFlags = (TermFlags)127;

    public static void Write(AlphabeticIndex index, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var releaseField = new PayloadWriter(256);
        var r = index.Release;
        releaseField.WriteVarInt((int)r.System);
        releaseField.WriteString(r.Version);
        releaseField.WriteString(r.Name);
        releaseField.WriteVarInt(r.EffectiveFrom.DayNumber);
        releaseField.WriteVarInt(r.EffectiveThrough.DayNumber);
        releaseField.WriteByte(index.Title is null ? (byte)0 : (byte)1);
        releaseField.WriteString(index.Title ?? string.Empty);
        releaseField.WriteString(index.SourceFileName);

        var headingField = new PayloadWriter(256);
        headingField.WriteVarInt(index.ColumnHeadings.Count);
        foreach (var heading in index.ColumnHeadings)
        {
            headingField.WriteString(heading);
        }

        var table = index.Table;
        var termField = new PayloadWriter(1 << 20);
        termField.WriteVarInt(table.Count);
        for (var t = 0; t < table.Count; t++)
        {
            var modifiers = table.Get(t, IndexTermTable.Field.Modifiers);
            var code = table.Get(t, IndexTermTable.Field.Code);
            var pcsCodes = table.Get(t, IndexTermTable.Field.PcsCodes);
            var manifestation = table.Get(t, IndexTermTable.Field.Manifestation);
            var warning = table.Get(t, IndexTermTable.Field.Warning);
            var firstReference = table.ReferenceStart[t];
            var referenceCount = table.ReferenceStart[t + 1] - firstReference;
            var row = table.CellRow[t];
            var flags = (modifiers == IndexTermTable.None ? 0 : TermFlags.Modifiers)
                | (code == IndexTermTable.None ? 0 : TermFlags.Code)
                | (pcsCodes == IndexTermTable.None ? 0 : TermFlags.PcsCodes)
                | (manifestation == IndexTermTable.None ? 0 : TermFlags.Manifestation)
                | (warning == IndexTermTable.None ? 0 : TermFlags.Warning)
                | (referenceCount == 0 ? 0 : TermFlags.References)
                | (row == IndexTermTable.None ? 0 : TermFlags.Cells);
            termField.WriteVarInt(table.Level[t]);
            termField.WriteByte((byte)flags);
            termField.WriteVarInt(table.Get(t, IndexTermTable.Field.Title));
            if (modifiers != IndexTermTable.None)
            {
                termField.WriteVarInt(modifiers);
                termField.WriteVarInt(table.Get(t, IndexTermTable.Field.ModifiersPosition));
            }

            WriteOptional(termField, code);
            WriteOptional(termField, pcsCodes);
            WriteOptional(termField, manifestation);
            WriteOptional(termField, warning);
            if (referenceCount > 0)
            {
                termField.WriteVarInt(referenceCount);
                for (var reference = firstReference; reference < firstReference + referenceCount; reference++)
                {
                    termField.WriteByte(table.ReferenceKind[reference]);
                    termField.WriteVarInt(table.ReferenceTarget[reference]);
                    termField.WriteVarInt(table.ReferenceCodes[reference] + 1);
                }
            }

            if (row != IndexTermTable.None)
            {
                termField.WriteVarInt(table.Columns);
                for (var c = 0; c < table.Columns; c++)
                {
                    termField.WriteVarInt(table.Cells[(row * table.Columns) + c] + 1);
                }
            }
        }

        var stringField = new PayloadWriter(1 << 20);
        stringField.WriteVarInt(table.Strings.Count);
        for (var id = 0; id < table.Strings.Count; id++)
        {
            stringField.WriteString(table.Strings[id]);
        }

        var searchField = new PayloadWriter(1 << 22);
        SearchSegmentFormat.Write(index.SearchSegment, searchField);

        var payload = new PayloadWriter(releaseField.Length + headingField.Length + stringField.Length + termField.Length + searchField.Length + 40);
        payload.WriteField((int)IndexFieldId.Release, releaseField);
        payload.WriteField((int)IndexFieldId.Headings, headingField);
        payload.WriteField((int)IndexFieldId.Strings, stringField);
        payload.WriteField((int)IndexFieldId.Terms, termField);
        payload.WriteField((int)IndexFieldId.Search, searchField);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static AlphabeticIndex Read(Stream input, string source)
    {
        using var payload = CompiledDataFormat.OpenPayload(input, source);
        return Read(payload);
    }

    /// <summary>Reads an index's payload: the strings' bytes and the search segment are kept (read in place when the payload is held in memory), every other field is parsed into arrays.</summary>
    public static AlphabeticIndex Read(PayloadStream payload)
    {
        var source = payload.Source;
        (Release Release, string? Title, string FileName)? header = null;
        string[]? headings = null;
        IndexStrings? strings = null;
        IndexTermTable? table = null;
        SearchSegment? segment = null;
        while (!payload.AtEnd)
        {
            var id = (IndexFieldId)payload.ReadFieldId();
            var length = payload.ReadVarInt();
            var kept = id is IndexFieldId.Strings or IndexFieldId.Search ? payload.ReadMemory(length) : default;
            using var pooled = id is IndexFieldId.Strings or IndexFieldId.Search ? default : payload.ReadPooledBody(length);
            if (id == IndexFieldId.Search)
            {
                segment = SearchSegmentFormat.Read(kept, source);
                continue;
            }

            var field = new PayloadReader(id == IndexFieldId.Strings ? kept.Span : pooled.Span, source);
            switch (id)
            {
                case IndexFieldId.Release:
                    header = ReadRelease(ref field, source);
                    break;
                case IndexFieldId.Headings:
                    headings = ReadHeadings(ref field);
                    break;
                case IndexFieldId.Strings:
                    strings = ReadStrings(ref field, kept);
                    break;
                case IndexFieldId.Terms:
                    table = ReadTerms(ref field, strings ?? throw field.Malformed("the terms come before the strings"), headings?.Length ?? 0);
                    break;
                default:
                    // A field from a later writer: older readers skip what they do not know.
                    continue;
            }

            if (!field.AtEnd)
            {
                throw field.Malformed($"the {id.ToString().ToLowerInvariant()} field is longer than its content");
            }
        }

        payload.CheckAtEnd();
        if (header is not { } h || headings is null || table is null)
        {
            var missing = header is null ? "release" : headings is null ? "headings" : "terms";
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {missing} field.");
        }

        var kind = AlphabeticIndex.KindOf(h.Release.System)!.Value;
        try
        {
            var index = new AlphabeticIndex(kind, h.Release.Version, h.Title, h.FileName, headings, table, CompiledDataFormat.CurrentVersion, segment);
            if (segment is not null)
            {
                CheckSegment(segment, table, headings.Length, source);
            }

            return index;
        }
        catch (ArgumentException e)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {MessageText.WithoutParameter(e)}", e);
        }
    }

    private static void WriteOptional(PayloadWriter field, int id)
    {
        if (id != IndexTermTable.None)
        {
            field.WriteVarInt(id);
        }
    }

    private static (Release Release, string? Title, string FileName) ReadRelease(ref PayloadReader field, string source)
    {
        var system = (CodeSystem)field.ReadVarInt();
        if (AlphabeticIndex.KindOf(system) is null)
        {
            throw new CompiledDataException(
                CompiledDataProblem.Malformed,
                Enum.IsDefined(system)
                    ? $"{source} holds a {system.DisplayName()} release, not an index."
                    : $"{source} is malformed: the release field names the unknown code system {(int)system}.");
        }

        var version = field.ReadString();
        var name = field.ReadString();
        var from = field.ReadVarInt();
        var through = field.ReadVarInt();
        var hasTitle = field.ReadByte();
        var title = field.ReadString();
        var fileName = field.ReadString();
        if (from > DateOnly.MaxValue.DayNumber || through > DateOnly.MaxValue.DayNumber || through < from || string.IsNullOrWhiteSpace(version) || hasTitle > 1)
        {
            throw field.Malformed("the release field is not valid");
        }

        return (new Release(system, version, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(through), name), hasTitle == 1 ? title : null, fileName);
    }

    private static string[] ReadHeadings(ref PayloadReader field)
    {
        var strings = new string[field.ReadCount()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = field.ReadString();
        }

        return strings;
    }

    /// <summary>Records where each string's UTF-8 bytes are in the field's body, which is kept; each is decoded the first time it is asked for.</summary>
    private static IndexStrings ReadStrings(ref PayloadReader field, ReadOnlyMemory<byte> body)
    {
        var count = field.ReadCount();
        var starts = new int[count];
        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            var length = field.ReadVarInt();
            starts[i] = field.Position;
            lengths[i] = length;
            field.ReadBytes(length);
        }

        return new IndexStrings(body, starts, lengths);
    }

    /// <summary>
    /// Reads the terms, written depth first with their levels, in one pass into the table's arrays, checking each: its
    /// level (at most one deeper than the term before), its flags, every string number, its cells against the columns.
    /// No object per term.
    /// </summary>
    private static IndexTermTable ReadTerms(ref PayloadReader field, IndexStrings strings, int columns)
    {
        var count = field.ReadCount();
        var builder = new IndexTermTable.Builder(count, columns);
        var depth = 0;
        Span<int> row = stackalloc int[Math.Max(1, columns)];
        for (var i = 0; i < count; i++)
        {
            var level = field.ReadVarInt();
            if (level > depth || level > IndexXmlReader.MaxLevel)
            {
                throw field.Malformed($"term {i} is of level {level} after a term of level {depth - 1}");
            }

            depth = level + 1;
            var flags = (TermFlags)field.ReadByte();
            if ((flags & ~AllFlags) != 0)
            {
                throw field.Malformed($"term {i} has unknown flags");
            }

            var title = String(ref field, strings);
            var modifiers = IndexTermTable.None;
            var position = 0;
            if ((flags & TermFlags.Modifiers) != 0)
            {
                modifiers = String(ref field, strings);
                position = field.ReadVarInt();
                if (position > strings.ByteLengthOf(title))
                {
                    throw field.Malformed($"term {i}'s modifiers stand past the end of its title");
                }
            }

            var code = (flags & TermFlags.Code) != 0 ? String(ref field, strings) : IndexTermTable.None;
            var pcsCodes = (flags & TermFlags.PcsCodes) != 0 ? String(ref field, strings) : IndexTermTable.None;
            var manifestation = (flags & TermFlags.Manifestation) != 0 ? String(ref field, strings) : IndexTermTable.None;
            var warning = (flags & TermFlags.Warning) != 0 ? String(ref field, strings) : IndexTermTable.None;
            builder.Add(level, title, modifiers, position, code, pcsCodes, manifestation, warning);
            if ((flags & TermFlags.References) != 0)
            {
                var referenceCount = field.ReadCount();
                for (var r = 0; r < referenceCount; r++)
                {
                    var kind = (CrossReferenceKind)field.ReadByte();
                    if (kind is < CrossReferenceKind.See or > CrossReferenceKind.Use)
                    {
                        throw field.Malformed($"term {i} has a cross-reference of unknown kind {(int)kind}");
                    }

                    var target = String(ref field, strings);
                    builder.AddReference(kind, target, OptionalString(ref field, strings));
                }
            }

            if ((flags & TermFlags.Cells) != 0)
            {
                var cellCount = field.ReadCount();
                if (cellCount != columns)
                {
                    throw field.Malformed($"term {i} has {cellCount} cells in a table of {columns} columns");
                }

                for (var c = 0; c < cellCount; c++)
                {
                    row[c] = OptionalString(ref field, strings);
                }

                builder.AddCells(row[..cellCount]);
            }
        }

        return builder.Build(strings);
    }

    /// <summary>Checks that the segment's records name terms, strings, columns and cross-references of this index.</summary>
    private static void CheckSegment(SearchSegment segment, IndexTermTable table, int columns, string source)
    {
        if (segment.RecordWidth != IndexDocumentSet.RecordWidth)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: its search segment's records are {segment.RecordWidth} numbers wide, not {IndexDocumentSet.RecordWidth}.");
        }

        var records = segment.Records.Span;
        var references = table.ReferenceKind.Length;
        for (var d = 0; d < segment.DocumentCount; d++)
        {
            var term = SearchSegment.Int32At(records, d * 3);
            var code = SearchSegment.Int32At(records, (d * 3) + 1);
            var detail = SearchSegment.Int32At(records, (d * 3) + 2);
            if ((uint)term >= (uint)table.Count || (uint)code >= (uint)table.Strings.Count || detail >= columns || (detail < IndexDocumentSet.NoDetail && -2 - detail >= references))
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: search document {d} names a term, string, column or cross-reference the index does not have.");
            }
        }
    }

    private static int String(ref PayloadReader field, IndexStrings strings)
    {
        var index = field.ReadVarInt();
        return index < strings.Count ? index : throw field.Malformed($"a string index {index} is past the {strings.Count} strings");
    }

    private static int OptionalString(ref PayloadReader field, IndexStrings strings)
    {
        var index = field.ReadVarInt();
        return index == 0 ? IndexTermTable.None : index <= strings.Count ? index - 1 : throw field.Malformed($"a string index {index - 1} is past the {strings.Count} strings");
    }
}
