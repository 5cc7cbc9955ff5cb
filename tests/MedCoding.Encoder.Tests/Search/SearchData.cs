using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;
using MedCoding.Encoder.Tests.Indexes;
using MedCoding.Testing;

namespace MedCoding.Encoder.Tests;

/// <summary>
/// The official releases the search tests use, each read from <c>../shared/data</c> at most once per run: ICD-10-CM
/// FY2021 (with its Tabular List) and FY2026 (order file), ICD-10-PCS FY2025 and FY2026, and searches built over them.
/// </summary>
public sealed class SearchData
{
    /// <summary>A date of service in FY2026.</summary>
    public static readonly DateOnly Fy2026Date = new(2025, 11, 3);

    private readonly Lazy<Icd10CmRelease> _fy2021 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2021")));
    private readonly Lazy<Icd10CmRelease> _fy2026 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2026")));
    private readonly Lazy<PcsRelease> _pcs2025 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2025")));
    private readonly Lazy<PcsRelease> _pcs2026 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2026")));
    private readonly Lazy<CodeSearch> _titlesOnly;
    private readonly Lazy<CodeSearch> _full;

    public SearchData()
    {
        _titlesOnly = new(() => Builder().Build());
        _full = new(() => Builder().AddIndexes([Diseases, ExternalCauses, Drugs, Neoplasms, Procedures]).Build());
    }

    /// <summary>The ICD-10-CM Alphabetic Index FY2017 (the newest here).</summary>
    public AlphabeticIndex Diseases => OfficialIndexes.Diseases;

    /// <summary>The External Cause Index FY2023.</summary>
    public AlphabeticIndex ExternalCauses => OfficialIndexes.ExternalCauses;

    /// <summary>The Table of Drugs and Chemicals FY2023.</summary>
    public AlphabeticIndex Drugs => OfficialIndexes.Drugs;

    /// <summary>The Neoplasm Table FY2023.</summary>
    public AlphabeticIndex Neoplasms => OfficialIndexes.Neoplasms;

    /// <summary>The ICD-10-PCS Index FY2025.</summary>
    public AlphabeticIndex Procedures => OfficialIndexes.Procedures;

    /// <summary>Returns the index of a kind.</summary>
    public AlphabeticIndex Index(IndexKind kind) => kind switch
    {
        IndexKind.Diseases => Diseases,
        IndexKind.ExternalCauses => ExternalCauses,
        IndexKind.Drugs => Drugs,
        IndexKind.Neoplasms => Neoplasms,
        _ => Procedures,
    };

    public Icd10CmRelease Fy2021 => _fy2021.Value;

    public Icd10CmRelease Fy2026 => _fy2026.Value;

    public ReleaseSchedule<Icd10CmRelease> Icd10Cm => ReleaseSchedule<Icd10CmRelease>.Of(
        CodeSystem.Icd10Cm, [(Fy2021.Release, Fy2021), (Fy2026.Release, Fy2026)]);

    public ReleaseSchedule<PcsRelease> Icd10Pcs => ReleaseSchedule<PcsRelease>.Of(
        CodeSystem.Icd10Pcs, [(_pcs2025.Value.Release, _pcs2025.Value), (_pcs2026.Value.Release, _pcs2026.Value)]);

    /// <summary>A search over the Tabular titles and codes alone (no index).</summary>
    public CodeSearch TitlesOnly => _titlesOnly.Value;

    /// <summary>The search over the five indexes, the titles and the codes.</summary>
    public CodeSearch Full => _full.Value;

    /// <summary>A builder over the official releases, without indexes.</summary>
    public CodeSearchBuilder Builder() => CodeSearch.CreateBuilder().UseIcd10Cm(Icd10Cm).UseIcd10Pcs(Icd10Pcs);
}

/// <summary>The test classes sharing one <see cref="SearchData"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SearchDataCollection : ICollectionFixture<SearchData>
{
    public const string Name = "search data";
}
