using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;

namespace MedCoding.Fhir.Systems;

/// <summary>
/// ICD-10-PCS: the tables (the first three characters, headers) and the seven-character codes below each.
/// </summary>
internal sealed class PcsSystemRelease(TerminologySystem system, Release release, PcsRelease content)
    : SystemRelease(system, release)
{
    private readonly Lazy<Dictionary<string, (int Start, int Count)>> _tables = new(() => IndexTables(content));

    public PcsRelease Content { get; } = content;

    public override IEnumerable<CodeEntry> Concepts => Content.Entries;

    public override int ConceptCount => Content.Entries.Count;

    public override bool IsHierarchical => true;

    public override string? CheckFormat(string code)
    {
        var text = code.Trim();
        if (text.Length == 3)
        {
            foreach (var c in text)
            {
                if (!PcsCode.IsValidCharacter(char.ToUpperInvariant(c)))
                {
                    return $"'{c}' is not an ICD-10-PCS character (0-9 and the letters but I and O).";
                }
            }

            return null;
        }

        return PcsCode.TryParse(text, out _, out var error) ? null : error;
    }

    public override CodeEntry? Find(string code)
    {
        var text = code.Trim();
        return text.Length == 3 ? Content.FindTable(text.ToUpperInvariant()) : Content.Find(text);
    }

    public override CodeEntry? GetParent(CodeEntry entry) =>
        entry.Kind == EntryKind.Table ? null : Content.FindTable(entry.Name[..3]);

    public override IEnumerable<CodeEntry> GetChildren(CodeEntry entry)
    {
        if (entry.Kind != EntryKind.Table || !_tables.Value.TryGetValue(entry.Name, out var range))
        {
            yield break;
        }

        for (var i = range.Start; i < range.Start + range.Count; i++)
        {
            yield return Content.Entries[i];
        }
    }

    public override IEnumerable<CodeEntry> SelfAndDescendants(CodeEntry entry) => GetChildren(entry).Prepend(entry);

    public override bool IsAncestor(CodeEntry ancestor, CodeEntry descendant) =>
        ancestor.Kind == EntryKind.Table && descendant.Kind != EntryKind.Table
        && descendant.Name.StartsWith(ancestor.Name, StringComparison.Ordinal);

    public override string DescribeHeader(CodeEntry entry) =>
        $"{entry.Name} is an ICD-10-PCS table in {Release.Name} (not selectable): a procedure code has seven characters ({string.Join(", ", GetChildren(entry).Take(3).Select(e => e.Name))}, ...).";

    private static Dictionary<string, (int Start, int Count)> IndexTables(PcsRelease release)
    {
        // Entries are in table order: each table is followed by its codes.
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var entries = release.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Kind != EntryKind.Table)
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < entries.Count && entries[end].Kind != EntryKind.Table)
            {
                end++;
            }

            tables[entries[i].Name] = (start, end - start);
            i = end - 1;
        }

        return tables;
    }
}
