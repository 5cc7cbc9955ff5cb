using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// An index's documents: each item a term, the code it gives (a string of the index) and what ends its path: nothing,
/// a table cell's column, or a cross-reference (<c>see Resection, Uterus</c>). Paths are read from the index's table;
/// no <see cref="IndexTerm"/> is made.
/// </summary>
internal sealed class IndexDocumentSet(AlphabeticIndex index, int capacity) : DocumentSet
{
    private const int NoDetail = -1;
    private readonly List<int> _items = new(capacity * 3);

    /// <summary>Gets the index.</summary>
    public AlphabeticIndex Index => index;

    /// <summary>Adds an item: a term, its code's string, and a column (0 up) or a cross-reference (its number in the table's reference arrays), or neither (-1).</summary>
    public void Add(int term, int code, int column, int reference)
    {
        _items.Add(term);
        _items.Add(code);
        _items.Add(column >= 0 ? column : reference >= 0 ? -2 - reference : NoDetail);
    }

    /// <inheritdoc/>
    public override string CodeOf(int item) => index.Table.Strings[_items[(item * 3) + 1]];

    /// <inheritdoc/>
    public override IReadOnlyList<string> PathOf(int item)
    {
        var table = index.Table;
        var term = _items[item * 3];
        var detail = _items[(item * 3) + 2];

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
