using MedCoding.CodeSets;
using MedCoding.Hcpcs;

namespace MedCoding.Fhir.Systems;

/// <summary>
/// HCPCS Level II: the procedure and supply codes of CMS's alpha-numeric file, flat; a code with a termination date is
/// inactive (still in the code system).
/// </summary>
internal sealed class HcpcsSystemRelease(TerminologySystem system, Release release, HcpcsLevel2Release content)
    : SystemRelease(system, release)
{
    public HcpcsLevel2Release Content { get; } = content;

    public override IEnumerable<CodeEntry> Concepts => Content.Entries;

    public override int ConceptCount => Content.Entries.Count;

    public override string? CheckFormat(string code) => HcpcsCode.TryParse(code, out _, out var error) ? null : error;

    public override CodeEntry? Find(string code) => HcpcsCode.TryParse(code, out var parsed, out _) ? Content.Find(parsed.Value) : null;

    public override bool IsSelectable(CodeEntry entry) => true;

    public override bool IsInactive(CodeEntry entry) => !entry.IsBillable;
}
