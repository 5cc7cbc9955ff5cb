using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Hcpcs.Cpt;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// The CPT loader on a SYNTHETIC file of the licensed layout (code TAB descriptor) with invented descriptors,
/// generated in the setup: the repository holds no CPT content.
/// </summary>
[MemoryDiagnoser]
public class CptBenchmarks
{
    private string _path = string.Empty;
    private CptRelease _release = null!;

    [Params(10_000)]
    public int Codes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"cpt-synthetic-{Codes}.txt");
        var text = new StringBuilder();
        for (var i = 0; i < Codes; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{10000 + i:D5}\tSynthetic descriptor {i} (invented)\n");
        }

        File.WriteAllText(_path, text.ToString());
        _release = CptRelease.Load(_path, 2026);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true, Description = "Load synthetic CPT file")]
    public CptRelease Load() => CptRelease.Load(_path, 2026);

    [Benchmark(Description = "Find CPT code")]
    public CodeEntry? Find() => _release.Find("10042");

    [Benchmark(Description = "Recognise CPT shape (no file)")]
    public bool Recognise() => CptCode.TryParse("0123T", out _, out _);
}
