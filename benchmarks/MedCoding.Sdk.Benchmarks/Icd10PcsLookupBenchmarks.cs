using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>Warm ICD-10-PCS lookups: by code, decoding axis by axis, validity, and the encoder's options.</summary>
[MemoryDiagnoser]
public class Icd10PcsLookupBenchmarks
{
    private PcsRelease _release = null!;
    private PcsTables _tables = null!;
    private PcsCode _code;

    [Params("0016070", "0dt70zz")]
    public string Input { get; set; } = "0016070";

    [GlobalSetup]
    public void Setup()
    {
        _release = PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2026"));
        _tables = PcsTables.Load(OfficialData.Path("icd10pcs", "2020", "icd10pcs_tables_2020.xml"));
        _code = PcsCode.Parse(Input);
    }

    [Benchmark(Baseline = true, Description = "Find (order file)")]
    public CodeEntry? Find() => _release.Find(Input);

    [Benchmark(Description = "Tables contain")]
    public bool Contains() => _tables.Contains(_code);

    [Benchmark(Description = "Decode axis by axis")]
    public PcsDecodedCode? Decode() => _tables.Decode(_code);

    [Benchmark(Description = "Builder: 7 selections with options")]
    public PcsDecodedCode Build()
    {
        var builder = _tables.CreateBuilder();
        foreach (var c in _code.Value)
        {
            builder.Select(c);
        }

        return builder.Build();
    }
}
