using MedCoding.CodeSets;
using MedCoding.Icd10Cm.OrderFiles;
using MedCoding.Icd10Cm.Tabular;

namespace MedCoding.Icd10Cm;

public sealed partial class Icd10CmRelease
{
    /// <summary>
    /// Returns the release whose official files are in a folder: the order file, and the Tabular List XML when present.
    /// </summary>
    /// <param name="directory">The folder, e.g. <c>../shared/data/icd10cm/2026</c>.</param>
    /// <param name="release">The release the files are, or <see langword="null"/> to infer it from the Tabular List's version and the order file's name.</param>
    /// <returns>The loaded release.</returns>
    /// <exception cref="DataFileException">A file is missing, malformed, or the two files disagree.</exception>
    public static Icd10CmRelease LoadFolder(string directory, Release? release = null)
    {
        var files = Icd10CmFiles.Find(directory);
        return Load(files, release);
    }

    /// <summary>
    /// Returns the release read from the files found by <see cref="Icd10CmFiles.Find"/>.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="release">The release the files are, or <see langword="null"/> to infer it.</param>
    /// <returns>The loaded release.</returns>
    /// <exception cref="DataFileException">A file is malformed, or the two files disagree.</exception>
    public static Icd10CmRelease Load(Icd10CmFiles files, Release? release = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var records = OrderFile.Read(files.OrderFilePath);
        if (files.TabularListPath is null)
        {
            return FromOrderFile(records, release ?? files.InferRelease(null), files.OrderFilePath);
        }

        var tabular = TabularListReader.Read(files.TabularListPath);
        if (release is null && tabular.Version != files.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new DataFileException(files.TabularListPath, null,
                $"The Tabular List is version {tabular.Version} but the order file {Path.GetFileName(files.OrderFilePath)} is for {files.Year}; they must be the same release.");
        }

        return FromTabularList(tabular, records, release ?? files.InferRelease(tabular.Version), files.OrderFilePath);
    }

    /// <summary>
    /// Returns a release read from an order file alone; the hierarchy is built from its headers.
    /// </summary>
    /// <param name="orderFilePath">The order file.</param>
    /// <param name="release">The release the file is.</param>
    /// <returns>The loaded release.</returns>
    /// <exception cref="DataFileException">The file is missing or malformed.</exception>
    public static Icd10CmRelease LoadOrderFile(string orderFilePath, Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return FromOrderFile(OrderFile.Read(orderFilePath), release, orderFilePath);
    }

    /// <summary>
    /// Returns a release read from an order file and the Tabular List XML of the same release.
    /// </summary>
    /// <param name="orderFilePath">The order file.</param>
    /// <param name="tabularListPath">The Tabular List XML.</param>
    /// <param name="release">The release the files are.</param>
    /// <returns>The loaded release.</returns>
    /// <exception cref="DataFileException">A file is missing or malformed, or the two disagree.</exception>
    public static Icd10CmRelease Load(string orderFilePath, string tabularListPath, Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return FromTabularList(TabularListReader.Read(tabularListPath), OrderFile.Read(orderFilePath), release, orderFilePath);
    }

    /// <summary>
    /// Builds the hierarchy from the order file alone. The file is in tabular order, so a stack of the
    /// headers above the current line gives each code's parent: the nearest header its code starts with.
    /// </summary>
    internal static Icd10CmRelease FromOrderFile(IReadOnlyList<OrderFileRecord> records, Release release, string source)
    {
        var entries = new CodeEntry[records.Count];
        var parent = new int[records.Count];
        var codes = new HashSet<string>(records.Count, StringComparer.Ordinal);
        var stack = new Stack<int>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            RequireIcd10CmShape(record, source);
            codes.Add(record.Code);
            while (stack.Count > 0 && !record.Code.StartsWith(records[stack.Peek()].Code, StringComparison.Ordinal))
            {
                stack.Pop();
            }

            parent[i] = stack.Count > 0 ? stack.Peek() : -1;
            if (parent[i] < 0 && record.Code.Length != Icd10CmCode.MinLength)
            {
                throw new DataFileException(source, record.LineNumber,
                    $"{Icd10CmCode.ToDotted(record.Code)} has no header above it: the category {record.Code[..3]} must come before it.");
            }

            // Without the Tabular List a seven-character code is taken for a 7th-character extension, whether
            // its stem needed the placeholder X (S00.00XA) or not (T36.0X1A). In FY2021 that is right for
            // 50,341 of 50,416 such codes; the 75 others (C44.1021, H54.0X33) are subcategories only the
            // Tabular List can tell apart.
            var kind = record.Code.Length == Icd10CmCode.MinLength ? EntryKind.Category
                : record.Code.Length == Icd10CmCode.MaxLength ? EntryKind.Extension
                : EntryKind.Subcategory;
            entries[i] = NewCodeEntry(record, kind, i);
            stack.Push(i);
        }

