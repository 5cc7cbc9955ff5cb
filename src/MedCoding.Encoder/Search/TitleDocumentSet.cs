using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Encoder;

/// <summary>
/// The Tabular titles of a release as search documents: item <c>i</c> is the entry at <c>entries[i]</c> of the release,
/// made (by the release) only when a result shows it.
/// </summary>
internal sealed class TitleDocumentSet(Icd10CmRelease release, List<int> entries) : DocumentSet
{
    /// <inheritdoc/>
    public override string CodeOf(int item) => EntryOf(item).Name;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PathOf(int item) => [EntryOf(item).Title];

    /// <inheritdoc/>
    public override CodeEntry EntryOf(int item) => release.Entries[entries[item]];
}
