using BenchmarkDotNet.Attributes;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Modifiers;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>Cold load of the HCPCS 2019 alpha-numeric file (6,440 codes, 360 modifiers).</summary>
[MemoryDiagnoser]
public class HcpcsLoadBenchmarks
{
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup() => _folder = OfficialData.Path("hcpcs", "2019");

    [Benchmark(Baseline = true, Description = "Load HCPCS 2019")]
    public HcpcsLevel2Release Load() => HcpcsLevel2Release.LoadFolder(_folder);

    [Benchmark(Description = "Load HCPCS 2019 and build the modifier catalogue")]
    public ModifierCatalog LoadCatalog() => ModifierCatalog.Create(HcpcsLevel2Release.LoadFolder(_folder));
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
