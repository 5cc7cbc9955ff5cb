using MedCoding.CodeSets;
using MedCoding.Hcpcs.Cpt;

namespace MedCoding.Fhir.Systems;

/// <summary>CPT from the licensed file the host configured: flat, with the file's descriptors.</summary>
internal sealed class CptSystemRelease(TerminologySystem system, Release release, CptRelease content)
    : SystemRelease(system, release)
{
    public CptRelease Content { get; } = content;

    public override IEnumerable<CodeEntry> Concepts => Content.Entries;

    public override int ConceptCount => Content.Entries.Count;

    public override string? CheckFormat(string code) => CptCode.TryParse(code, out _, out var error) ? null : error;

    public override CodeEntry? Find(string code) => CptCode.TryParse(code, out var parsed, out _) ? Content.Find(parsed.Value) : null;

    public override bool IsSelectable(CodeEntry entry) => true;
}
