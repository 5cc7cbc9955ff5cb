using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.Fhir.Tests;

/// <summary>One record of a CMS order file (ICD-10-CM or ICD-10-PCS), read here with the layout of ../shared/data/README.md.</summary>
internal sealed record OrderRecord(string Code, bool IsBillable, string ShortTitle, string LongTitle);

/// <summary>Reads an official order file independently of the SDK's own reader, each record as FHIR writes its code.</summary>
internal static class OrderFile
{
    private static readonly Dictionary<string, IReadOnlyList<OrderRecord>> s_cache = [];

    /// <summary>The ICD-10-CM order file of each embedded version.</summary>
    public static IReadOnlyList<OrderRecord> Icd10Cm(string version) => version switch
    {
        "2021" => Read(dotted: true, "icd10cm", "2021", "icd10cm-order-Jan-2021.txt"),
        "2025" => Read(dotted: true, "icd10cm", "2025", "icd10cm_order_2025.txt"),
        "2025-04" => Read(dotted: true, "icd10cm", "2025-04", "icd10cm-order-April-2025.txt"),
        "2026" => Read(dotted: true, "icd10cm", "2026", "icd10cm_order_2026.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "No such ICD-10-CM release here."),
    };

    public static IReadOnlyList<OrderRecord> Icd10Pcs(string version) => Read(dotted: false, "icd10pcs", version, $"icd10pcs_order_{version}.txt");

    /// <summary>Returns each code's parent by the order file alone: the longest shorter code of the file it starts with.</summary>
    public static Dictionary<string, string?> Parents(IReadOnlyList<OrderRecord> records)
    {
        var codes = records.Select(r => Undotted(r.Code)).ToHashSet(StringComparer.Ordinal);
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var code = Undotted(record.Code);
            string? parent = null;
            for (var length = code.Length - 1; length >= 3 && parent is null; length--)
            {
                if (codes.Contains(code[..length]))
                {
                    parent = Icd10CmCode.ToDotted(code[..length]);
                }
            }

            parents[record.Code] = parent;
        }

        return parents;
    }

    public static string Undotted(string code) => code.Replace(".", string.Empty, StringComparison.Ordinal);

    private static IReadOnlyList<OrderRecord> Read(bool dotted, params string[] path)
    {
        var key = string.Join('/', path);
        lock (s_cache)
        {
            if (s_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var records = new List<OrderRecord>();
            foreach (var line in File.ReadLines(OfficialData.Path(path)))
            {
                if (line.Length < 78)
                {
                    continue;
                }

                var code = line[6..13].Trim();
                records.Add(new OrderRecord(dotted ? Icd10CmCode.ToDotted(code) : code, line[14] == '1', line[16..76].Trim(), line[77..].Trim()));
            }

            s_cache[key] = records;
            return records;
        }
    }
}
