using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Grouping;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Warm grouping: the v43.0/v43.1 tables are loaded once, then the 6,000 expected cases are grouped on
/// one thread, each with the version its line names. Each operation is one case (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>), so
/// cases per second = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class MsDrgGrouperBenchmarks
{
    private const int Cases = 6000;
    private MsDrgGrouper _grouper = null!;
    private (DrgCase Case, Release Version)[] _cases = [];

    /// <summary>The shape of the workload: every case, or only those CMS grouped to a surgical or a medical DRG.</summary>
    [Params("AllCases", "SurgicalOnly", "MedicalOnly")]
    public string Workload { get; set; } = "AllCases";

    [GlobalSetup]
    public void Setup()
    {
        var folder = OfficialData.Path("msdrg", "v43");
        _grouper = MsDrgGrouper.Load(folder);
        var records = DrgCaseFile.Read(Path.Combine(folder, "cases", "cases-430.tsv"))
            .Concat(DrgCaseFile.Read(Path.Combine(folder, "cases", "cases-431.tsv")))
            .Where(r => Workload switch
            {
                "SurgicalOnly" => IsSurgical(r),
                "MedicalOnly" => !IsSurgical(r),
                _ => true,
            })
            .Select(r => (r.Case, _grouper.FindVersion(r.Version!)))
            .ToArray();

        // Repeat the selection to a fixed count so every workload does the same number of operations.
        _cases = [.. Enumerable.Range(0, Cases).Select(i => records[i % records.Length])];
    }

    private bool IsSurgical(DrgCaseRecord record) => _grouper.Group(record.Case, record.Version!).Type == DrgType.Surgical;

    /// <summary>Groups each case: DRG, MDC, return code and the structured path.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Cases)]
    public int Group()
    {
        var sum = 0;
        foreach (var (drgCase, version) in _cases)
        {
            sum += _grouper.Group(drgCase, version).Drg;
        }

        return sum;
    }

    /// <summary>Groups each case and renders its path as text, as <c>medcoding drg explain</c> does.</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public int GroupAndRenderPath()
    {
        var length = 0;
        foreach (var (drgCase, version) in _cases)
        {
            foreach (var step in _grouper.Group(drgCase, version).Path)
            {
                length += step.ToString().Length;
            }
        }

        return length;
    }
}
