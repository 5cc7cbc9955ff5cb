using BenchmarkDotNet.Attributes;
using MedCoding.Icd10Pcs;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>Cold loads of ICD-10-PCS: the FY2026 order file and the FY2020 Tables XML.</summary>
[MemoryDiagnoser]
public class Icd10PcsLoadBenchmarks
{
    private string _orderFolder = string.Empty;
    private string _tablesPath = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _orderFolder = OfficialData.Path("icd10pcs", "2026");
        _tablesPath = OfficialData.Path("icd10pcs", "2020", "icd10pcs_tables_2020.xml");
    }

    [Benchmark(Baseline = true, Description = "Load FY2026 order file (79,115 codes)")]
    public PcsRelease LoadOrderFile() => PcsRelease.LoadFolder(_orderFolder);

    [Benchmark(Description = "Load 2020 Tables XML (880 tables)")]
    public PcsTables LoadTables() => PcsTables.Load(_tablesPath);

    [Benchmark(Description = "Load 2020 Tables XML and expand 77,559 codes")]
    public PcsRelease LoadTablesRelease() => PcsRelease.FromTables(PcsTables.Load(_tablesPath));
}
