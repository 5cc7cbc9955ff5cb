namespace MedCoding.Encoder.IO;

/// <summary>
/// The terms of an index laid out depth first in arrays, one slot per term: what an <see cref="AlphabeticIndex"/> keeps.
/// An <see cref="IndexTerm"/> is made from its slot the first time it is asked for; the search reads the arrays and
/// makes none.
/// </summary>
/// <remarks>
/// Term <c>t</c>'s subterms are the terms from <c>t + 1</c> to <c>End[t]</c> whose parent is <c>t</c>; every text is a
/// number in <see cref="Strings"/>, <see cref="None"/> where the term has none. The arrays are filled once, by
/// <see cref="Builder"/>, and never written after.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class IndexTermTable
{
    /// <summary>The number standing for "no string" and "no term".</summary>
    public const int None = -1;

    /// <summary>Initializes a table from its columns, which the caller has checked (<see cref="Builder"/>, or the compiled reader).</summary>
    internal IndexTermTable(
        IndexStrings strings,
        int columns,
        ByteColumn level,
        Int32Column parent,
        Int32Column end,
        Int32Column fields,
        Int32Column referenceStart,
        ByteColumn referenceKind,
        Int32Column referenceTarget,
        Int32Column referenceCodes,
        Int32Column cellRow,
        Int32Column cells,
        Int32Column mainTerms)
    {
        Strings = strings;
        Columns = columns;
        Level = level;
        Parent = parent;
        End = end;
        Fields = fields;
        ReferenceStart = referenceStart;
        ReferenceKind = referenceKind;
        ReferenceTarget = referenceTarget;
        ReferenceCodes = referenceCodes;
        CellRow = cellRow;
        Cells = cells;
        MainTerms = mainTerms;
    }

    /// <summary>The fields of a term, <see cref="FieldCount"/> per term in <see cref="Fields"/>, each a string number or <see cref="None"/> (the position: a number of characters).</summary>
    public enum Field
    {
        /// <summary>The title without its nonessential modifiers.</summary>
        Title = 0,

        /// <summary>The nonessential modifiers.</summary>
        Modifiers = 1,

        /// <summary>Where the modifiers stand in the title (characters before them; 0 without modifiers).</summary>
        ModifiersPosition = 2,

        /// <summary>The ICD-10-CM or ICD-10-PCS code.</summary>
        Code = 3,

        /// <summary>The ICD-10-PCS table or partial code.</summary>
        PcsCodes = 4,

        /// <summary>The manifestation code.</summary>
        Manifestation = 5,

        /// <summary>The warning.</summary>
        Warning = 6,
    }

    /// <summary>The number of fields per term.</summary>
    public const int FieldCount = 7;

    /// <summary>Gets the strings the terms name by number.</summary>
    public IndexStrings Strings { get; }

    /// <summary>Gets the number of terms.</summary>
    public int Count => Level.Length;

    /// <summary>Gets the number of code columns of a table (0 for a plain index).</summary>
    public int Columns { get; }

    /// <summary>Gets each term's depth (0 for a main term).</summary>
    public ByteColumn Level { get; }

    /// <summary>Gets each term's parent, <see cref="None"/> for a main term.</summary>
    public Int32Column Parent { get; }

    /// <summary>Gets, for each term, the number of the first term after its last subterm (at any depth).</summary>
    public Int32Column End { get; }

    /// <summary>Gets the terms' fields, <see cref="FieldCount"/> per term, in <see cref="Field"/> order.</summary>
    public Int32Column Fields { get; }

    /// <summary>Gets where each term's cross-references start in the reference arrays (one more than <see cref="Count"/>).</summary>
    public Int32Column ReferenceStart { get; }

    /// <summary>Gets each cross-reference's kind.</summary>
    public ByteColumn ReferenceKind { get; }

    /// <summary>Gets each cross-reference's target (a string number).</summary>
    public Int32Column ReferenceTarget { get; }

    /// <summary>Gets each cross-reference's ICD-10-PCS codes (a string number) or <see cref="None"/>.</summary>
    public Int32Column ReferenceCodes { get; }

    /// <summary>Gets each term's row of cells, <see cref="None"/> for a term without cells.</summary>
    public Int32Column CellRow { get; }

    /// <summary>Gets the cells, <see cref="Columns"/> per row: a code's string number, or <see cref="None"/> where the table has none.</summary>
    public Int32Column Cells { get; }

    /// <summary>Gets the main terms' numbers, in index order.</summary>
    public Int32Column MainTerms { get; }

    /// <summary>Returns one field of a term.</summary>
    public int Get(int term, Field field) => Fields[(term * FieldCount) + (int)field];

    /// <summary>Returns one field of a term as a string, or <see langword="null"/>.</summary>
    public string? Text(int term, Field field)
    {
        var id = Fields[(term * FieldCount) + (int)field];
        return id == None ? null : Strings[id];
    }

    /// <summary>Returns the number of subterms of a term.</summary>
    public int SubtermCount(int term)
    {
        var count = 0;
        for (var s = term + 1; s < End[term]; s = End[s])
        {
            count++;
        }

        return count;
    }

    /// <summary>Lays out a tree of terms, read from an official file, depth first; strings numbered in order of first use.</summary>
    /// <param name="mainTerms">The main terms with their subterms.</param>
    /// <param name="columns">The number of code columns of a table, 0 for a plain index.</param>
    /// <returns>The table.</returns>
    public static IndexTermTable FromTree(IReadOnlyList<IndexTermNode> mainTerms, int columns)
    {
        var count = 0;
        var stack = new Stack<IndexTermNode>();
        foreach (var main in mainTerms)
        {
            stack.Push(main);
        }

        while (stack.Count > 0)
        {
            count++;
            foreach (var subterm in stack.Pop().Subterms ?? [])
            {
                stack.Push(subterm);
            }
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Number(string? text)
        {
            if (text is null)
            {
                return None;
            }

            if (!numbers.TryGetValue(text, out var id))
            {
                id = strings.Count;
                numbers.Add(text, id);
                strings.Add(text);
            }

            return id;
        }

        var builder = new Builder(count, columns);
        void Add(IndexTermNode node, int level)
        {
            builder.Add(level, Number(node.Title), Number(node.Modifiers), node.ModifiersPosition, Number(node.Code), Number(node.PcsCodes), Number(node.Manifestation), Number(node.Warning));
            foreach (var reference in node.References ?? [])
            {
                builder.AddReference(reference.Kind, Number(reference.Target), Number(reference.Codes));
            }

            if (node.Cells is { } cells)
            {
                Span<int> row = stackalloc int[cells.Length];
                for (var c = 0; c < cells.Length; c++)
                {
                    row[c] = Number(cells[c]);
                }

                builder.AddCells(row);
            }

            foreach (var subterm in node.Subterms ?? [])
            {
                Add(subterm, level + 1);
            }
        }

        foreach (var main in mainTerms)
        {
            Add(main, 0);
        }

        return builder.Build(new IndexStrings([.. strings]));
    }

    /// <summary>Fills a table term by term, depth first: each term with its level, then its cross-references and cells.</summary>
    internal sealed class Builder
    {
        private readonly int _columns;
        private readonly byte[] _level;
        private readonly int[] _fields;
        private readonly int[] _referenceStart;
        private readonly int[] _cellRow;
        private readonly List<byte> _referenceKind = [];
        private readonly List<int> _referenceTarget = [];
        private readonly List<int> _referenceCodes = [];
        private readonly List<int> _cells = [];
        private int _count;

        /// <summary>Makes a builder for a known number of terms.</summary>
        public Builder(int count, int columns)
        {
            _columns = columns;
            _level = new byte[count];
            _fields = new int[count * FieldCount];
            _referenceStart = new int[count + 1];
            _cellRow = new int[count];
        }

        /// <summary>Adds the next term, depth first; the level was checked by the reader (at most one deeper than the term before).</summary>
        public void Add(int level, int title, int modifiers, int modifiersPosition, int code, int pcsCodes, int manifestation, int warning)
        {
            var t = _count++;
            _level[t] = checked((byte)level);
            var f = _fields.AsSpan(t * FieldCount, FieldCount);
            f[(int)Field.Title] = title;
            f[(int)Field.Modifiers] = modifiers;
            f[(int)Field.ModifiersPosition] = modifiers == None ? 0 : modifiersPosition;
            f[(int)Field.Code] = code;
            f[(int)Field.PcsCodes] = pcsCodes;
            f[(int)Field.Manifestation] = manifestation;
            f[(int)Field.Warning] = warning;
            _referenceStart[t + 1] = _referenceKind.Count;
            _cellRow[t] = None;
        }

        /// <summary>Adds a cross-reference to the last term.</summary>
        public void AddReference(CrossReferenceKind kind, int target, int codes)
        {
            _referenceKind.Add((byte)kind);
            _referenceTarget.Add(target);
            _referenceCodes.Add(codes);
            _referenceStart[_count] = _referenceKind.Count;
        }

        /// <summary>Gives the last term its row of cells (<see cref="Columns"/> of them).</summary>
        public void AddCells(ReadOnlySpan<int> row)
        {
            _cellRow[_count - 1] = _cells.Count / Math.Max(1, _columns);
            foreach (var cell in row)
            {
                _cells.Add(cell);
            }
        }

        /// <summary>Builds the table: parents and subtree ends from the levels.</summary>
        public IndexTermTable Build(IndexStrings strings)
        {
            if (_count != _level.Length)
            {
                throw new InvalidOperationException($"{_count} terms were added to a table of {_level.Length}.");
            }

            var parent = new int[_count];
            var end = new int[_count];
            var open = new int[byte.MaxValue + 1];
            var depth = 0;
            var mainTerms = new List<int>();
            for (var t = 0; t < _count; t++)
            {
                var level = _level[t];
                while (depth > level)
                {
                    end[open[--depth]] = t;
                }

                parent[t] = level == 0 ? None : open[level - 1];
                if (level == 0)
                {
                    mainTerms.Add(t);
                }

                open[depth++] = t;
            }

            while (depth > 0)
            {
                end[open[--depth]] = _count;
            }

            return new IndexTermTable(
                strings,
                _columns,
                new ByteColumn(_level),
                new Int32Column(parent),
                new Int32Column(end),
                new Int32Column(_fields),
                new Int32Column(_referenceStart),
                new ByteColumn(_referenceKind.ToArray()),
                new Int32Column([.. _referenceTarget]),
                new Int32Column([.. _referenceCodes]),
                new Int32Column(_cellRow),
                new Int32Column([.. _cells]),
                new Int32Column([.. mainTerms]));
        }
    }
}
