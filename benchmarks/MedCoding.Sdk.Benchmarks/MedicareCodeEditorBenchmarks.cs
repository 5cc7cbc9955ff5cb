using BenchmarkDotNet.Attributes;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Data;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Warm Medicare Code Editor: the embedded MCE 43.1 release is loaded once, then CMS's 5,000 expected cases
/// (<c>msdrg/v43/mce/cases/cases-mce-431.tsv</c>) are edited on one thread. Each operation is one claim
/// (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>), so claims per second = 1 s / Mean.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/MedCoding.Sdk.Benchmarks -- --filter '*MedicareCodeEditorBenchmarks*'</c>.</remarks>
[MemoryDiagnoser]
public class MedicareCodeEditorBenchmarks
{
    private const int Cases = 5000;
    private MceRelease _release = null!;
    private MceClaim[] _claims = [];

    [GlobalSetup]
    public void Setup()
    {
        _release = MceData.Default.Newest;
        using var reader = File.OpenText(OfficialData.Path("msdrg", "v43", "mce", "cases", "cases-mce-431.tsv"));
        _claims = [.. MceCaseFile.Read(reader, "cases-mce-431.tsv").Select(r => r.Claim!)];
        if (_claims.Length != Cases)
        {
            throw new InvalidOperationException($"Expected {Cases} cases, read {_claims.Length}.");
        }
    }

    /// <summary>Edits each claim: edit type, edit counter and each code's edits.</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public int Edit()
    {
        var edits = 0;
        foreach (var claim in _claims)
        {
            edits += MedicareCodeEditor.Edit(claim, _release).ClaimEdits.Count;
        }

        return edits;
    }
}
