using MedCoding.CodeSets;
using MedCoding.Icd10Cm.OrderFiles;
using MedCoding.Testing;

namespace MedCoding.Icd10Pcs.Tests;

/// <summary>Loads each official ICD-10-PCS file once per test run.</summary>
public sealed class PcsData
{
    private readonly Lazy<PcsTables> _tables2020 = new(() => PcsTables.Load(OfficialData.Path("icd10pcs", "2020", "icd10pcs_tables_2020.xml")));
    private readonly Lazy<IReadOnlyList<OrderFileRecord>> _order2026 = new(() => OrderFile.Read(OfficialData.Path("icd10pcs", "2026", "icd10pcs_order_2026.txt")));
    private readonly Lazy<IReadOnlyList<OrderFileRecord>> _order2025 = new(() => OrderFile.Read(OfficialData.Path("icd10pcs", "2025", "icd10pcs_order_2025.txt")));
    private readonly Lazy<PcsRelease> _release2026 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2026")));
    private readonly Lazy<PcsRelease> _release2025 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2025")));

    public PcsTables Tables2020 => _tables2020.Value;

    public IReadOnlyList<OrderFileRecord> Order2026 => _order2026.Value;

    public IReadOnlyList<OrderFileRecord> Order2025 => _order2025.Value;

    public PcsRelease Release2026 => _release2026.Value;

    public PcsRelease Release2025 => _release2025.Value;

    public IReadOnlyList<OrderFileRecord> Order(int year) => year switch { 2025 => Order2025, 2026 => Order2026, _ => throw new ArgumentOutOfRangeException(nameof(year)) };

    public PcsRelease Release(int year) => year switch { 2025 => Release2025, 2026 => Release2026, _ => throw new ArgumentOutOfRangeException(nameof(year)) };
}

[CollectionDefinition(Name)]
public sealed class PcsDataCollection : ICollectionFixture<PcsData>
{
    public const string Name = "ICD-10-PCS official data";
}
