using BenchmarkDotNet.Attributes;
using MedCoding.Grouping;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>Cold load: reading one version's grouper tables (dx, pr, clusters, CC exclusions, formulas) from the TSV files.</summary>
[MemoryDiagnoser]
public class MsDrgLoadBenchmarks
{
    private string _folder = "";

    [GlobalSetup]
    public void Setup() => _folder = OfficialData.Path("msdrg", "v43");

    [Benchmark(Baseline = true)]
    public MsDrgDefinitions LoadV431() => MsDrgDefinitions.Load(_folder, MsDrgVersion.V431);
}
