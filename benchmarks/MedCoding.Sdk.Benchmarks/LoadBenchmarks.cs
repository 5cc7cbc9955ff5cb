using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.OrderFiles;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Cold loads of a release from the official files: FY2026 from its order file alone (the baseline),
/// FY2021 with its Tabular List, and the order file reader on its own.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _fy2026Folder = null!;
    private string _fy2026OrderFile = null!;
    private string _fy2021Folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fy2026Folder = OfficialData.Path("icd10cm", "2026");
        _fy2026OrderFile = OfficialData.Path("icd10cm", "2026", "icd10cm_order_2026.txt");
        _fy2021Folder = OfficialData.Path("icd10cm", "2021");
    }

    [Benchmark(Baseline = true, Description = "FY2026, order file only")]
    public Icd10CmRelease LoadFy2026() => Icd10CmRelease.LoadFolder(_fy2026Folder);

    [Benchmark(Description = "FY2021, Tabular List + order file")]
    public Icd10CmRelease LoadFy2021WithTabularList() => Icd10CmRelease.LoadFolder(_fy2021Folder);

    [Benchmark(Description = "FY2026 order file, records only")]
    public IReadOnlyList<OrderFileRecord> ReadFy2026OrderFile() => OrderFile.Read(_fy2026OrderFile);

    [Benchmark(Description = "FY2026 from its order file, with a given release")]
    public Icd10CmRelease LoadFy2026OrderFile() => Icd10CmRelease.LoadOrderFile(_fy2026OrderFile, Release.ForFiscalYear(CodeSystem.Icd10Cm, 2026));
}
