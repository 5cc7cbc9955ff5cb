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
        while (!payload.AtEnd)
        {
            var id = (IndexFieldId)payload.ReadVarInt();
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
                    mainTerms = ReadTerms(ref field, strings ?? throw field.Malformed("the terms come before the strings"), headings?.Length ?? 0);
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
            return new AlphabeticIndex(kind, h.Release.Version, h.Title, h.FileName, headings, mainTerms.ToArray(), CompiledDataFormat.CurrentVersion);
        }
        catch (ArgumentException e)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {e.Message}", e);
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

    private static List<IndexTerm> ReadTerms(ref PayloadReader field, string[] strings, int columns)
    {
        var count = field.ReadCount();
        var mainTerms = new List<IndexTerm>();
        var open = new List<IndexTermBuilder>();
        for (var i = 0; i < count; i++)
        {
            var level = field.ReadVarInt();
            if (level > open.Count || (i == 0 && level != 0))
            {
                throw field.Malformed($"term {i} is of level {level} after a term of level {open.Count - 1}");
            }

            var flags = (TermFlags)field.ReadByte();
            if ((flags & ~AllFlags) != 0)
            {
                throw field.Malformed($"term {i} has unknown flags");
            }

            var term = new IndexTermBuilder(level) { Title = String(ref field, strings) };
            if (flags.HasFlag(TermFlags.Modifiers))
            {
                term.Modifiers = String(ref field, strings);
                term.ModifiersPosition = field.ReadVarInt();
                if (term.ModifiersPosition > term.Title.Length)
                {
                    throw field.Malformed($"term {i}'s modifiers stand past the end of its title");
                }
            }

            term.Code = flags.HasFlag(TermFlags.Code) ? String(ref field, strings) : null;
            term.PcsCodes = flags.HasFlag(TermFlags.PcsCodes) ? String(ref field, strings) : null;
            term.Manifestation = flags.HasFlag(TermFlags.Manifestation) ? String(ref field, strings) : null;
            term.Warning = flags.HasFlag(TermFlags.Warning) ? String(ref field, strings) : null;
            if (flags.HasFlag(TermFlags.References))
            {
                var references = new CrossReference[field.ReadCount()];
                for (var r = 0; r < references.Length; r++)
                {
                    var kind = (CrossReferenceKind)field.ReadByte();
                    if (!Enum.IsDefined(kind))
                    {
                        throw field.Malformed($"term {i} has a cross-reference of unknown kind {(int)kind}");
                    }

                    references[r] = new CrossReference(kind, String(ref field, strings), OptionalString(ref field, strings));
                }

                term.References = references;
            }

            if (flags.HasFlag(TermFlags.Cells))
            {
                var cells = new string?[field.ReadCount()];
                if (cells.Length != columns)
                {
                    throw field.Malformed($"term {i} has {cells.Length} cells in a table of {columns} columns");
                }

                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c] = OptionalString(ref field, strings);
                }

                term.Cells = cells;
            }

            IndexTermBuilder.Close(open, level, mainTerms);
            open.Add(term);
        }

        IndexTermBuilder.Close(open, 0, mainTerms);
        if (!field.AtEnd)
        {
            throw field.Malformed("the terms field is longer than its terms");
        }

        return mainTerms;
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
