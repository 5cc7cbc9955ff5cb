using BenchmarkDotNet.Attributes;
using MedCoding.Data;
using MedCoding.Gems;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Cold load of both 2018 diagnosis GEM files (24,860 + 81,593 lines): from the official files (the baseline), from a
/// compiled file on disk and from the resource embedded in MedCoding.Data.Gems, ready for mappings (target: 20 ms, 30 MB).
/// </summary>
[MemoryDiagnoser]
public class GemsLoadBenchmarks
{
    private string _folder = string.Empty;
    private string _compiled = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = OfficialData.Path("gems", "2018");
        _compiled = Path.Combine(Path.GetTempPath(), "medcoding-bench-gems-2018.mcd");
        using var file = File.Create(_compiled);
        DiagnosisGems.LoadFolder(_folder).WriteTo(file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_compiled);

    [Benchmark(Baseline = true, Description = "Load GEMs 2018, both directions")]
    public DiagnosisGems Load() => DiagnosisGems.LoadFolder(_folder);

    [Benchmark(Description = "Compiled file")]
    public DiagnosisGems CompiledFile() => DiagnosisGems.FromFile(_compiled);

    [Benchmark(Description = "Embedded")]
    public DiagnosisGems Embedded()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");
        return DiagnosisGems.FromStream(stream);
    }

    [Benchmark(Description = "Embedded, first mapping (250.00)")]
    public GemMapping? EmbeddedFirstMap()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");
        return DiagnosisGems.FromStream(stream).ToIcd10Cm("250.00");
    }
}

/// <summary>Warm GEM mappings: a one-to-one entry, a combination, and a dotted input to normalise.</summary>
[MemoryDiagnoser]
public class GemsMapBenchmarks
{
    private DiagnosisGems _gems = null!;

    [Params("25000", "250.00", "0730")]
    public string Code { get; set; } = "25000";

    [GlobalSetup]
    public void Setup() => _gems = DiagnosisGems.LoadFolder(OfficialData.Path("gems", "2018"));

    [Benchmark(Baseline = true, Description = "Map ICD-9-CM to ICD-10-CM")]
    public GemMapping? Forward() => _gems.ToIcd10Cm(Code);

    [Benchmark(Description = "Map ICD-10-CM to ICD-9-CM (E11.9)")]
    public GemMapping? Backward() => _gems.ToIcd9Cm("E11.9");
}
