namespace MedCoding.Grouping.Tables;

/// <summary>
/// The CC exclusion lists of <c>cc_exclusions.tsv</c>: for each list id, the diagnosis rows (of the version's
/// <see cref="DiagnosisTable"/>) that lose their CC/MCC status when the principal diagnosis carries that list,
/// ascending, so that membership is a binary search.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class ExclusionTable
{
    /// <summary>The largest list id accepted, so that a damaged id cannot ask for a huge array.</summary>
    public const int MaxListId = 1 << 20;

    private readonly int[] _starts;
    private readonly int[] _rows;

    /// <summary>Initializes the table.</summary>
    /// <param name="starts">Where list id <c>i</c> starts in <paramref name="rows"/>, for every id from 0, plus the end of the last.</param>
    /// <param name="rows">The diagnosis rows of each list, ascending within a list.</param>
    public ExclusionTable(int[] starts, int[] rows)
    {
        _starts = starts;
        _rows = rows;
    }

    /// <summary>Gets the number of list ids, from 0: one more than the largest id.</summary>
    public int IdCount => _starts.Length - 1;

    /// <summary>Gets the number of exclusions, all lists together.</summary>
    public int Count => _rows.Length;

    /// <summary>Returns the diagnosis rows of a list (empty for an id with no list).</summary>
    public ReadOnlySpan<int> this[int listId] =>
        listId >= 0 && listId < IdCount ? _rows.AsSpan(_starts[listId], _starts[listId + 1] - _starts[listId]) : [];

    /// <summary>Returns whether a list excludes a diagnosis row.</summary>
    public bool Contains(int listId, int diagnosisRow) => this[listId].BinarySearch(diagnosisRow) >= 0;
}
