using System.Text;

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
/// </remarks>
/// <threadsafety>Immutable and thread-safe once its index is loaded.</threadsafety>
public sealed class IndexTerm
{
    private static readonly IReadOnlyList<string?> s_noCells = [];
    private static readonly IReadOnlyList<CrossReference> s_noReferences = [];
    private static readonly IReadOnlyList<IndexTerm> s_noTerms = [];

    private IndexTerm[]? _path;

    internal IndexTerm(
        string title,
        string? nonessentialModifiers,
        int modifiersPosition,
        int level,
        string? code,
        string? pcsCodes,
        string? manifestation,
        string? warning,
        IReadOnlyList<CrossReference>? crossReferences,
        IReadOnlyList<string?>? cells,
        IReadOnlyList<IndexTerm>? subterms,
        IndexTerm? parent = null)
    {
        // Built bottom-up (the XML and CSV readers), the subterms are made first and take this term as their parent here;
        // built top-down (the compiled format), the parent is made first and the subterms, each given it, fill the array later.
        Parent = parent;
        Title = title;
        NonessentialModifiers = nonessentialModifiers;
        ModifiersPosition = nonessentialModifiers is null ? 0 : modifiersPosition;
        Level = level;
        Code = code;
        PcsCodes = pcsCodes;
        Manifestation = manifestation;
        Warning = warning;
        CrossReferences = crossReferences is { Count: > 0 } ? crossReferences : s_noReferences;
        Cells = cells is { Count: > 0 } ? cells : s_noCells;
        Subterms = subterms is { Count: > 0 } ? subterms : s_noTerms;
        foreach (var subterm in Subterms)
        {
            if (subterm is not null)
            {
                subterm.Parent = this;
            }
        }
    }

    /// <summary>Gets the title without its nonessential modifiers, e.g. <c>Diabetes, diabetic</c> or <c>vein NEC</c>; empty for a term the index gives no title (an ICD-10-PCS <c>see</c> or <c>use</c> line, a title of modifiers only).</summary>
    public string Title { get; }

    /// <summary>Gets the nonessential modifiers, e.g. <c>(mellitus) (sugar)</c>, or <see langword="null"/> when the title has none.</summary>
    public string? NonessentialModifiers { get; }

    /// <summary>Gets the title with its nonessential modifiers in place, as the index prints it: <c>Diabetes, diabetic (mellitus) (sugar)</c>, <c>vein (peripheral) NEC</c>.</summary>
    public string TitleWithModifiers
    {
        get
        {
            if (NonessentialModifiers is null)
            {
                return Title;
            }

            var before = Title.AsSpan(0, ModifiersPosition).TrimEnd();
            var after = Title.AsSpan(ModifiersPosition).TrimStart();
            var text = new StringBuilder(Title.Length + NonessentialModifiers.Length + 2);
            text.Append(before);
            if (before.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(NonessentialModifiers);
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
    public int Level { get; }

    /// <summary>Gets the term this one is a subterm of, or <see langword="null"/> for a main term.</summary>
    public IndexTerm? Parent { get; private set; }

    /// <summary>Gets the subterms, in index order.</summary>
    public IReadOnlyList<IndexTerm> Subterms { get; }

    /// <summary>Gets the code the index gives, as published (<c>E11.9</c>, <c>C34.9-</c>, <c>0QT50ZZ</c>), or <see langword="null"/>.</summary>
    public string? Code { get; }

    /// <summary>Gets a value indicating whether <see cref="Code"/> is incomplete: it ends with a dash, and the Tabular List gives the characters that complete it.</summary>
    public bool HasIncompleteCode => Code is not null && Code.EndsWith('-');

    /// <summary>Gets the ICD-10-PCS table or partial code the index gives (<c>&lt;codes&gt;</c> or <c>&lt;tab&gt;</c>: <c>0CTQ</c>, <c>0QB</c>), or <see langword="null"/>.</summary>
    public string? PcsCodes { get; }

    /// <summary>Gets the manifestation the index gives in brackets after the code (<c>&lt;manif&gt;</c>: <c>I43</c>), or <see langword="null"/>.</summary>
    public string? Manifestation { get; }

    /// <summary>Gets a warning the index prints with the term (<c>&lt;warning&gt;</c>), or <see langword="null"/>.</summary>
    public string? Warning { get; }

    /// <summary>Gets the cross-references (<c>see</c>, <c>see also</c>, <c>see category</c>, <c>see subcategory</c>, <c>use</c>), in index order.</summary>
    public IReadOnlyList<CrossReference> CrossReferences { get; }

    /// <summary>
    /// Gets the row of a table index (Table of Drugs and Chemicals, Neoplasm Table): one code per column of
    /// <see cref="AlphabeticIndex.ColumnHeadings"/>, in order, <see langword="null"/> where the table has none (<c>--</c>);
    /// empty for a term without cells (every term of a plain index, a table's <c>see</c> lines).
    /// </summary>
    public IReadOnlyList<string?> Cells { get; }

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
            for (var i = Level; i >= 0 && term is not null; i--, term = term.Parent)
            {
                path[i] = term;
            }

            return _path = path;
        }
    }

    /// <summary>Gets the main term this term is under (itself for a main term).</summary>
    public IndexTerm MainTerm => Path[0];

    /// <summary>Gets where the nonessential modifiers stand in the published title: the number of characters of <see cref="Title"/> before them.</summary>
    internal int ModifiersPosition { get; }

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

        if (Code is not null)
        {
            text.Append(' ').Append(Code);
        }
        else if (PcsCodes is not null)
        {
            text.Append(' ').Append(PcsCodes);
        }

        return text.ToString();
    }
}
