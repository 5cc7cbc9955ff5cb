using System.Collections;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm;

public sealed partial class Icd10CmRelease
{
    /// <summary>
    /// Returns the children of one entry in tabular order; <c>foreach</c> over it does not allocate.
    /// </summary>
    public readonly struct ChildEntries : IEnumerable<CodeEntry>
    {
        private readonly Icd10CmRelease _release;
        private readonly int _index;

        internal ChildEntries(Icd10CmRelease release, int index)
        {
            _release = release;
            _index = index;
        }

        /// <summary>Gets the number of children (counted by walking them).</summary>
        public int Count
        {
            get
            {
                var count = 0;
                foreach (var unused in this)
                {
                    count++;
                }

                return count;
            }
        }

        /// <summary>Returns an enumerator over the children.</summary>
        /// <returns>The enumerator.</returns>
        public Enumerator GetEnumerator() => new(_release, _index);

        IEnumerator<CodeEntry> IEnumerable<CodeEntry>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Walks the children: each child's subtree is skipped to reach the next.</summary>
        public struct Enumerator : IEnumerator<CodeEntry>
        {
            private readonly Icd10CmRelease _release;
            private readonly int _end;
            private int _next;
            private int _current;

            internal Enumerator(Icd10CmRelease release, int index)
            {
                _release = release;
                _end = release._subtreeEnd[index];
                _next = index + 1;
                _current = -1;
            }

            /// <inheritdoc />
            public readonly CodeEntry Current => _release.EntryAt(_current);

            readonly object IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext()
            {
                if (_next >= _end)
                {
                    return false;
                }

                _current = _next;
                _next = _release._subtreeEnd[_current];
                return true;
            }

            /// <inheritdoc />
            public void Reset() => throw new NotSupportedException();

            /// <inheritdoc />
            public readonly void Dispose()
            {
            }
        }
    }

    /// <summary>
    /// Returns the ancestors of one entry, nearest first; <c>foreach</c> over it does not allocate.
    /// </summary>
    public readonly struct AncestorEntries : IEnumerable<CodeEntry>
    {
        private readonly Icd10CmRelease _release;
        private readonly int _index;

        internal AncestorEntries(Icd10CmRelease release, int index)
        {
            _release = release;
            _index = index;
        }

        /// <summary>Returns an enumerator over the ancestors.</summary>
        /// <returns>The enumerator.</returns>
        public Enumerator GetEnumerator() => new(_release, _index);

        IEnumerator<CodeEntry> IEnumerable<CodeEntry>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Walks up the parent links.</summary>
        public struct Enumerator : IEnumerator<CodeEntry>
        {
            private readonly Icd10CmRelease _release;
            private int _current;

            internal Enumerator(Icd10CmRelease release, int index)
            {
                _release = release;
                _current = index;
            }

            /// <inheritdoc />
            public readonly CodeEntry Current => _release.EntryAt(_current);

            readonly object IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext()
            {
                if (_current < 0)
                {
                    return false;
                }

                _current = _release._parent[_current];
                return _current >= 0;
            }

            /// <inheritdoc />
            public void Reset() => throw new NotSupportedException();

            /// <inheritdoc />
            public readonly void Dispose()
            {
            }
        }
    }
}
