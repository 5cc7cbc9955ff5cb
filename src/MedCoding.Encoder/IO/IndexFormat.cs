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

    /// <summary>One term's fields as read, reused from term to term.</summary>
    private struct TermRecord
    {
        public string Title;
        public string? Modifiers;
        public int ModifiersPosition;
        public string? Code;
        public string? PcsCodes;
        public string? Manifestation;
        public string? Warning;
        public CrossReference[]? References;
        public string?[]? Cells;
    }

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

        var pool = new StringPoolBuilder();
        var termField = new PayloadWriter(1 << 20);
        termField.WriteVarInt(index.TermCount);
        foreach (var term in index.Terms)
        {
            var flags = (term.NonessentialModifiers is null ? 0 : TermFlags.Modifiers)
                | (term.Code is null ? 0 : TermFlags.Code)
                | (term.PcsCodes is null ? 0 : TermFlags.PcsCodes)
                | (term.Manifestation is null ? 0 : TermFlags.Manifestation)
                | (term.Warning is null ? 0 : TermFlags.Warning)
                | (term.CrossReferences.Count == 0 ? 0 : TermFlags.References)
                | (term.Cells.Count == 0 ? 0 : TermFlags.Cells);
            termField.WriteVarInt(term.Level);
            termField.WriteByte((byte)flags);
            termField.WriteVarInt(pool[term.Title]);
            if (term.NonessentialModifiers is { } modifiers)
            {
                termField.WriteVarInt(pool[modifiers]);
                termField.WriteVarInt(term.ModifiersPosition);
            }

            WriteOptional(termField, pool, term.Code);
            WriteOptional(termField, pool, term.PcsCodes);
            WriteOptional(termField, pool, term.Manifestation);
            WriteOptional(termField, pool, term.Warning);
            if (term.CrossReferences.Count > 0)
            {
                termField.WriteVarInt(term.CrossReferences.Count);
                foreach (var reference in term.CrossReferences)
                {
                    termField.WriteByte((byte)reference.Kind);
                    termField.WriteVarInt(pool[reference.Target]);
                    termField.WriteVarInt(reference.Codes is null ? 0 : pool[reference.Codes] + 1);
                }
            }

            if (term.Cells.Count > 0)
            {
                termField.WriteVarInt(term.Cells.Count);
                foreach (var cell in term.Cells)
                {
                    termField.WriteVarInt(cell is null ? 0 : pool[cell] + 1);
                }
            }
        }

        var stringField = new PayloadWriter(1 << 20);
        pool.WriteTo(stringField);

        var payload = new PayloadWriter(releaseField.Length + headingField.Length + stringField.Length + termField.Length + 32);
        payload.WriteField((int)IndexFieldId.Release, releaseField);
        payload.WriteField((int)IndexFieldId.Headings, headingField);
        payload.WriteField((int)IndexFieldId.Strings, stringField);
        payload.WriteField((int)IndexFieldId.Terms, termField);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static AlphabeticIndex Read(Stream input, string source)
    {
        using var payload = CompiledDataFormat.OpenPayload(input, source);
        (Release Release, string? Title, string FileName)? header = null;
        string[]? headings = null;
        string[]? strings = null;
        List<IndexTerm>? mainTerms = null;
        var termCount = 0;
        while (!payload.AtEnd)
        {
            var id = (IndexFieldId)payload.ReadFieldId();
            var length = payload.ReadVarInt();
            var body = payload.ReadBody(length);
            var field = new PayloadReader(body, source);
            switch (id)
            {
                case IndexFieldId.Release:
                    header = ReadRelease(ref field, source);
                    break;
                case IndexFieldId.Headings:
                    headings = ReadStrings(ref field);
                    break;
                case IndexFieldId.Strings:
                    strings = ReadStrings(ref field);
                    break;
                case IndexFieldId.Terms:
                    mainTerms = ReadTerms(body, source, strings ?? throw field.Malformed("the terms come before the strings"), headings?.Length ?? 0, out termCount);
                    break;
                default:
                    // A field from a later writer: older readers skip what they do not know.
                    break;
            }
        }

        payload.CheckAtEnd();
        if (header is not { } h || headings is null || mainTerms is null)
        {
            var missing = header is null ? "release" : headings is null ? "headings" : "terms";
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {missing} field.");
        }

        var kind = AlphabeticIndex.KindOf(h.Release.System)!.Value;
        try
        {
            return new AlphabeticIndex(kind, h.Release.Version, h.Title, h.FileName, headings, mainTerms.ToArray(), CompiledDataFormat.CurrentVersion, termCount);
        }
        catch (ArgumentException e)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {MessageText.WithoutParameter(e)}", e);
        }
    }

    private static void WriteOptional(PayloadWriter field, StringPoolBuilder pool, string? value)
    {
        if (value is not null)
        {
            field.WriteVarInt(pool[value]);
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

    private static string[] ReadStrings(ref PayloadReader field)
    {
        var strings = new string[field.ReadCount()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = field.ReadString();
        }

        return strings;
    }

    /// <summary>
    /// Reads the terms, written depth first with their levels, in two passes over the field: the first checks every term
    /// and counts each one's subterms (from the levels), allocating nothing per term; the second builds each term with an
    /// array of the right size for its subterms, which its subterms fill as they are built. No builder, list or record per
    /// term.
    /// </summary>
    private static List<IndexTerm> ReadTerms(byte[] body, string source, string[] strings, int columns, out int count)
    {
        var field = new PayloadReader(body, source);
        count = field.ReadCount();
        var childCounts = new int[count];
        var path = new int[IndexXmlReader.MaxLevel + 1];
        var depth = 0;
        var record = default(TermRecord);
        for (var i = 0; i < count; i++)
        {
            var level = field.ReadVarInt();
            if (level > depth || level > IndexXmlReader.MaxLevel)
            {
                throw field.Malformed($"term {i} is of level {level} after a term of level {depth - 1}");
            }

            if (level > 0)
            {
                childCounts[path[level - 1]]++;
            }

            path[level] = i;
            depth = level + 1;
            ReadRecord(ref field, strings, columns, i, ref record, build: false);
        }

        if (!field.AtEnd)
        {
            throw field.Malformed("the terms field is longer than its terms");
        }

        field = new PayloadReader(body, source);
        field.ReadCount();
        var mainTerms = new List<IndexTerm>();
        var parents = new IndexTerm[IndexXmlReader.MaxLevel + 1];
        var filled = new int[IndexXmlReader.MaxLevel + 1];
        for (var i = 0; i < count; i++)
        {
            var level = field.ReadVarInt();
            ReadRecord(ref field, strings, columns, i, ref record, build: true);
            var parent = level == 0 ? null : parents[level - 1];
            var term = new IndexTerm(
                record.Title,
                record.Modifiers,
                record.ModifiersPosition,
                level,
                record.Code,
                record.PcsCodes,
                record.Manifestation,
                record.Warning,
                record.References,
                record.Cells,
                childCounts[i] == 0 ? null : new IndexTerm[childCounts[i]],
                parent);
            if (parent is null)
            {
                mainTerms.Add(term);
            }
            else
            {
                ((IndexTerm[])parent.Subterms)[filled[level - 1]++] = term;
            }

            parents[level] = term;
            filled[level] = 0;
        }

        return mainTerms;
    }

    /// <summary>Reads one term's fields after its level, checking each; allocates its cross-references and cells only when <paramref name="build"/>.</summary>
    private static void ReadRecord(ref PayloadReader field, string[] strings, int columns, int i, ref TermRecord record, bool build)
    {
        var flags = (TermFlags)field.ReadByte();
        if ((flags & ~AllFlags) != 0)
        {
            throw field.Malformed($"term {i} has unknown flags");
        }

        record.Title = String(ref field, strings);
        record.Modifiers = null;
        record.ModifiersPosition = 0;
        record.References = null;
        record.Cells = null;
        if ((flags & TermFlags.Modifiers) != 0)
        {
            record.Modifiers = String(ref field, strings);
            record.ModifiersPosition = field.ReadVarInt();
            if (record.ModifiersPosition > record.Title.Length)
            {
                throw field.Malformed($"term {i}'s modifiers stand past the end of its title");
            }
        }

        record.Code = (flags & TermFlags.Code) != 0 ? String(ref field, strings) : null;
        record.PcsCodes = (flags & TermFlags.PcsCodes) != 0 ? String(ref field, strings) : null;
        record.Manifestation = (flags & TermFlags.Manifestation) != 0 ? String(ref field, strings) : null;
        record.Warning = (flags & TermFlags.Warning) != 0 ? String(ref field, strings) : null;
        if ((flags & TermFlags.References) != 0)
        {
            var referenceCount = field.ReadCount();
            var references = build ? new CrossReference[referenceCount] : null;
            for (var r = 0; r < referenceCount; r++)
            {
                var kind = (CrossReferenceKind)field.ReadByte();
                if (kind is < CrossReferenceKind.See or > CrossReferenceKind.Use)
                {
                    throw field.Malformed($"term {i} has a cross-reference of unknown kind {(int)kind}");
                }

                var target = String(ref field, strings);
                var codes = OptionalString(ref field, strings);
                if (references is not null)
                {
                    references[r] = new CrossReference(kind, target, codes);
                }
            }

            record.References = references;
        }

        if ((flags & TermFlags.Cells) != 0)
        {
            var cellCount = field.ReadCount();
            if (cellCount != columns)
            {
                throw field.Malformed($"term {i} has {cellCount} cells in a table of {columns} columns");
            }

            var cells = build ? new string?[cellCount] : null;
            for (var c = 0; c < cellCount; c++)
            {
                var cell = OptionalString(ref field, strings);
                if (cells is not null)
                {
                    cells[c] = cell;
                }
            }

            record.Cells = cells;
        }
    }

    private static string String(ref PayloadReader field, string[] strings)
    {
        var index = field.ReadVarInt();
        return index < strings.Length ? strings[index] : throw field.Malformed($"a string index {index} is past the {strings.Length} strings");
    }

    private static string? OptionalString(ref PayloadReader field, string[] strings)
    {
        var index = field.ReadVarInt();
        return index == 0 ? null : index <= strings.Length ? strings[index - 1] : throw field.Malformed($"a string index {index - 1} is past the {strings.Length} strings");
    }
}
