using BenchmarkDotNet.Attributes;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Poa;
using MedCoding.Data;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Loading the claim editor's data ready for use: a fiscal year's POA-exempt list (FY2026) and the MCE 43.1 tables, from
/// the official files (the baselines) and from the resources embedded in MedCoding.Data.ClaimEdits.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/MedCoding.Sdk.Benchmarks -- --filter '*ClaimEditDataBenchmarks*'</c>.</remarks>
[MemoryDiagnoser]
public class ClaimEditDataBenchmarks
{
    private readonly string _poaFolder = OfficialData.Path("icd10cm", "2026");
    private readonly string _mceFolder = OfficialData.Path("msdrg", "v43", "mce");

    [Benchmark]
    public PoaExemptList PoaOfficialFile() => PoaExemptList.LoadFolder(_poaFolder);

    [Benchmark]
    public PoaExemptList PoaEmbedded()
    {
        using var stream = PoaExemptData.OpenCompiledFile("poa-exempt-2026.mcd");
        return PoaExemptList.FromStream(stream);
    }

    [Benchmark]
    public MceRelease MceOfficialFiles() => MceRelease.LoadFolder(_mceFolder);

    [Benchmark]
    public MceRelease MceEmbedded()
    {
        using var stream = MceData.OpenCompiledFile("mce-43.1.mcd");
        return MceRelease.FromStream(stream);
    }
}
