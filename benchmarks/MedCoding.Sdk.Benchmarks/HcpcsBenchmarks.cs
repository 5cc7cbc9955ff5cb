using BenchmarkDotNet.Attributes;
using MedCoding.Data;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Modifiers;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Cold load of the HCPCS 2019 release (6,440 codes, 360 modifiers): from the official alpha-numeric file (the baseline),
/// from a compiled file on disk, and from the resource embedded in MedCoding.Data.Hcpcs, ready for lookups (target: 20 ms,
/// 30 MB); and with the first long description read, which inflates them all.
/// </summary>
[MemoryDiagnoser]
public class HcpcsLoadBenchmarks
{
    private string _folder = string.Empty;
    private string _compiled = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = OfficialData.Path("hcpcs", "2019");
        _compiled = Path.Combine(Path.GetTempPath(), "medcoding-bench-hcpcs-2019.mcd");
        using var file = File.Create(_compiled);
        HcpcsLevel2Release.LoadFolder(_folder).WriteTo(file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_compiled);

    [Benchmark(Baseline = true, Description = "Load HCPCS 2019")]
    public HcpcsLevel2Release Load() => HcpcsLevel2Release.LoadFolder(_folder);

    [Benchmark(Description = "Load HCPCS 2019 and build the modifier catalogue")]
    public ModifierCatalog LoadCatalog() => ModifierCatalog.Create(HcpcsLevel2Release.LoadFolder(_folder));

    [Benchmark(Description = "Compiled file")]
    public HcpcsLevel2Release CompiledFile() => HcpcsLevel2Release.FromFile(_compiled);

    [Benchmark(Description = "Embedded")]
    public HcpcsLevel2Release Embedded()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        return HcpcsLevel2Release.FromStream(stream);
    }

    [Benchmark(Description = "Embedded, first long description read")]
    public string EmbeddedWithDescriptions()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        return HcpcsLevel2Release.FromStream(stream).FindProcedure("J9035")!.LongDescription;
    }

    [Benchmark(Description = "Embedded, modifier catalogue built")]
    public ModifierCatalog EmbeddedCatalog()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        return ModifierCatalog.Create(HcpcsLevel2Release.FromStream(stream));
    }
}

/// <summary>Warm HCPCS Level II and modifier lookups.</summary>
[MemoryDiagnoser]
public class HcpcsLookupBenchmarks
{
    private HcpcsLevel2Release _release = null!;
    private ModifierCatalog _catalog = null!;

    [Params("J9035", "j9035")]
    public string Code { get; set; } = "J9035";

    [GlobalSetup]
    public void Setup()
    {
        _release = HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019"));
        _catalog = ModifierCatalog.Create(_release);
    }

    [Benchmark(Baseline = true, Description = "Find procedure record")]
    public HcpcsRecord? FindProcedure() => _release.FindProcedure(Code);

    [Benchmark(Description = "Find modifier (catalogue)")]
    public Modifier? FindModifier() => _catalog.Find("XS");

    [Benchmark(Description = "Categorize modifier code")]
    public ModifierCategory Categorize() => ModifierCatalog.Categorize("59");
}
