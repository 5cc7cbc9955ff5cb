namespace MedCoding.CodeSets;

/// <summary>
/// Returns one entry of a code set: a code with its titles, billable flag and kind, or a chapter or block.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CodeEntry
{
    private readonly ITextSource? _textSource;
    private readonly int _titleIndex;
    private readonly int _shortTitleIndex;
    private readonly string? _undottedCode;
    private string? _name;
    private string? _title;
    private string? _shortTitle;

    /// <summary>
    /// Initializes an entry.
    /// </summary>
    /// <param name="name">The code in its dotted form (<c>E11.65</c>), a chapter number (<c>4</c>) or a block id (<c>E08-E13</c>).</param>
    /// <param name="kind">Where the entry sits in the hierarchy.</param>
    /// <param name="isBillable">Whether the code is valid for HIPAA-covered transactions.</param>
    /// <param name="title">The long (full) title.</param>
    /// <param name="shortTitle">The short title (at most 60 characters in the order file).</param>
    /// <param name="ordinal">The entry's position in its release, in tabular order.</param>
    /// <exception cref="ArgumentException">A name or title is empty, or <paramref name="ordinal"/> is negative.</exception>
    public CodeEntry(string name, EntryKind kind, bool isBillable, string title, string shortTitle, int ordinal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(shortTitle);
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        _name = name;
        Kind = kind;
        IsBillable = isBillable;
        _title = title;
        _shortTitle = shortTitle;
        Ordinal = ordinal;
    }

    /// <summary>
    /// Initializes an entry whose titles are decoded from a compiled data file the first time they are read,
    /// so that a release is ready for lookups without first building every title string.
    /// </summary>
    /// <param name="name">For a code, its undotted value (<c>E1165</c>), dotted on first use; for a chapter or block, its name.</param>
    /// <param name="kind">Where the entry sits in the hierarchy.</param>
    /// <param name="isBillable">Whether the code is valid for HIPAA-covered transactions.</param>
    /// <param name="textSource">The pool the titles are decoded from.</param>
    /// <param name="titleIndex">The long title's index in the pool.</param>
    /// <param name="shortTitleIndex">The short title's index in the pool.</param>
    /// <param name="ordinal">The entry's position in its release, in tabular order.</param>
    /// <param name="dotted">Whether a code's name is dotted on first use (ICD-10-CM); ICD-10-PCS codes have no dot.</param>
    internal CodeEntry(string name, EntryKind kind, bool isBillable, ITextSource textSource, int titleIndex, int shortTitleIndex, int ordinal, bool dotted = true)
    {
        if (!dotted || kind is EntryKind.Chapter or EntryKind.Block || name.Length <= Icd10CmCode.MinLength)
        {
            _name = name;
        }
        else
        {
            _undottedCode = name;
        }

        Kind = kind;
        IsBillable = isBillable;
        _textSource = textSource;
        _titleIndex = titleIndex;
        _shortTitleIndex = shortTitleIndex;
        Ordinal = ordinal;
    }

    /// <summary>Gets the code in its dotted form (<c>E11.65</c>), the chapter number (<c>4</c>) or the block id (<c>E08-E13</c>).</summary>
    public string Name => _name ?? (_name = Icd10CmCode.ToDotted(_undottedCode!));

    /// <summary>Gets where the entry sits in the hierarchy.</summary>
    public EntryKind Kind { get; }

    /// <summary>Gets a value indicating whether this entry is a code (not a chapter, a block or an ICD-10-PCS table).</summary>
    public bool IsCode => Kind is not (EntryKind.Chapter or EntryKind.Block or EntryKind.Table);

    /// <summary>Gets a value indicating whether the code is valid for HIPAA-covered transactions (a billable code, not a header).</summary>
    public bool IsBillable { get; }

    /// <summary>Gets the long (full) title.</summary>
    /// <remarks>Thread-safe: a title decoded on first use by two threads at once is the same text.</remarks>
    public string Title => _title ?? (_title = _textSource!.GetText(_titleIndex));

    /// <summary>Gets the short title.</summary>
    public string ShortTitle => _shortTitle ?? (_shortTitle = _shortTitleIndex == _titleIndex ? Title : _textSource!.GetText(_shortTitleIndex));

    /// <summary>Gets the entry's position in its release, in tabular order (0 first).</summary>
    public int Ordinal { get; }

    /// <summary>Returns the name and title, e.g. <c>E11.65 Type 2 diabetes mellitus with hyperglycemia</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Name} {Title}";
}
