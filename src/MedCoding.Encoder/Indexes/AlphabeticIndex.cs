using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// Returns one of the coder's indexes, whole: the ICD-10-CM Alphabetic Index, External Cause Index, Table of Drugs and
/// Chemicals or Neoplasm Table, or the ICD-10-PCS Index, as CDC and CMS publish it. Walk it as a coder does: a main term
/// (<see cref="GetMainTerm(string)"/>), its subterms at any depth, the code, table or cells they give, and the
/// cross-references they make (<see cref="Resolve(CrossReference)"/>, <see cref="Follow(IndexTerm)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Read one from the official file with <see cref="Load(string, IndexKind)"/> (XML, or CMS's CSV of the Table of Drugs),
/// or from the compiled format with <see cref="FromStream(Stream)"/> / <see cref="FromFile(string)"/>; the package
/// <c>MedCoding.Data.Indexes</c> embeds the newest of each (<c>IndexData</c>).
/// </para>
/// <para>
/// An index is older than the release in force more often than not (the newest Alphabetic Index here is FY2017's): check
/// every code it gives against the release in force before using it.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed partial class AlphabeticIndex
{
    private IndexTerm?[]? _terms;
    private TitleLookup? _lookup;
    private SearchSegment? _segment;

    internal AlphabeticIndex(
        IndexKind kind,
        string version,
        string? title,
        string sourceFileName,
        IReadOnlyList<string> columnHeadings,
        IndexTermTable table,
        int? compiledFormatVersion = null,
        SearchSegment? segment = null)
    {
        Kind = kind;
        Version = version;
        Title = title;
        SourceFileName = sourceFileName;
        ColumnHeadings = columnHeadings;
        Table = table;
        CompiledFormatVersion = compiledFormatVersion;
        Release = ReleaseOf(kind, version);
        _segment = segment;
        MainTerms = new TermList(this, table.MainTerms);
    }

    /// <summary>Gets which index this is.</summary>
    public IndexKind Kind { get; }

    /// <summary>Gets the version: the fiscal year of the file (<c>2017</c>, <c>2023</c>, <c>2025</c>) or the year and month of a mid-year update (<c>2025-04</c>).</summary>
    public string Version { get; }

    /// <summary>Gets the release this index belongs to, with the dates that release is in force, e.g. <c>ICD-10-CM Index FY2017</c>.</summary>
    public Release Release { get; }

    /// <summary>Gets the index's own title as the file gives it (<c>2025 ICD-10-PCS Index</c>), or <see langword="null"/> when it gives none.</summary>
    public string? Title { get; }

    /// <summary>Gets the name (not the path) of the official file the index was read from, e.g. <c>icd10cm_index_2017.xml</c>.</summary>
    public string SourceFileName { get; }

    /// <summary>
    /// Gets the headings of a table's code columns, in order (the Table of Drugs: <c>Poisoning Accidental
    /// (unintentional)</c> ... <c>Underdosing</c>; the Neoplasm Table: <c>Malignant Primary</c> ... <c>Unspecified
    /// Behavior</c>), each term's <see cref="IndexTerm.Cells"/> in the same order; empty for a plain index.
    /// </summary>
    public IReadOnlyList<string> ColumnHeadings { get; }

    /// <summary>Gets the main terms, in index order (letter by letter).</summary>
    public IReadOnlyList<IndexTerm> MainTerms { get; }

    /// <summary>Gets the number of terms at every level, main terms included.</summary>
    public int TermCount => Table.Count;

    /// <summary>Gets every term, depth first: each main term, then its subterms in index order, then the next main term.</summary>
    public IEnumerable<IndexTerm> Terms
    {
        get
        {
            for (var t = 0; t < Table.Count; t++)
            {
                yield return TermAt(t);
            }
        }
    }

    /// <summary>Gets the compiled format version the index was read from, or <see langword="null"/> when it was read from the official file.</summary>
    public int? CompiledFormatVersion { get; }

    /// <summary>
    /// Returns a main term by its title, as a coder looks it up: case-insensitive, the exact title first (with or without
    /// its nonessential modifiers), then a title without its final <c>NEC</c> (<c>Insecticide</c> finds <c>Insecticide NEC</c>),
    /// then a title's part before its comma (<c>Diabetes</c> finds <c>Diabetes, diabetic</c>).
    /// </summary>
    /// <param name="title">The title, e.g. <c>Diabetes</c> or <c>Neoplasm</c>.</param>
    /// <returns>The main term, or <see langword="null"/> when the index has none of that title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    public IndexTerm? GetMainTerm(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var key = IndexText.Collapse(title);
        var lookup = Lookup;
        return lookup.ByTitle.GetValueOrDefault(key) ?? lookup.ByBareTitle.GetValueOrDefault(key) ?? lookup.ByHead.GetValueOrDefault(key)?[0];
    }

    /// <summary>Gets the terms laid out in arrays, depth first.</summary>
    internal IndexTermTable Table { get; }

    /// <summary>Gets the index's search segment (<see cref="IndexDocuments"/>): as compiled, or built the first time it is asked for.</summary>
    internal SearchSegment SearchSegment => _segment ?? LazyInitializer.EnsureInitialized(ref _segment, () => IndexDocuments.Build(this));

    /// <summary>Returns the term in slot <paramref name="number"/> of the table (depth-first order), made on first use; always the same object.</summary>
    /// <param name="number">The slot, 0 to <see cref="TermCount"/> - 1.</param>
    /// <returns>The term.</returns>
    internal IndexTerm TermAt(int number)
    {
        var terms = _terms ?? Interlocked.CompareExchange(ref _terms, new IndexTerm?[Table.Count], null) ?? _terms;
        var term = terms[number];
        if (term is not null)
        {
            return term;
        }

        term = new IndexTerm(this, number);
        return Interlocked.CompareExchange(ref terms[number], term, null) ?? term;
    }

    /// <summary>Gets the main terms by title, made the first time a title is looked up.</summary>
    private TitleLookup Lookup => _lookup ?? LazyInitializer.EnsureInitialized(ref _lookup, () => new TitleLookup(MainTerms));

    /// <summary>Returns a summary, e.g. <c>ICD-10-CM Index FY2017 (icd10cm_index_2017.xml): 7,973 main terms, 77,199 terms</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Release.Name} ({SourceFileName}): {MainTerms.Count:N0} main terms, {TermCount:N0} terms");

    /// <summary>Returns the release an index of a kind and version belongs to: a fiscal year, or a mid-year update (<c>2025-04</c>).</summary>
    /// <param name="kind">The index.</param>
    /// <param name="version">The version.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentException">The version is neither <c>YYYY</c> nor <c>YYYY-MM</c>.</exception>
    internal static Release ReleaseOf(IndexKind kind, string version)
    {
        var system = SystemOf(kind);
        if (version.Length == 4 && int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900)
        {
            return Release.ForFiscalYear(system, year);
        }

        if (version.Length == 7 && version[4] == '-'
            && int.TryParse(version.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1900
            && int.TryParse(version.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return Release.ForUpdate(system, year, month);
        }

        throw new ArgumentException($"The index version {MessageText.Quote(version)} is neither a fiscal year (YYYY) nor an update (YYYY-MM).", nameof(version));
    }

    /// <summary>Returns the code system value a kind of index is released as.</summary>
    /// <param name="kind">The index.</param>
    /// <returns>The system.</returns>
    internal static CodeSystem SystemOf(IndexKind kind) => kind switch
    {
        IndexKind.Diseases => CodeSystem.Icd10CmIndex,
        IndexKind.ExternalCauses => CodeSystem.Icd10CmExternalCauseIndex,
        IndexKind.Drugs => CodeSystem.Icd10CmDrugTable,
        IndexKind.Neoplasms => CodeSystem.Icd10CmNeoplasmTable,
        IndexKind.Procedures => CodeSystem.Icd10PcsIndex,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown index kind."),
    };

    /// <summary>Returns the kind of index a code system value is, or <see langword="null"/>.</summary>
    /// <param name="system">The system.</param>
    /// <returns>The kind.</returns>
    internal static IndexKind? KindOf(CodeSystem system) => system switch
    {
        CodeSystem.Icd10CmIndex => IndexKind.Diseases,
        CodeSystem.Icd10CmExternalCauseIndex => IndexKind.ExternalCauses,
        CodeSystem.Icd10CmDrugTable => IndexKind.Drugs,
        CodeSystem.Icd10CmNeoplasmTable => IndexKind.Neoplasms,
        CodeSystem.Icd10PcsIndex => IndexKind.Procedures,
        _ => null,
    };
}
