using MedCoding.CodeSets.IO;
using BenchmarkDotNet.Attributes;
using MedCoding.Data;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.IO;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Loading one release ready for lookups: from the official files (the baseline), from a compiled file on disk
/// (Deflate, the default, and uncompressed), and from the resource embedded in MedCoding.Data. Target: FY2026 under 20 ms.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/MedCoding.Sdk.Benchmarks -- --filter '*CompiledDataBenchmarks*'</c>.</remarks>
[MemoryDiagnoser]
public class CompiledDataBenchmarks
{
    private string _folder = string.Empty;
    private string _compiled = string.Empty;
    private string _uncompressed = string.Empty;
    private string _resource = string.Empty;

    /// <summary>The release: FY2026 (order file only) or FY2021 (with its Tabular List and notes).</summary>
    [Params("2026", "2021")]
    public string Release { get; set; } = "2026";

    [GlobalSetup]
    public void Setup()
    {
        _folder = OfficialData.Path("icd10cm", Release);
        var release = Icd10CmRelease.LoadFolder(_folder);
        _compiled = Path.Combine(Path.GetTempPath(), $"medcoding-bench-{Release}.mcd");
        _uncompressed = Path.Combine(Path.GetTempPath(), $"medcoding-bench-{Release}-raw.mcd");
        using (var file = File.Create(_compiled))
        {
            Icd10CmReleaseFormat.Write(release, file, CompiledDataCompression.Deflate);
        }

        using (var file = File.Create(_uncompressed))
        {
            Icd10CmReleaseFormat.Write(release, file, CompiledDataCompression.None);
        }

        _resource = $"icd10cm-{Release}.mcd";
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_compiled);
        File.Delete(_uncompressed);
    }

    [Benchmark(Baseline = true)]
    public Icd10CmRelease OfficialFiles() => Icd10CmRelease.LoadFolder(_folder);

    [Benchmark]
    public Icd10CmRelease CompiledFile() => Icd10CmRelease.FromFile(_compiled);

    [Benchmark]
    public Icd10CmRelease CompiledFileUncompressed() => Icd10CmRelease.FromFile(_uncompressed);

    [Benchmark]
    public Icd10CmRelease Embedded()
    {
        using var stream = Icd10CmData.OpenCompiledFile(_resource);
        return Icd10CmRelease.FromStream(stream);
    }
}

/// <summary>Compiling one release (already loaded from the official files) into the compiled format.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private Icd10CmRelease _release = null!;
    private MemoryStream _output = new();

    [Params("2026", "2021")]
    public string Release { get; set; } = "2026";

    [GlobalSetup]
    public void Setup()
    {
        _release = Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", Release));
        _output = new MemoryStream(4 << 20);
    }

    [Benchmark(Baseline = true)]
    public long Compile()
    {
        _output.SetLength(0);
        _release.WriteTo(_output);
        return _output.Length;
    }

    [Benchmark]
    public long CompileUncompressed()
    {
        _output.SetLength(0);
        Icd10CmReleaseFormat.Write(_release, _output, CompiledDataCompression.None);
        return _output.Length;
    }
}

/// <summary>
/// Memory per release: what loading the embedded release allocates (Allocated column), with titles left encoded
/// until used, and once every title has been read.
/// </summary>
[MemoryDiagnoser]
public class ReleaseMemoryBenchmarks
{
    [Params("2026", "2025", "2025-04", "2021")]
    public string Release { get; set; } = "2026";

    [Benchmark(Baseline = true)]
    public Icd10CmRelease Load()
    {
        using var stream = Icd10CmData.OpenCompiledFile($"icd10cm-{Release}.mcd");
        return Icd10CmRelease.FromStream(stream);
    }

    [Benchmark]
    public int LoadAndReadEveryTitle()
    {
        var release = Load();
        var length = 0;
        foreach (var entry in release.Entries)
        {
            length += entry.Title.Length + entry.ShortTitle.Length;
        }

        return length;
    }
}
