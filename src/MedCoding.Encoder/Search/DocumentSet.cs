using MedCoding.CodeSets;

namespace MedCoding.Encoder;

/// <summary>
/// The documents one source adds to a search corpus (an index, a release's Tabular titles, documents given one by one),
/// each named by an item number of the set's own: what a result shows of each.
/// </summary>
internal abstract class DocumentSet
{
    /// <summary>Returns where an item comes from (the index, the Tabular List).</summary>
    public abstract SearchSource SourceOf(int item);

    /// <summary>Returns the code an item stands for, as its source writes it (<c>C34.1-</c>, <c>E11.65</c>, <c>0DTJ</c>).</summary>
    public abstract string CodeOf(int item);

    /// <summary>Returns the path a result shows for an item: an index path, main term first (and a cell's column heading), or a title.</summary>
    public abstract IReadOnlyList<string> PathOf(int item);

    /// <summary>Returns the Tabular entry an item is the title of, or <see langword="null"/>.</summary>
    public virtual CodeEntry? EntryOf(int item) => null;
}
