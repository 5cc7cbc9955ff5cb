using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Fhir.Systems;

/// <summary>
/// ICD-10-CM: categories, subcategories and codes (chapters and blocks are not codes: a block may share its name with
/// a category), the hierarchy of the order file or the Tabular List, and the Tabular List's notes where the release has it.
/// </summary>
internal sealed class Icd10CmSystemRelease(TerminologySystem system, Release release, Icd10CmRelease content)
    : SystemRelease(system, release)
{
    private readonly Lazy<int> _count = new(() => content.Entries.Count(e => e.IsCode));

    public Icd10CmRelease Content { get; } = content;

    public override IEnumerable<CodeEntry> Concepts => Content.Entries.Where(e => e.IsCode);

    public override int ConceptCount => _count.Value;

    public override bool IsHierarchical => true;

    public override string? CheckFormat(string code) => Icd10CmCode.TryParse(code, out _, out var error) ? null : error;

    public override CodeEntry? Find(string code) =>
        Icd10CmCode.TryParse(code, out var parsed) && Content.Find(parsed) is { IsCode: true } entry ? entry : null;

    public override CodeEntry? GetParent(CodeEntry entry)
    {
        var parent = Content.GetParent(entry);
        return parent is { IsCode: true } ? parent : null;
    }

    public override IEnumerable<CodeEntry> GetChildren(CodeEntry entry)
    {
        foreach (var child in Content.GetChildren(entry))
        {
            if (child.IsCode)
            {
                yield return child;
            }
        }
    }

    public override IEnumerable<CodeEntry> SelfAndDescendants(CodeEntry entry) =>
        Content.GetDescendants(entry).Where(e => e.IsCode).Prepend(entry);

    public override bool IsAncestor(CodeEntry ancestor, CodeEntry descendant) => Content.IsAncestor(ancestor, descendant);

    public override IReadOnlyList<Note> GetNotes(CodeEntry entry) => Content.GetNotes(entry).Notes;

    public override string DescribeHeader(CodeEntry entry)
    {
        var first = GetChildren(entry).Take(3).Select(CodeOf).ToList();
        return first.Count == 0
            ? $"{entry.Name} is a header in {Release.Name} (not selectable): it is not valid for HIPAA-covered transactions."
            : $"{entry.Name} is a header in {Release.Name} (not selectable): code to a billable code below it ({string.Join(", ", first)}{(GetChildren(entry).Skip(3).Any() ? ", ..." : string.Empty)}).";
    }
}
