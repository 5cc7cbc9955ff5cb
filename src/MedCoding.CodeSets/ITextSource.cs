namespace MedCoding.CodeSets;

/// <summary>Returns texts by index from a compiled data file's string pool, decoding each when first asked.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
internal interface ITextSource
{
    /// <summary>Returns the text at an index of the pool.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The text.</returns>
    string GetText(int index);
}
