using BenchmarkDotNet.Attributes;
using MedCoding.Audit;
using MedCoding.Grouping;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// The DRG what-if of one case of ten diagnoses (principal + nine secondaries): every billable code of each diagnosis's
/// category and every resequence, on one thread. The cases are the first 20 of CMS's v43.1 expected results with ten
/// diagnoses; the grouper reads CMS's tables, the ICD-10-CM FY2026 release its order file. The release's category lists
/// are warmed in the setup, so each operation is the search of one case (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>).
/// </summary>
[MemoryDiagnoser]
public class DrgWhatIfBenchmarks
{
    private const int Cases = 20;
    private DrgWhatIf _whatIf = null!;
    private DrgWhatIf _everyCandidateGrouped = null!;
    private DrgCase[] _cases = [];

    [GlobalSetup]
    public void Setup()
    {
        var grouper = MsDrgGrouper.Load(OfficialData.Path("msdrg", "v43"));
        var icd10Cm = new Icd10CmReleaseProvider();
        icd10Cm.AddFolder(OfficialData.Path("icd10cm", "2026"));
        _whatIf = new DrgWhatIf(grouper, icd10Cm);
        _everyCandidateGrouped = new DrgWhatIf(new OpaqueGrouper(grouper), icd10Cm);
        _cases = [.. DrgCaseFile.Read(OfficialData.Path("msdrg", "v43", "cases", "cases-431.tsv"))
            .Where(r => r.Case.SecondaryDiagnoses.Count == 9)
            .Take(Cases)
            .Select(r => r.Case)];
        foreach (var drgCase in _cases)
        {
            _whatIf.Analyze(drgCase);
        }
    }

    /// <summary>The what-if as shipped: codes the grouper reads alike in a place are grouped once.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Cases)]
    public int WhatIf()
    {
        var changes = 0;
        foreach (var drgCase in _cases)
        {
            changes += _whatIf.Analyze(drgCase).Changes.Count;
        }

        return changes;
    }

    /// <summary>The same search with a grouper the what-if cannot see into: every candidate grouped in full.</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public int WhatIfEveryCandidateGrouped()
    {
        var changes = 0;
        foreach (var drgCase in _cases)
        {
            changes += _everyCandidateGrouped.Analyze(drgCase).Changes.Count;
        }

        return changes;
    }

    private sealed class OpaqueGrouper(IDrgGrouper inner) : IDrgGrouper
    {
        public DrgResult Group(DrgCase drgCase) => inner.Group(drgCase);
    }
}
