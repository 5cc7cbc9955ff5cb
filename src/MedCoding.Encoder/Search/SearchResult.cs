using MedCoding.CodeSets;

namespace MedCoding.Encoder;

/// <summary>
/// Returns one code a search found: where it came from, the index path or title that led to it, its score, and what
/// it is in the release in force on the date asked.
/// </summary>
/// <remarks>
/// An index gives a code as it was when the index was published (the newest Alphabetic Index here is FY2017's):
/// <see cref="Status"/> says what that code is in the release in force, plainly. A code ending in <c>-</c>
/// (<c>C34.1-</c>) is incomplete: its status is that of the category or subcategory it names, a header.
/// </remarks>
/// <threadsafety>Immutable and thread-safe (<see cref="BillableCodes"/> is computed once, on first use).</threadsafety>
public sealed class SearchResult
{
    private readonly Lazy<IReadOnlyList<string>> _billableCodes;

    internal SearchResult(
        string query,
        DateOnly dateOfService,
        string code,
        SearchSource source,
        IReadOnlyList<string> path,
        string? title,
        double score,
        CodeStatus status,
        MissingParts missing,
        Release? release,
        Func<IReadOnlyList<string>> billableCodes)
    {
        Query = query;
        DateOfService = dateOfService;
        Code = code;
        Source = source;
        Path = path;
        Title = title;
        Score = score;
        Status = status;
        Missing = missing;
        Release = release;
        _billableCodes = new(billableCodes, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the query this result answers.</summary>
    public string Query { get; }

    /// <summary>Gets the date of service that chose the releases the code was checked against.</summary>
    public DateOnly DateOfService { get; }

    /// <summary>Gets the code as its source writes it: dotted (<c>E11.65</c>), incomplete with a final <c>-</c> (<c>C34.1-</c>), or an ICD-10-PCS code or partial code (<c>0DTJ</c>).</summary>
    public string Code { get; }

    /// <summary>Gets where the code came from.</summary>
    public SearchSource Source { get; }

    /// <summary>
    /// Gets the index path that leads to the code, main term first (<c>["Diabetes, diabetic", "type 2", "with", "hyperglycemia"]</c>);
    /// for a table cell the column heading ends it (<c>["Acetaminophen", "Poisoning Accidental (unintentional)"]</c>);
    /// for a Tabular title, the title alone.
    /// </summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Gets the code's title in the release in force (for <c>C34.1-</c>, the title of C34.1), or <see langword="null"/> when the code is not in it.</summary>
    public string? Title { get; }

    /// <summary>Gets the score: 2000 and more for a document whose words are exactly the query's in order, 1000 and more in another order, below that BM25 scaled by coverage.</summary>
    public double Score { get; }

    /// <summary>Gets what the code is in the release in force.</summary>
    public CodeStatus Status { get; }

    /// <summary>Gets what the code still lacks to be billable.</summary>
    public MissingParts Missing { get; }

    /// <summary>Gets the release the code was checked against (ICD-10-CM or ICD-10-PCS), or <see langword="null"/> when none of its system is in force.</summary>
    public Release? Release { get; }

    /// <summary>Gets, for a header, the billable codes below it in the release in force (in tabular order); for a billable code, the code itself; otherwise empty.</summary>
    public IReadOnlyList<string> BillableCodes => _billableCodes.Value;

    /// <summary>Returns the code, status and path, e.g. <c>E11.65 (billable) index: Diabetes, diabetic &gt; type 2 &gt; with &gt; hyperglycemia</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Code} ({Status}) {Source}: {string.Join(" > ", Path)}";
}
