using MedCoding.CodeSets;
using MedCoding.Gems;

namespace MedCoding.Fhir.Systems;

/// <summary>
/// ICD-9-CM as the diagnosis GEMs know it: every ICD-9-CM code that is a source of the forward GEMs or a target of the
/// backward GEMs, flat, dotted. The GEMs publish no titles: a concept's display is its code.
/// </summary>
internal sealed class Icd9CmSystemRelease : SystemRelease
{
    private readonly Lazy<(CodeEntry[] Entries, Dictionary<string, CodeEntry> ByCode)> _concepts;

    public Icd9CmSystemRelease(TerminologySystem system, Release release, DiagnosisGems gems)
        : base(system, release)
    {
        Gems = gems;
        _concepts = new(() => Build(gems));
    }

    public DiagnosisGems Gems { get; }

    public override IEnumerable<CodeEntry> Concepts => _concepts.Value.Entries;

    public override int ConceptCount => _concepts.Value.Entries.Length;

    public override string? CheckFormat(string code) => Icd9CmCode.TryParse(code, out _, out var error) ? null : error;

    public override CodeEntry? Find(string code) =>
        Icd9CmCode.TryParse(code, out var parsed, out _) && _concepts.Value.ByCode.TryGetValue(parsed.Value, out var entry) ? entry : null;

    public override bool IsSelectable(CodeEntry entry) => true;

    /// <summary>Returns an ICD-9-CM code with its dot: after the third character, the fourth for E codes.</summary>
    public static string Dotted(string undotted)
    {
        var stem = undotted.StartsWith('E') ? 4 : 3;
        return undotted.Length > stem ? string.Concat(undotted.AsSpan(0, stem), ".", undotted.AsSpan(stem)) : undotted;
    }

    private static (CodeEntry[], Dictionary<string, CodeEntry>) Build(DiagnosisGems gems)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in gems.ForwardEntries)
        {
            Add(codes, entry.Source);
        }

        foreach (var entry in gems.BackwardEntries)
        {
            if (!entry.Flags.IsNoMap && entry.Target is { } target)
            {
                Add(codes, target);
            }
        }

        var entries = new CodeEntry[codes.Count];
        var byCode = new Dictionary<string, CodeEntry>(codes.Count, StringComparer.Ordinal);
        var i = 0;
        foreach (var code in codes)
        {
            var dotted = Dotted(code);
            var entry = new CodeEntry(dotted, EntryKind.Code, true, dotted, dotted, i);
            entries[i++] = entry;
            byCode[code] = entry;
        }

        return (entries, byCode);
    }

    private static void Add(SortedSet<string> codes, string code)
    {
        // The GEMs hold a few codes in lower case (v5889): the code system holds them as ICD-9-CM writes them.
        if (Icd9CmCode.TryParse(code, out var parsed, out _))
        {
            codes.Add(parsed.Value);
        }
    }

    public override string? ShortTitleOf(CodeEntry entry) => null;
}
