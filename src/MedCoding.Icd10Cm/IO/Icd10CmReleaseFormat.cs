using MedCoding.CodeSets.IO;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Icd10Cm.IO;

/// <summary>
/// Writes and reads one ICD-10-CM release in the compiled format (format version 1): the fields
/// <see cref="FieldId.Release"/>, <see cref="FieldId.StringPool"/>, <see cref="FieldId.Entries"/>,
/// <see cref="FieldId.Notes"/> and <see cref="FieldId.Titles"/>, in that order, inside the envelope of
/// <see cref="CompiledDataFormat"/>. The reader leaves the titles compressed until a title is first read.
/// </summary>
internal static class Icd10CmReleaseFormat
{
    private const byte KindMask = 0x07;
    private const byte BillableFlag = 0x08;
    private const byte ShortTitleIsTitleFlag = 0x10;
    private const byte HasTabularListFlag = 0x01;

    public static void Write(Icd10CmRelease release, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var entries = release.EntryArray;
        var parents = release.ParentArray;
        var notes = release.NoteArray;
        var pool = new StringPoolBuilder();
        var titles = new StringPoolBuilder();

        var releaseField = new PayloadWriter(256);
        releaseField.WriteVarInt((int)release.Release.System);
        releaseField.WriteString(release.Release.Version);
        releaseField.WriteString(release.Release.Name);
        releaseField.WriteVarInt(release.Release.EffectiveFrom.DayNumber);
        releaseField.WriteVarInt(release.Release.EffectiveThrough.DayNumber);
        releaseField.WriteByte(release.HasTabularList ? HasTabularListFlag : (byte)0);

        // Titles go to a pool of their own, the last field, so that a reader can leave them compressed until used.
        for (var i = 0; i < entries.Length; i++)
        {
            _ = titles[entries[i].Title];
            _ = titles[entries[i].ShortTitle];
        }

        var entryField = new PayloadWriter(entries.Length * 8);
        entryField.WriteVarInt(entries.Length);
        entryField.WriteVarInt(titles.Count);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var shortIsTitle = string.Equals(entry.ShortTitle, entry.Title, StringComparison.Ordinal);
            entryField.WriteByte((byte)((byte)entry.Kind | (entry.IsBillable ? BillableFlag : 0) | (shortIsTitle ? ShortTitleIsTitleFlag : 0)));
            // Codes are stored undotted, the key lookups use; chapters and blocks by name.
            entryField.WriteVarInt(pool[entry.IsCode && entry.Name.Length > Icd10CmCode.MinLength ? entry.Name.Remove(Icd10CmCode.MinLength, 1) : entry.Name]);
            entryField.WriteVarInt(titles[entry.Title]);
            if (!shortIsTitle)
            {
                entryField.WriteVarInt(titles[entry.ShortTitle]);
            }

            // Entries are in tabular (pre-)order, so a parent always comes before its children: store the distance back, 0 for a root.
            entryField.WriteVarInt(parents[i] < 0 ? 0 : i - parents[i]);
        }

        var notesField = new PayloadWriter();
        var noted = 0;
        for (var i = 0; i < notes.Length; i++)
        {
            noted += notes[i].IsEmpty ? 0 : 1;
        }

        notesField.WriteVarInt(noted);
        var previous = -1;
        for (var i = 0; i < notes.Length; i++)
        {
            var entryNotes = notes[i];
            if (entryNotes.IsEmpty)
            {
                continue;
            }

            notesField.WriteVarInt(i - previous - 1);
            previous = i;
            notesField.WriteVarInt(entryNotes.Notes.Count);
            foreach (var note in entryNotes.Notes)
            {
                notesField.WriteByte((byte)note.Kind);
                notesField.WriteVarInt(pool[note.Text]);
            }

            notesField.WriteVarInt(entryNotes.SeventhCharacters.Count);
            foreach (var seventh in entryNotes.SeventhCharacters)
            {
                notesField.WriteVarInt(seventh.Character);
                notesField.WriteVarInt(pool[seventh.Meaning]);
                notesField.WriteVarInt(seventh.Notes.Count);
                foreach (var text in seventh.Notes)
                {
                    notesField.WriteVarInt(pool[text]);
                }
            }
        }

