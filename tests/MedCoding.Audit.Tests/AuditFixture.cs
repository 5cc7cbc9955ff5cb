using MedCoding.Grouping;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Audit.Tests;

/// <summary>
/// Reads, once for every test class of the collection, the MS-DRG v43.0/v43.1 grouper from CMS's tables and the
/// ICD-10-CM FY2025 and FY2026 releases from CMS's order files (both from ../shared/data).
/// </summary>
public sealed class AuditFixture
{
    public AuditFixture()
    {
        Grouper = MsDrgGrouper.Load(OfficialData.Path("msdrg", "v43"));
        Icd10Cm = new Icd10CmReleaseProvider();
        Icd10Cm.AddFolder(OfficialData.Path("icd10cm", "2025"));
        Icd10Cm.AddFolder(OfficialData.Path("icd10cm", "2026"));
    }

    public MsDrgGrouper Grouper { get; }

    public Icd10CmReleaseProvider Icd10Cm { get; }

    /// <summary>Returns CMS's expected-results cases of one version file (<c>430</c> or <c>431</c>).</summary>
    public static IReadOnlyList<DrgCaseRecord> CmsCases(string version) =>
        DrgCaseFile.Read(OfficialData.Path("msdrg", "v43", "cases", $"cases-{version}.tsv"));
}

[CollectionDefinition(Name)]
public sealed class AuditCollection : ICollectionFixture<AuditFixture>
{
    public const string Name = "Grouper and ICD-10-CM";
}
