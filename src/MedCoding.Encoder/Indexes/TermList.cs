using System.Collections;
using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>A list of an index's terms named by their slots, each term made when first read (<see cref="AlphabeticIndex.TermAt"/>).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class TermList(AlphabeticIndex index, Int32Column numbers) : IReadOnlyList<IndexTerm>
{
    /// <inheritdoc/>
    public int Count => numbers.Length;

    /// <inheritdoc/>
    public IndexTerm this[int position] => index.TermAt(numbers[position]);

    /// <inheritdoc/>
    public IEnumerator<IndexTerm> GetEnumerator()
    {
        for (var i = 0; i < numbers.Length; i++)
        {
            yield return index.TermAt(numbers[i]);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
