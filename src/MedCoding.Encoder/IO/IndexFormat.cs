using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Writes and reads an <see cref="AlphabeticIndex"/> in the compiled format (format version 1, <c>docs/compiled-format.md</c>,
/// "Payload of an index"): the fields <see cref="IndexFieldId.Release"/>, <see cref="IndexFieldId.Headings"/>,
/// <see cref="IndexFieldId.Strings"/>, <see cref="IndexFieldId.TermTable"/> and <see cref="IndexFieldId.Search"/>, in
/// that order, inside the envelope of <see cref="CompiledDataFormat"/>.
/// </summary>
/// <remarks>
/// The terms are written as the table's columns, depth first (<see cref="IndexTermTableFormat"/>), the search segment as
/// its blocks (<see cref="SearchSegmentFormat"/>): a payload held in memory is read in place, its strings decoded when
/// first asked for. Every text is an index into one string pool, in order of first use, so the same index always gives
/// the same bytes.
/// </remarks>
internal static class IndexFormat
{
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
        var termField = new PayloadWriter(1 << 22);
        termField.WriteVarInt(table.Count);
        termField.WriteVarInt(table.ReferenceKind.Length);
        termField.WriteVarInt(table.Cells.Length / Math.Max(1, table.Columns));
        termField.WriteVarInt(table.MainTerms.Length);
        BlockFormat.Write(termField, table.Level.AsBytes());
        BlockFormat.Write(termField, table.Parent.AsBytes());
        BlockFormat.Write(termField, table.End.AsBytes());
        BlockFormat.Write(termField, table.Fields.AsBytes());
        BlockFormat.Write(termField, table.ReferenceStart.AsBytes());
        BlockFormat.Write(termField, table.ReferenceKind.AsBytes());
        BlockFormat.Write(termField, table.ReferenceTarget.AsBytes());
        BlockFormat.Write(termField, table.ReferenceCodes.AsBytes());
        BlockFormat.Write(termField, table.CellRow.AsBytes());
        BlockFormat.Write(termField, table.Cells.AsBytes());
        BlockFormat.Write(termField, table.MainTerms.AsBytes());

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
        payload.WriteField((int)IndexFieldId.TermTable, termField);
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
        var earlierTerms = false;
        while (!payload.AtEnd)
        {
            var id = (IndexFieldId)payload.ReadFieldId();
            var length = payload.ReadVarInt();
            var inPlace = id is IndexFieldId.Strings or IndexFieldId.Search or IndexFieldId.TermTable;
            var kept = inPlace ? payload.ReadMemory(length) : default;
            using var pooled = inPlace ? default : payload.ReadPooledBody(length);
            if (id == IndexFieldId.Search)
            {
                segment = SearchSegmentFormat.Read(kept, source);
                continue;
            }

            if (id == IndexFieldId.TermTable)
            {
                table = IndexTermTableFormat.Read(kept, strings ?? throw payload.Malformed("the terms come before the strings"), headings?.Length ?? 0, source);
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
                    earlierTerms = true;
                    continue;
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
        if (table is null && earlierTerms)
        {
            throw new CompiledDataException(CompiledDataProblem.UnsupportedVersion, $"{source} holds its terms in an earlier writer's layout, which this library no longer reads: compile it again with this version's 'medcoding data compile'.");
        }

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
            var record = d * IndexDocumentSet.RecordWidth;
            var term = BlockFormat.Int32At(records, record);
            var code = BlockFormat.Int32At(records, record + 1);
            var detail = BlockFormat.Int32At(records, record + 2);
            if ((uint)term >= (uint)table.Count || (uint)code >= (uint)table.Strings.Count || detail >= columns || (detail < IndexDocumentSet.NoDetail && -2 - detail >= references))
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: search document {d} names a term, string, column or cross-reference the index does not have.");
            }
        }
    }
}
