using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Reads an index's terms table from its compiled field (<see cref="IndexFieldId.TermTable"/>, written by
/// <see cref="IndexFormat"/>): four counts, then eleven little-endian blocks that become the table's columns in place.
/// </summary>
/// <remarks>
/// Every number is checked before the table is made, so that no later read goes astray: each level at most one deeper
/// than the term before, each parent, subtree end and main term the ones the levels give, every string number within
/// the strings, every cross-reference kind known, the cross-reference starts rising to their count, each row of cells
/// the next one, each modifiers position within its title.
/// </remarks>
internal static class IndexTermTableFormat
{
    public static IndexTermTable Read(ReadOnlyMemory<byte> body, IndexStrings strings, int columns, string source)
    {
        var field = new PayloadReader(body.Span, source);
        var count = field.ReadCount();
        var references = field.ReadCount();
        var rows = field.ReadCount();
        var mains = field.ReadCount();
        if (rows > 0 && columns == 0)
        {
            throw field.Malformed($"the terms have {rows} rows of cells in an index without columns");
        }

        (string What, long Length)[] layout =
        [
            ("levels", count), ("parents", 4L * count), ("subtree ends", 4L * count), ("fields", 4L * count * IndexTermTable.FieldCount),
            ("cross-reference starts", 4L * (count + 1)), ("cross-reference kinds", references), ("cross-reference targets", 4L * references),
            ("cross-reference codes", 4L * references), ("rows of cells", 4L * count), ("cells", 4L * rows * columns), ("main terms", 4L * mains),
        ];
        var blocks = new ReadOnlyMemory<byte>[layout.Length];
        for (var b = 0; b < layout.Length; b++)
        {
            blocks[b] = BlockFormat.Read(ref field, body, layout[b].Length, $"terms' {layout[b].What}");
        }

        if (!field.AtEnd)
        {
            throw field.Malformed("the terms field is longer than its content");
        }

        var table = new IndexTermTable(
            strings,
            columns,
            new ByteColumn(blocks[0]),
            new Int32Column(blocks[1]),
            new Int32Column(blocks[2]),
            new Int32Column(blocks[3]),
            new Int32Column(blocks[4]),
            new ByteColumn(blocks[5]),
            new Int32Column(blocks[6]),
            new Int32Column(blocks[7]),
            new Int32Column(blocks[8]),
            new Int32Column(blocks[9]),
            new Int32Column(blocks[10]));
        Check(blocks, table.Strings, table.Count, rows, source);
        return table;
    }

    /// <summary>Checks the blocks, read as spans (the table's columns are for reading a term here and there).</summary>
    private static void Check(ReadOnlyMemory<byte>[] blocks, IndexStrings strings, int count, int rows, string source)
    {
        var levels = blocks[0].Span;
        var parents = blocks[1].Span;
        var ends = blocks[2].Span;
        var fields = blocks[3].Span;
        var referenceStarts = blocks[4].Span;
        var referenceKinds = blocks[5].Span;
        var referenceTargets = blocks[6].Span;
        var referenceCodes = blocks[7].Span;
        var cellRows = blocks[8].Span;
        var cells = blocks[9].Span;
        var mainTerms = blocks[10].Span;
        var stringCount = strings.Count;
        var mainCount = mainTerms.Length / sizeof(int);
        Span<int> open = stackalloc int[IndexXmlReader.MaxLevel + 1];
        var depth = 0;
        var main = 0;
        var nextRow = 0;
        for (var t = 0; t < count; t++)
        {
            int level = levels[t];
            if (level > depth || level > IndexXmlReader.MaxLevel)
            {
                throw Malformed(source, $"term {t} is of level {level} after a term of level {depth - 1}");
            }

            while (depth > level)
            {
                Expect(BlockFormat.Int32At(ends, open[--depth]) == t, source, t, "a subtree end");
            }

            Expect(BlockFormat.Int32At(parents, t) == (level == 0 ? IndexTermTable.None : open[level - 1]), source, t, "its parent");
            if (level == 0)
            {
                Expect(main < mainCount && BlockFormat.Int32At(mainTerms, main++) == t, source, t, "the main terms");
            }

            open[depth++] = t;
            var f = t * IndexTermTable.FieldCount;
            var title = BlockFormat.Int32At(fields, f + (int)IndexTermTable.Field.Title);
            var modifiers = BlockFormat.Int32At(fields, f + (int)IndexTermTable.Field.Modifiers);
            var position = BlockFormat.Int32At(fields, f + (int)IndexTermTable.Field.ModifiersPosition);
            Expect((uint)title < (uint)stringCount, source, t, "its title");
            Expect(modifiers == IndexTermTable.None ? position == 0 : (uint)modifiers < (uint)stringCount && position >= 0 && position <= strings.ByteLengthOf(title), source, t, "its modifiers");
            for (var code = (int)IndexTermTable.Field.Code; code <= (int)IndexTermTable.Field.Warning; code++)
            {
                Expect(IsOptionalString(BlockFormat.Int32At(fields, f + code), stringCount), source, t, "its codes");
            }

            Expect(BlockFormat.Int32At(referenceStarts, t + 1) >= BlockFormat.Int32At(referenceStarts, t) && (t > 0 || BlockFormat.Int32At(referenceStarts, 0) == 0), source, t, "its cross-references");
            var row = BlockFormat.Int32At(cellRows, t);
            Expect(row == IndexTermTable.None || row == nextRow++, source, t, "its row of cells");
        }

        while (depth > 0)
        {
            Expect(BlockFormat.Int32At(ends, open[--depth]) == count, source, count, "a subtree end");
        }

        Expect(main == mainCount && nextRow == rows && BlockFormat.Int32At(referenceStarts, count) == referenceKinds.Length, source, count, "the counts");
        for (var r = 0; r < referenceKinds.Length; r++)
        {
            var kind = (CrossReferenceKind)referenceKinds[r];
            if (kind is < CrossReferenceKind.See or > CrossReferenceKind.Use || (uint)BlockFormat.Int32At(referenceTargets, r) >= (uint)stringCount || !IsOptionalString(BlockFormat.Int32At(referenceCodes, r), stringCount))
            {
                throw Malformed(source, $"cross-reference {r} is of an unknown kind or names a string past the {stringCount} strings");
            }
        }

        for (var c = 0; c < cells.Length / sizeof(int); c++)
        {
            if (!IsOptionalString(BlockFormat.Int32At(cells, c), stringCount))
            {
                throw Malformed(source, $"cell {c} names a string past the {stringCount} strings");
            }
        }
    }

    private static bool IsOptionalString(int id, int strings) => id == IndexTermTable.None || (uint)id < (uint)strings;

    private static void Expect(bool condition, string source, int term, string what)
    {
        if (!condition)
        {
            throw Malformed(source, $"term {term} does not agree with {what}");
        }
    }

    private static CompiledDataException Malformed(string source, string problem) => new(CompiledDataProblem.Malformed, $"{source} is malformed: {problem}.");
}