        var poolField = new PayloadWriter(entries.Length * 16);
        pool.WriteTo(poolField);
        var titlesField = new PayloadWriter(entries.Length * 128);
        titles.WriteTo(titlesField);

        var payload = new PayloadWriter(releaseField.Length + poolField.Length + entryField.Length + notesField.Length + titlesField.Length + 32);
        payload.WriteField((int)FieldId.Release, releaseField);
        payload.WriteField((int)FieldId.StringPool, poolField);
        payload.WriteField((int)FieldId.Entries, entryField);
        payload.WriteField((int)FieldId.Notes, notesField);
        payload.WriteField((int)FieldId.Titles, titlesField);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static Icd10CmRelease Read(Stream input, string source)
    {
        var payload = CompiledDataFormat.OpenPayload(input, source);
        var keepOpen = false;
        try
        {
            Release? release = null;
            var hasTabularList = false;
            StringPool? pool = null;
            CompiledEntries? entries = null;
            int[]? parents = null;
            InstructionalNotes[]? notes = null;
            var titles = new DeferredStringPool(source);
            while (!payload.AtEnd)
            {
                var id = (FieldId)payload.ReadFieldId();
                var length = payload.ReadVarInt();
                if (id == FieldId.Titles)
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
                    case FieldId.Release:
                        (release, hasTabularList) = ReadRelease(ref field);
                        break;
                    case FieldId.StringPool:
                        pool = StringPool.Read(ref field, body, 0);
                        break;
                    case FieldId.Entries:
                        (entries, parents) = ReadEntries(ref field, pool ?? throw field.Malformed("the entries come before the string pool"), titles);
                        break;
                    case FieldId.Notes:
                        notes = ReadNotes(ref field, pool ?? throw field.Malformed("the notes come before the string pool"), entries?.Count ?? throw field.Malformed("the notes come before the entries"));
                        break;
                    default:
                        // A field from a later writer: older readers skip what they do not know.
                        break;
                }
            }

            if (release is null || entries is null || parents is null)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {(release is null ? "release" : "entries")} field.");
            }

            if (!keepOpen)
            {
                payload.CheckAtEnd();
                if (titles.ExpectedCount > 0)
                {
                    throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the titles field.");
                }
            }

            if (notes is null)
            {
                notes = new InstructionalNotes[entries.Count];
                Array.Fill(notes, InstructionalNotes.Empty);
            }

