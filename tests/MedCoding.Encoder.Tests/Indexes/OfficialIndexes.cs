using MedCoding.Testing;

namespace MedCoding.Encoder.Tests.Indexes;

/// <summary>The official index files the tests read, each parsed once and shared (a missing file fails loudly).</summary>
internal static class OfficialIndexes
{
    private static readonly Lazy<AlphabeticIndex> s_diseases = new(() => Load(IndexKind.Diseases, "icd10cm", "2017", "icd10cm_index_2017.xml"));
    private static readonly Lazy<AlphabeticIndex> s_externalCauses = new(() => Load(IndexKind.ExternalCauses, "icd10cm", "2023", "icd10cm_eindex_2023.xml"));
    private static readonly Lazy<AlphabeticIndex> s_drugs = new(() => Load(IndexKind.Drugs, "icd10cm", "2023", "icd10cm_drug_2023.xml"));
    private static readonly Lazy<AlphabeticIndex> s_drugsCsv = new(() => Load(IndexKind.Drugs, "icd10cm", "2025-04", "icd10cm-drug-April-2025.csv"));
    private static readonly Lazy<AlphabeticIndex> s_neoplasms = new(() => Load(IndexKind.Neoplasms, "icd10cm", "2023", "icd10cm_neoplasm_2023.xml"));
    private static readonly Lazy<AlphabeticIndex> s_procedures = new(() => Load(IndexKind.Procedures, "icd10pcs", "2025", "icd10pcs_index_2025.xml"));

    /// <summary>Gets the ICD-10-CM Alphabetic Index FY2017.</summary>
    public static AlphabeticIndex Diseases => s_diseases.Value;

    /// <summary>Gets the External Cause Index FY2023.</summary>
    public static AlphabeticIndex ExternalCauses => s_externalCauses.Value;

    /// <summary>Gets the Table of Drugs and Chemicals FY2023 (XML).</summary>
    public static AlphabeticIndex Drugs => s_drugs.Value;

    /// <summary>Gets the Table of Drugs and Chemicals of the April 2025 update (CSV).</summary>
    public static AlphabeticIndex DrugsCsv => s_drugsCsv.Value;

    /// <summary>Gets the Neoplasm Table FY2023.</summary>
    public static AlphabeticIndex Neoplasms => s_neoplasms.Value;

    /// <summary>Gets the ICD-10-PCS Index FY2025.</summary>
    public static AlphabeticIndex Procedures => s_procedures.Value;

    /// <summary>Gets every official index file the tests read, by its path under the data folder and its kind.</summary>
    public static TheoryData<string, IndexKind> Files => new()
    {
        { "icd10cm/2017/icd10cm_index_2017.xml", IndexKind.Diseases },
        { "icd10cm/2017/icd10cm_eindex_2017.xml", IndexKind.ExternalCauses },
        { "icd10cm/2022/icd10cm_eindex_2022.xml", IndexKind.ExternalCauses },
        { "icd10cm/2023/icd10cm_eindex_2023.xml", IndexKind.ExternalCauses },
        { "icd10cm/2017/icd10cm_drug_2017.xml", IndexKind.Drugs },
        { "icd10cm/2022/icd10cm_drug_2022.xml", IndexKind.Drugs },
        { "icd10cm/2023/icd10cm_drug_2023.xml", IndexKind.Drugs },
        { "icd10cm/2017/icd10cm_neoplasm_2017.xml", IndexKind.Neoplasms },
        { "icd10cm/2022/icd10cm_neoplasm_2022.xml", IndexKind.Neoplasms },
        { "icd10cm/2023/icd10cm_neoplasm_2023.xml", IndexKind.Neoplasms },
        { "icd10pcs/2025/icd10pcs_index_2025.xml", IndexKind.Procedures },
    };

    /// <summary>Returns the full path of a file under the data folder.</summary>
    public static string PathOf(string relative) => OfficialData.Path(relative.Split('/'));

    /// <summary>Returns the shared parse of a file when there is one, else parses it.</summary>
    public static AlphabeticIndex Get(string relative, IndexKind kind) => relative switch
    {
        "icd10cm/2017/icd10cm_index_2017.xml" => Diseases,
        "icd10cm/2023/icd10cm_eindex_2023.xml" => ExternalCauses,
        "icd10cm/2023/icd10cm_drug_2023.xml" => Drugs,
        "icd10cm/2025-04/icd10cm-drug-April-2025.csv" => DrugsCsv,
        "icd10cm/2023/icd10cm_neoplasm_2023.xml" => Neoplasms,
        "icd10pcs/2025/icd10pcs_index_2025.xml" => Procedures,
        _ => AlphabeticIndex.Load(PathOf(relative), kind),
    };

    private static AlphabeticIndex Load(IndexKind kind, params string[] parts) => AlphabeticIndex.Load(OfficialData.Path(parts), kind);
}
