using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Data;
using MedCoding.Icd10Pcs;
using MedCoding.Icd10Pcs.IO;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Cold loads of ICD-10-PCS: FY2026 from its official files (order file + Tables XML + Definitions XML, the baseline),
/// from its order file alone, from a compiled file (Deflate and uncompressed) and from the resource embedded in
/// MedCoding.Data.Icd10Pcs (target: ready for lookups in 20 ms and 30 MB); and the FY2020 Tables XML.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/MedCoding.Sdk.Benchmarks -- --filter '*Icd10PcsLoad*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class Icd10PcsLoadBenchmarks
{
    private string _folder = string.Empty;
    private string _orderFile = string.Empty;
    private string _tablesPath = string.Empty;
    private string _compiled = string.Empty;
    private string _uncompressed = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = OfficialData.Path("icd10pcs", "2026");
        _orderFile = OfficialData.Path("icd10pcs", "2026", "icd10pcs_order_2026.txt");
        _tablesPath = OfficialData.Path("icd10pcs", "2020", "icd10pcs_tables_2020.xml");
        var release = PcsRelease.LoadFolder(_folder);
        _compiled = Path.Combine(Path.GetTempPath(), "medcoding-bench-icd10pcs-2026.mcd");
        _uncompressed = Path.Combine(Path.GetTempPath(), "medcoding-bench-icd10pcs-2026-raw.mcd");
        using (var file = File.Create(_compiled))
        {
            PcsReleaseFormat.Write(release, file, CompiledDataCompression.Deflate);
        }

        using (var file = File.Create(_uncompressed))
        {
            PcsReleaseFormat.Write(release, file, CompiledDataCompression.None);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_compiled);
        File.Delete(_uncompressed);
    }

    [Benchmark(Baseline = true, Description = "FY2026 official files (order + Tables + Definitions XML)")]
    public PcsRelease LoadFolder() => PcsRelease.LoadFolder(_folder);

    [Benchmark(Description = "FY2026 order file alone")]
    public PcsRelease LoadOrderFile() => PcsRelease.LoadOrderFile(_orderFile, Release.ForFiscalYear(CodeSystem.Icd10Pcs, 2026));

    [Benchmark(Description = "FY2026 compiled file (Deflate)")]
    public PcsRelease CompiledFile() => PcsRelease.FromFile(_compiled);

    [Benchmark(Description = "FY2026 compiled file (uncompressed)")]
    public PcsRelease CompiledFileUncompressed() => PcsRelease.FromFile(_uncompressed);

    [Benchmark(Description = "FY2026 embedded")]
    public PcsRelease Embedded()
    {
        using var stream = Icd10PcsData.OpenCompiledFile("icd10pcs-2026.mcd");
        return PcsRelease.FromStream(stream);
    }

    [Benchmark(Description = "FY2026 embedded, then look up and decode 0DT70ZZ with its title and definitions")]
    public int EmbeddedFirstLookup()
    {
        var release = Embedded();
        var code = PcsCode.Parse("0DT70ZZ");
        return release.Find(code)!.Title.Length + release.Decode(code)!.Definitions.Count(d => d is not null);
    }

    [Benchmark(Description = "2020 Tables XML (880 tables)")]
    public PcsTables LoadTables() => PcsTables.Load(_tablesPath);

    [Benchmark(Description = "2020 Tables XML and expand 77,559 codes")]
    public PcsRelease LoadTablesRelease() => PcsRelease.FromTables(PcsTables.Load(_tablesPath));
}