        // The stack finds the nearest header above; check it is also the longest header the code starts with.
        for (var i = 0; i < records.Count; i++)
        {
            var code = records[i].Code;
            var parentLength = parent[i] < 0 ? 0 : records[parent[i]].Code.Length;
            for (var length = Math.Max(parentLength + 1, Icd10CmCode.MinLength); length < code.Length; length++)
            {
                if (codes.Contains(code[..length]))
                {
                    throw new DataFileException(source, records[i].LineNumber,
                        $"The header {Icd10CmCode.ToDotted(code[..length])} comes after {Icd10CmCode.ToDotted(code)}; an order file lists each header before the codes below it.");
                }
            }
        }

        var notes = new InstructionalNotes[entries.Length];
        Array.Fill(notes, InstructionalNotes.Empty);
        return new Icd10CmRelease(release, hasTabularList: false, entries, parent, notes);
    }

    /// <summary>
    /// Builds the CDC's hierarchy from the Tabular List: chapter, block, category, subcategory, and the codes a
    /// 7th character creates from the nearest <c>sevenChrDef</c> (padding with the placeholder X to six
    /// characters). Codes and titles come from the order file, which must hold every code of the Tabular
    /// List and nothing more than it and its 7th characters create, in the same (tabular) order.
    /// </summary>
    internal static Icd10CmRelease FromTabularList(TabularList tabular, IReadOnlyList<OrderFileRecord> records, Release release, string orderSource)
    {
        var byCode = new Dictionary<string, OrderFileRecord>(records.Count, StringComparer.Ordinal);
        foreach (var record in records)
        {
            RequireIcd10CmShape(record, orderSource);
            byCode.Add(record.Code, record);
        }

        var builder = new TabularBuilder(tabular.SourcePath, byCode, records.Count);
        var chapterNames = new HashSet<string>(StringComparer.Ordinal);
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chapter in tabular.Chapters)
        {
            if (!chapterNames.Add(chapter.Name))
            {
                throw new DataFileException(tabular.SourcePath, chapter.LineNumber, $"Chapter {MessageText.Quote(chapter.Name)} appears twice in the Tabular List.");
            }

            var chapterIndex = builder.Add(new CodeEntry(chapter.Name, EntryKind.Chapter, false, chapter.Title, chapter.Title, builder.Count), -1, chapter.Notes);
            foreach (var section in chapter.Sections)
            {
                if (!blockIds.Add(section.Id))
                {
                    throw new DataFileException(tabular.SourcePath, section.LineNumber, $"The block {MessageText.Quote(section.Id)} appears twice in the Tabular List.");
                }

                var blockIndex = builder.Add(new CodeEntry(section.Id, EntryKind.Block, false, section.Title, section.Title, builder.Count), chapterIndex, section.Notes);
                foreach (var category in section.Diagnoses)
                {
                    builder.AddDiagnosis(category, blockIndex, EntryKind.Category, null);
                }
            }
        }

        if (builder.Used.Count != records.Count)
        {
            var missing = records.First(r => !builder.Used.Contains(r.Code));
            throw new DataFileException(orderSource, missing.LineNumber,
                $"{Icd10CmCode.ToDotted(missing.Code)} is neither in the Tabular List {Path.GetFileName(tabular.SourcePath)} nor created by one of its 7th characters; the two files must be the same release.");
        }

        // The order file is in tabular order (its order numbers say so): check that the two files agree on it,
        // as the order-only load does by requiring each header before the codes below it.
        var next = 0;
        foreach (var entry in builder.Entries)
        {
            if (!entry.IsCode)
            {
                continue;
            }

            var record = records[next++];
            if (!IsSameCode(entry.Name, record.Code))
            {
                throw new DataFileException(orderSource, record.LineNumber,
                    $"{Icd10CmCode.ToDotted(record.Code)} is out of tabular order: the Tabular List {Path.GetFileName(tabular.SourcePath)} has {entry.Name} here. An order file lists the codes in tabular order, each header before the codes below it.");
            }
        }

        return new Icd10CmRelease(release, hasTabularList: true, [.. builder.Entries], [.. builder.Parents], [.. builder.Notes]);
    }

    /// <summary>Returns whether a dotted name (<c>E11.65</c>) is an undotted code (<c>E1165</c>), without allocating.</summary>
    private static bool IsSameCode(string dotted, string undotted) =>
        dotted.Length <= Icd10CmCode.MinLength
            ? string.Equals(dotted, undotted, StringComparison.Ordinal)
            : dotted.Length == undotted.Length + 1
                && dotted.AsSpan(0, Icd10CmCode.MinLength).SequenceEqual(undotted.AsSpan(0, Icd10CmCode.MinLength))
                && dotted.AsSpan(Icd10CmCode.MinLength + 1).SequenceEqual(undotted.AsSpan(Icd10CmCode.MinLength));

    private static CodeEntry NewCodeEntry(OrderFileRecord record, EntryKind kind, int ordinal) =>
        new(Icd10CmCode.ToDotted(record.Code), kind, record.IsBillable, record.LongTitle, record.ShortTitle, ordinal);

    private static void RequireIcd10CmShape(OrderFileRecord record, string source)
    {
        if (!Icd10CmCode.TryParse(record.Code, out _, out var error))
        {
            throw new DataFileException(source, record.LineNumber, $"{MessageText.Quote(record.Code)} is not an ICD-10-CM code: {error}");
        }
    }

    private sealed class TabularBuilder(string source, Dictionary<string, OrderFileRecord> byCode, int capacity)
    {
        public List<CodeEntry> Entries { get; } = new(capacity + 400);

        public List<int> Parents { get; } = new(capacity + 400);

        public List<InstructionalNotes> Notes { get; } = new(capacity + 400);

        public HashSet<string> Used { get; } = new(capacity, StringComparer.Ordinal);

        public int Count => Entries.Count;

        public int Add(CodeEntry entry, int parent, InstructionalNotes notes)
        {
            Entries.Add(entry);
            Parents.Add(parent);
            Notes.Add(notes);
            return entry.Ordinal;
        }

        public void AddDiagnosis(TabularDiagnosis diagnosis, int parent, EntryKind kind, IReadOnlyList<SeventhCharacter>? inherited)
        {
            if (!Icd10CmCode.TryParse(diagnosis.Name, out var code, out var error))
            {
                throw new DataFileException(source, diagnosis.LineNumber, $"The <name> {MessageText.Quote(diagnosis.Name)} is not an ICD-10-CM code: {error}");
            }

            var record = Take(code.Value, diagnosis.LineNumber);
            var index = Add(NewCodeEntry(record, kind, Count), parent, diagnosis.Notes);
            var seventh = diagnosis.Notes.SeventhCharacters.Count > 0 ? diagnosis.Notes.SeventhCharacters : inherited;
            foreach (var child in diagnosis.Children)
            {
                AddDiagnosis(child, index, EntryKind.Subcategory, seventh);
            }

            if (diagnosis.Children.Count == 0 && seventh is not null && code.Length < Icd10CmCode.MaxLength)
            {
                // The 7th character goes in the 7th place: fill with the placeholder X up to six characters.
                var stem = code.Value.PadRight(Icd10CmCode.MaxLength - 1, 'X');
                foreach (var character in seventh)
                {
                    // Not every 7th character is valid for every code (S06 death codes): the order file decides.
                    if (byCode.ContainsKey(stem + character.Character))
                    {
                        Add(NewCodeEntry(Take(stem + character.Character, diagnosis.LineNumber), EntryKind.Extension, Count), index, InstructionalNotes.Empty);
                    }
                }
            }
        }

        private OrderFileRecord Take(string code, int line)
        {
            if (!byCode.TryGetValue(code, out var record))
            {
                throw new DataFileException(source, line,
                    $"{Icd10CmCode.ToDotted(code)} is in the Tabular List but not in the order file; the two files must be the same release.");
            }

            if (!Used.Add(code))
            {
                throw new DataFileException(source, line, $"{Icd10CmCode.ToDotted(code)} appears twice in the Tabular List.");
            }

            return record;
        }
    }
}
