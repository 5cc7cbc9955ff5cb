using System.Runtime.InteropServices;

namespace MedCoding.Grouping.Tables;

/// <summary>
/// The distinct lists of numbers the rows of a version's tables carry (a code's operand ids, its HAC numbers), each
/// stored once: 74,719 diagnosis rows share about 530 operand lists. A row keeps the index of its list. List 0 is
/// always the empty list.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class IntListPool
{
    private readonly int[] _starts;
    private readonly int[] _values;

    /// <summary>Initializes the pool over its lists laid end to end.</summary>
    /// <param name="starts">Where each list starts in <paramref name="values"/>, plus the end of the last: ascending, from 0.</param>
    /// <param name="values">The lists' values.</param>
    public IntListPool(int[] starts, int[] values)
    {
        _starts = starts;
        _values = values;
    }

    /// <summary>Gets the number of lists.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Returns a list.</summary>
    public ReadOnlySpan<int> this[int list] => _values.AsSpan(_starts[list], _starts[list + 1] - _starts[list]);

    /// <summary>Builds a pool: each distinct list gets an index, in order of first use, so the same rows always give the same pool.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<int[], int> _indexes = new(SequenceComparer.Instance);
        private readonly List<int> _starts = [0];
        private readonly List<int> _values = [];

        public Builder()
        {
            Add([]);
        }

        /// <summary>Returns the index of a list, adding it on first use.</summary>
        public int Add(int[] list)
        {
            if (!_indexes.TryGetValue(list, out var index))
            {
                index = _starts.Count - 1;
                _indexes.Add(list, index);
                _values.AddRange(list);
                _starts.Add(_values.Count);
            }

            return index;
        }

        public IntListPool Build() => new([.. _starts], [.. _values]);
    }

    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