            try
            {
                return new Icd10CmRelease(release, hasTabularList, entries, entries.Kinds, entries.Billable, entries.Pool.Payload, entries.KeyStart, entries.KeyLength, parents, notes)
                {
                    CompiledFormatVersion = CompiledDataFormat.CurrentVersion,
                };
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

    private static (Release Release, bool HasTabularList) ReadRelease(ref PayloadReader field)
    {
        var system = (CodeSystem)field.ReadVarInt();
        var version = field.ReadString();
        var name = field.ReadString();
        var from = field.ReadVarInt();
        var through = field.ReadVarInt();
        var flags = field.ReadByte();
        if (!Enum.IsDefined(system) || from > DateOnly.MaxValue.DayNumber || through > DateOnly.MaxValue.DayNumber || through < from || string.IsNullOrWhiteSpace(version))
        {
            throw field.Malformed("the release field is not valid");
        }

        return (new Release(system, version, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(through), name), (flags & HasTabularListFlag) != 0);
    }

    private static (CompiledEntries Entries, int[] Parents) ReadEntries(ref PayloadReader field, StringPool pool, DeferredStringPool titles)
    {
        var count = field.ReadCount();
        titles.ExpectedCount = field.ReadVarInt();
        var entries = new CompiledEntries(count, pool, titles);
        var parents = new int[count];
        var kinds = entries.Kinds;
        var billable = entries.Billable;
        var names = entries.Names;
        var keyStart = entries.KeyStart;
        var keyLength = entries.KeyLength;
        var titleIndexes = entries.Titles;
        var shortTitleIndexes = entries.ShortTitles;
        for (var i = 0; i < count; i++)
        {
            var flags = field.ReadByte();
            var kind = (EntryKind)(flags & KindMask);
            if (kind is < EntryKind.Chapter or > EntryKind.Extension)
            {
                throw field.Malformed($"entry {i} has the unknown kind {(int)kind}");
            }

            var name = PooledIndex(ref field, pool);
            var nameLength = pool.LengthOf(name);
            if (nameLength is 0 or > byte.MaxValue)
            {
                throw field.Malformed($"entry {i} has no name or a name that is too long");
            }

            // Titles are decoded on first use: the release is ready for lookups without building ~200,000 title strings.
            var title = TitleIndex(ref field, titles);
            var shortTitle = (flags & ShortTitleIsTitleFlag) != 0 ? title : TitleIndex(ref field, titles);
            var back = field.ReadVarInt();
            if (back > i)
            {
                throw field.Malformed($"entry {i} ({pool.GetText(name)}) names a parent before the first entry");
            }

            parents[i] = back == 0 ? -1 : i - back;
            kinds[i] = (byte)kind;
            billable[i] = (flags & BillableFlag) != 0 ? (byte)1 : (byte)0;
            names[i] = name;
            keyStart[i] = pool.StartOf(name);
            keyLength[i] = (byte)nameLength;
            titleIndexes[i] = title;
            shortTitleIndexes[i] = shortTitle;
        }

        return (entries, parents);
    }

    private static InstructionalNotes[] ReadNotes(ref PayloadReader field, StringPool pool, int entryCount)
    {
        var notes = new InstructionalNotes[entryCount];
        Array.Fill(notes, InstructionalNotes.Empty);
        var count = field.ReadCount();
        var index = -1;
        for (var n = 0; n < count; n++)
        {
            index += field.ReadVarInt() + 1;
            if (index >= entryCount)
            {
                throw field.Malformed("a note belongs to an entry past the last");
            }

            var list = new Note[field.ReadCount()];
            for (var i = 0; i < list.Length; i++)
            {
                var kind = (NoteKind)field.ReadByte();
                if (kind is < NoteKind.InclusionTerm or > NoteKind.SevenCharacterNote)
                {
                    throw field.Malformed($"a note has the unknown kind {(int)kind}");
                }

                list[i] = new Note(kind, Pooled(ref field, pool));
            }

            var seventh = new SeventhCharacter[field.ReadCount()];
            for (var i = 0; i < seventh.Length; i++)
            {
                var character = field.ReadVarInt();
                if (character > char.MaxValue)
                {
                    throw field.Malformed("a 7th character is not a character");
                }

                var meaning = Pooled(ref field, pool);
                var terms = new string[field.ReadCount()];
                for (var t = 0; t < terms.Length; t++)
                {
                    terms[t] = Pooled(ref field, pool);
                }

                seventh[i] = new SeventhCharacter((char)character, meaning, terms);
            }

            notes[index] = new InstructionalNotes(list, seventh);
        }

        return notes;
    }

    private static string Pooled(ref PayloadReader field, StringPool pool) => pool.GetText(PooledIndex(ref field, pool));

    private static int TitleIndex(ref PayloadReader field, DeferredStringPool titles)
    {
        var index = field.ReadVarInt();
        return index < titles.ExpectedCount ? index : throw field.Malformed($"title {index} is not in the pool of {titles.ExpectedCount}");
    }

    private static int PooledIndex(ref PayloadReader field, StringPool pool)
    {
        var index = field.ReadVarInt();
        return index < pool.Count ? index : throw field.Malformed($"string {index} is not in the pool of {pool.Count}");
    }
}

/// <summary>
/// The entries of a compiled file as flat arrays, each <see cref="CodeEntry"/> created when first used: loading does no
/// per-entry allocation.
/// </summary>
/// <threadsafety>Immutable once read and thread-safe.</threadsafety>
internal sealed class CompiledEntries(int count, StringPool pool, DeferredStringPool titles) : IEntryFactory
{
    public int Count => count;

    public StringPool Pool => pool;

    public byte[] Kinds { get; } = new byte[count];

    public byte[] Billable { get; } = new byte[count];

    public int[] Names { get; } = new int[count];

    public int[] KeyStart { get; } = new int[count];

    public byte[] KeyLength { get; } = new byte[count];

    public int[] Titles { get; } = new int[count];

    public int[] ShortTitles { get; } = new int[count];

    public CodeEntry Create(int index) =>
        new(pool.GetText(Names[index]), (EntryKind)Kinds[index], Billable[index] != 0, titles, Titles[index], ShortTitles[index], index);
}
