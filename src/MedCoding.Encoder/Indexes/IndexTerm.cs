using System.Text;
using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// Returns one entry of an <see cref="AlphabeticIndex"/>: a main term (level 0) or a subterm at any depth, with what the
/// index gives for it (a code, an ICD-10-PCS table or partial code, a manifestation code, cross-references, or a row of
/// table cells) and its subterms.
/// </summary>
/// <remarks>
/// <para>
/// The title is kept apart from its nonessential modifiers, the parenthesized words that may be present or absent
/// without changing the code: the Alphabetic Index's <c>Diabetes, diabetic (mellitus) (sugar)</c> is <see cref="Title"/>
/// <c>Diabetes, diabetic</c> and <see cref="NonessentialModifiers"/> <c>(mellitus) (sugar)</c>.
/// </para>
/// <para>
/// Codes are kept as published: dotted ICD-10-CM codes, complete (<c>E11.65</c>) or incomplete with a final dash
/// (<c>C34.9-</c>, <c>S47.-</c>: the Tabular List completes them), 7-character ICD-10-PCS codes (<c>0QT50ZZ</c>). Check
/// them against the release in force: an index is older than the release more often than not.
/// </para>
/// <para>
/// A term is made from its index's table the first time it is asked for, and the same object is returned after that.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class IndexTerm
{
    private static readonly IReadOnlyList<string?> s_noCells = [];
    private static readonly IReadOnlyList<CrossReference> s_noReferences = [];
    private static readonly IReadOnlyList<IndexTerm> s_noTerms = [];

    private readonly AlphabeticIndex _index;
    private readonly int _number;
    private IndexTerm[]? _path;
    private IReadOnlyList<IndexTerm>? _subterms;
    private IReadOnlyList<CrossReference>? _references;
    private IReadOnlyList<string?>? _cells;

    /// <summary>Makes the term in slot <paramref name="number"/> of an index's table (<see cref="AlphabeticIndex.TermAt"/> makes each once).</summary>
    internal IndexTerm(AlphabeticIndex index, int number)
    {
        _index = index;
        _number = number;
    }

    /// <summary>Gets the title without its nonessential modifiers, e.g. <c>Diabetes, diabetic</c> or <c>vein NEC</c>; empty for a term the index gives no title (an ICD-10-PCS <c>see</c> or <c>use</c> line, a title of modifiers only).</summary>
    public string Title => Table.Text(_number, IndexTermTable.Field.Title)!;

    /// <summary>Gets the nonessential modifiers, e.g. <c>(mellitus) (sugar)</c>, or <see langword="null"/> when the title has none.</summary>
    public string? NonessentialModifiers => Table.Text(_number, IndexTermTable.Field.Modifiers);

    /// <summary>Gets the title with its nonessential modifiers in place, as the index prints it: <c>Diabetes, diabetic (mellitus) (sugar)</c>, <c>vein (peripheral) NEC</c>.</summary>
    public string TitleWithModifiers
    {
        get
        {
            var title = Title;
            if (NonessentialModifiers is not { } modifiers)
            {
                return title;
            }

            var position = Math.Min(ModifiersPosition, title.Length);
            var before = title.AsSpan(0, position).TrimEnd();
            var after = title.AsSpan(position).TrimStart();
            var text = new StringBuilder(title.Length + modifiers.Length + 2);
            text.Append(before);
            if (before.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(modifiers);
            if (after.Length > 0)
            {
                if (char.IsLetterOrDigit(after[0]) || after[0] == '(')
                {
                    text.Append(' ');
                }

                text.Append(after);
            }

            return text.ToString();
        }
    }

    /// <summary>Gets the depth: 0 for a main term, 1 for its subterms, and so on.</summary>
    public int Level => Table.Level[_number];

    /// <summary>Gets the term this one is a subterm of, or <see langword="null"/> for a main term.</summary>
    public IndexTerm? Parent => Table.Parent[_number] is var parent && parent == IndexTermTable.None ? null : _index.TermAt(parent);

    /// <summary>Gets the subterms, in index order.</summary>
    public IReadOnlyList<IndexTerm> Subterms => _subterms ??= MakeSubterms();

    /// <summary>Gets the code the index gives, as published (<c>E11.9</c>, <c>C34.9-</c>, <c>0QT50ZZ</c>), or <see langword="null"/>.</summary>
    public string? Code => Table.Text(_number, IndexTermTable.Field.Code);

    /// <summary>Gets a value indicating whether <see cref="Code"/> is incomplete: it ends with a dash, and the Tabular List gives the characters that complete it.</summary>
    public bool HasIncompleteCode => Code is { } code && code.EndsWith('-');

    /// <summary>Gets the ICD-10-PCS table or partial code the index gives (<c>&lt;codes&gt;</c> or <c>&lt;tab&gt;</c>: <c>0CTQ</c>, <c>0QB</c>), or <see langword="null"/>.</summary>
    public string? PcsCodes => Table.Text(_number, IndexTermTable.Field.PcsCodes);

    /// <summary>Gets the manifestation the index gives in brackets after the code (<c>&lt;manif&gt;</c>: <c>I43</c>), or <see langword="null"/>.</summary>
    public string? Manifestation => Table.Text(_number, IndexTermTable.Field.Manifestation);

    /// <summary>Gets a warning the index prints with the term (<c>&lt;warning&gt;</c>), or <see langword="null"/>.</summary>
    public string? Warning => Table.Text(_number, IndexTermTable.Field.Warning);

    /// <summary>Gets the cross-references (<c>see</c>, <c>see also</c>, <c>see category</c>, <c>see subcategory</c>, <c>use</c>), in index order.</summary>
    public IReadOnlyList<CrossReference> CrossReferences => _references ??= MakeReferences();

    /// <summary>
    /// Gets the row of a table index (Table of Drugs and Chemicals, Neoplasm Table): one code per column of
    /// <see cref="AlphabeticIndex.ColumnHeadings"/>, in order, <see langword="null"/> where the table has none (<c>--</c>);
    /// empty for a term without cells (every term of a plain index, a table's <c>see</c> lines).
    /// </summary>
    public IReadOnlyList<string?> Cells => _cells ??= MakeCells();

    /// <summary>Gets the terms from the main term to this one: the main term first, this term last.</summary>
    public IReadOnlyList<IndexTerm> Path
    {
        get
        {
            if (_path is { } path)
            {
                return path;
            }

            path = new IndexTerm[Level + 1];
            IndexTerm? term = this;
            for (var i = path.Length - 1; i >= 0 && term is not null; i--, term = term.Parent)
            {
                path[i] = term;
            }

            return _path = path;
        }
    }

    /// <summary>Gets the main term this term is under (itself for a main term).</summary>
    public IndexTerm MainTerm => Path[0];

    /// <summary>Gets where the nonessential modifiers stand in the published title: the number of characters of <see cref="Title"/> before them.</summary>
    internal int ModifiersPosition => Table.Get(_number, IndexTermTable.Field.ModifiersPosition);

    /// <summary>Gets the term's slot in its index's table (depth-first order).</summary>
    internal int Number => _number;

    /// <summary>Gets the index the term is in.</summary>
    internal AlphabeticIndex Index => _index;

    private IndexTermTable Table => _index.Table;

    /// <summary>Returns the path as a coder reads it, e.g. <c>Diabetes, diabetic &gt; type 2 &gt; with &gt; hyperglycemia E11.65</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var term in Path)
        {
            if (text.Length > 0)
            {
                text.Append(" > ");
            }

            text.Append(term.Title.Length > 0 ? term.Title : term.TitleWithModifiers);
        }

        if (Code is { } code)
        {
            text.Append(' ').Append(code);
        }
        else if (PcsCodes is { } pcsCodes)
        {
            text.Append(' ').Append(pcsCodes);
        }

        return text.ToString();
    }

    private IReadOnlyList<IndexTerm> MakeSubterms()
    {
        var table = Table;
        var count = table.SubtermCount(_number);
        if (count == 0)
        {
            return s_noTerms;
        }

        var subterms = new IndexTerm[count];
        var i = 0;
        for (var s = _number + 1; s < table.End[_number]; s = table.End[s])
        {
            subterms[i++] = _index.TermAt(s);
        }

        return subterms;
    }

    private IReadOnlyList<CrossReference> MakeReferences()
    {
        var table = Table;
        var first = table.ReferenceStart[_number];
        var count = table.ReferenceStart[_number + 1] - first;
        if (count == 0)
        {
            return s_noReferences;
        }

        var references = new CrossReference[count];
        for (var r = 0; r < count; r++)
        {
            var codes = table.ReferenceCodes[first + r];
            references[r] = new CrossReference(
                (CrossReferenceKind)table.ReferenceKind[first + r],
                table.Strings[table.ReferenceTarget[first + r]],
                codes == IndexTermTable.None ? null : table.Strings[codes]);
        }

        return references;
    }

    private IReadOnlyList<string?> MakeCells()
    {
        var table = Table;
        var row = table.CellRow[_number];
        if (row == IndexTermTable.None)
        {
            return s_noCells;
        }

        var cells = new string?[table.Columns];
        for (var c = 0; c < cells.Length; c++)
        {
            var id = table.Cells[(row * table.Columns) + c];
            cells[c] = id == IndexTermTable.None ? null : table.Strings[id];
        }

        return cells;
    }
}
