using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/MedCoding.Sdk.Benchmarks -- --filter '*'</c>
/// (add <c>--job dry</c> to check that they run; its times are not measurements).
/// <see cref="LoadBenchmarks"/> measures cold loads from the official files; <see cref="LookupBenchmarks"/> and
/// <see cref="HierarchyBenchmarks"/> measure warm lookups in the FY2021 release, loaded once in [GlobalSetup].
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
