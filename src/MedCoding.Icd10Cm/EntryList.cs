using System.Collections;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm;

/// <summary>Creates the entries of a release read from a compiled file, one at a time, when first used.</summary>
internal interface IEntryFactory
{
    /// <summary>Creates entry <paramref name="index"/>.</summary>
    /// <param name="index">The entry's position in tabular order.</param>
    /// <returns>A new entry.</returns>
    CodeEntry Create(int index);
}

/// <summary>A view over a run of a release's entries, created as they are read.</summary>
/// <param name="release">The release.</param>
/// <param name="start">The first entry.</param>
/// <param name="count">The number of entries.</param>
internal sealed class EntryList(Icd10CmRelease release, int start, int count) : IReadOnlyList<CodeEntry>
{
    public int Count => count;

    public CodeEntry this[int index] => (uint)index < (uint)count ? release.EntryAt(start + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<CodeEntry> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return release.EntryAt(start + i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
