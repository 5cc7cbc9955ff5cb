using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// An index's documents (<see cref="IndexDocuments"/>): each item's record in the index's search segment names a term,
/// the code it gives (a string of the index) and what ends its path: nothing, a table cell's column, or a
/// cross-reference (<c>see Resection, Uterus</c>). Paths are read from the index's table; no <see cref="IndexTerm"/> is made.
/// </summary>
internal sealed class IndexDocumentSet(AlphabeticIndex index, SearchSegment segment) : DocumentSet
{
    /// <summary>The numbers of a record: the term, the code's string, the detail.</summary>
    public const int RecordWidth = 3;

    /// <summary>The detail of a document whose path ends at its term.</summary>
    public const int NoDetail = -1;

    private readonly SearchSource _source = IndexDocuments.SourceOf(index.Kind);

    /// <summary>Returns the detail of a record: a column (0 up), a cross-reference (its number in the table's reference arrays), or neither.</summary>
    public static int Detail(int column, int reference) => column >= 0 ? column : reference >= 0 ? -2 - reference : NoDetail;

    /// <inheritdoc/>
    public override SearchSource SourceOf(int item) => _source;

    /// <inheritdoc/>
    public override string CodeOf(int item) => index.Table.Strings[segment.RecordOf(item, 1)];

    /// <inheritdoc/>
    public override IReadOnlyList<string> PathOf(int item)
    {
        var table = index.Table;
        var term = segment.RecordOf(item, 0);
        var detail = segment.RecordOf(item, 2);

        // A PCS Index line may have no title of its own (Abdominoplasty, then "see Alteration, Abdominal Wall"): left out.
        var titles = new List<string>(table.Level[term] + 2);
        for (var t = term; t != IndexTermTable.None; t = table.Parent[t])
        {
            var title = table.Text(t, IndexTermTable.Field.Title)!;
            if (title.Length > 0)
            {
                titles.Add(title);
            }
        }

        titles.Reverse();
        if (detail >= 0)
        {
            titles.Add(index.ColumnHeadings[detail]);
        }
        else if (detail != NoDetail)
        {
            var reference = -2 - detail;
            var see = (CrossReferenceKind)table.ReferenceKind[reference] == CrossReferenceKind.Use ? "use " : "see ";
            titles.Add(see + table.Strings[table.ReferenceTarget[reference]]);
        }

        return titles;
    }
}
