namespace MedCoding.Encoder;

public sealed partial class CodeSearchBuilder
{
    /// <summary>
    /// Adds an index: every term path that ends in a code becomes a document (for the Table of Drugs and the Neoplasm
    /// Table, every cell, its column heading ending the path), and its main terms' <c>see</c> and <c>use</c>
    /// references become synonyms ("overdose" also matches "poisoning").
    /// </summary>
    /// <param name="index">The index.</param>
    /// <returns>This builder.</returns>
    public CodeSearchBuilder AddIndex(AlphabeticIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _indexes.Add(index);
        return this;
    }

    /// <summary>Adds several indexes (for the embedded ones, <c>IndexData.All</c>).</summary>
    /// <param name="indexes">The indexes.</param>
    /// <returns>This builder.</returns>
    public CodeSearchBuilder AddIndexes(IEnumerable<AlphabeticIndex> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        foreach (var index in indexes)
        {
            AddIndex(index);
        }

        return this;
    }
}
