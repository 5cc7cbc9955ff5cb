using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Grouping;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Cold load of one MS-DRG version's tables, ready for grouping (each operation loads, builds a grouper and groups
/// one case): from CMS's TSV tables (9.1 MB), and from the compiled data written from them, in memory (as an
/// embedded resource is read) and from a file.
/// </summary>
[MemoryDiagnoser]
public class MsDrgLoadBenchmarks
{
    private string _folder = "";
    private string _file = "";
    private byte[] _compiled = [];
    private DrgCase _case = null!;

    /// <summary>The version: v43.0 or v43.1.</summary>
    [Params("43.0", "43.1")]
    public string Version { get; set; } = "43.1";

    [GlobalSetup]
    public void Setup()
    {
        _folder = OfficialData.Path("msdrg", "v43", $"v{Version.Replace(".", "", StringComparison.Ordinal)}");
        var stream = new MemoryStream();
        MsDrgDefinitions.Load(_folder).WriteTo(stream);
        _compiled = stream.ToArray();
        _file = Path.Combine(Path.GetTempPath(), $"msdrg-{Version}-{Guid.NewGuid():N}.mcd");
        File.WriteAllBytes(_file, _compiled);
        _case = new DrgCase { PrincipalDiagnosis = new DrgDiagnosis("J189", PresentOnAdmission.Yes), SecondaryDiagnoses = [new DrgDiagnosis("I5021", PresentOnAdmission.Yes)], Age = 70, Sex = AdministrativeSex.Male, DischargeStatus = 1 };
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark(Baseline = true)]
    public int OfficialFiles() => Ready(MsDrgDefinitions.Load(_folder));

    [Benchmark]
    public int CompiledInMemory() => Ready(MsDrgDefinitions.FromStream(new MemoryStream(_compiled, writable: false)));

    [Benchmark]
    public int CompiledFile() => Ready(MsDrgDefinitions.FromFile(_file));

    /// <summary>Ready for grouping: a grouper over the tables groups a case (J18.9 with an MCC: DRG 193).</summary>
    private int Ready(MsDrgDefinitions definitions) => MsDrgGrouper.Of(definitions).Group(_case, definitions.Release).Drg;
}
