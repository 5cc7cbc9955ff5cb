using System.Collections;

namespace MedCoding.Encoder;

/// <summary>A list of an index's terms named by their slots, each term made when first read (<see cref="AlphabeticIndex.TermAt"/>).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class TermList(AlphabeticIndex index, int[] numbers) : IReadOnlyList<IndexTerm>
{
    /// <inheritdoc/>
    public int Count => numbers.Length;

    /// <inheritdoc/>
    public IndexTerm this[int position] => index.TermAt(numbers[position]);

    /// <inheritdoc/>
    public IEnumerator<IndexTerm> GetEnumerator()
    {
        foreach (var number in numbers)
        {
            yield return index.TermAt(number);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
