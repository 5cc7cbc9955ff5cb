using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Warm exact lookups in the FY2021 release (Tabular List loaded in <see cref="Setup"/>): an already
/// normalised code (the baseline; target tens of nanoseconds and no allocation), and the forms a user
/// types. The codes vary in length: a category, a subcategory and a 7th-character extension.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private Icd10CmRelease _release = null!;
    private Icd10CmCode _code;
    private string _normalized = null!;
    private string _dotted = null!;
    private string _typed = null!;

    [Params("E1165", "I10", "T360X1A")]
    public string Code { get; set; } = "E1165";

    [GlobalSetup]
    public void Setup()
    {
        _release = Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2021"));
        _code = Icd10CmCode.Parse(Code);
        // Copies, so that the lookups cannot profit from reference equality with the dictionary's keys.
        _normalized = new string(Code.AsSpan());
        _dotted = _code.ToString();
        _typed = $" {_dotted.ToLowerInvariant()} ";
        if (_release.Find(_code) is null || _release.Find(_typed) is null)
        {
            throw new InvalidOperationException($"{Code} is not in {_release.Release.Name}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Find(Icd10CmCode)")]
    public CodeEntry? FindCode() => _release.Find(_code);

    [Benchmark(Description = "Find(string), normalised")]
    public CodeEntry? FindNormalizedString() => _release.Find(_normalized);

    [Benchmark(Description = "Find(string), dotted")]
    public CodeEntry? FindDottedString() => _release.Find(_dotted);

    [Benchmark(Description = "Find(string), typed: blanks, lower case")]
    public CodeEntry? FindTypedString() => _release.Find(_typed);

    [Benchmark(Description = "Find(ReadOnlySpan<char>), dotted")]
    public CodeEntry? FindDottedSpan() => _release.Find(_dotted.AsSpan());

    [Benchmark(Description = "Icd10CmCode.TryParse, dotted, then Find")]
    public CodeEntry? ParseThenFind() => Icd10CmCode.TryParse(_dotted, out var code) ? _release.Find(code) : null;
}
