using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Encoder;

/// <summary>
/// The Tabular titles of a release as search documents: item <c>i</c> is the entry its record in the titles' search
/// segment names, made (by the release) only when a result shows it.
/// </summary>
internal sealed class TitleDocumentSet(Icd10CmRelease release, SearchSegment segment) : DocumentSet
{
    /// <summary>The numbers of a record: the entry.</summary>
    public const int RecordWidth = 1;

    /// <inheritdoc/>
    public override SearchSource SourceOf(int item) => SearchSource.Tabular;

    /// <inheritdoc/>
    public override string CodeOf(int item) => EntryOf(item).Name;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PathOf(int item) => [EntryOf(item).Title];

    /// <inheritdoc/>
    public override CodeEntry EntryOf(int item) => release.Entries[segment.RecordOf(item, 0)];
}
