using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Excludes1;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// One ten-line professional claim through every claim edit (warm: data loaded in setup), against a
/// national-size synthetic PTP table (1.2 million pairs), the FY2026 release, the FY2021 Excludes1 notes,
/// the MCE v37 lists and the FY2026 POA-exempt list.
/// </summary>
[MemoryDiagnoser]
public class ClaimEditBenchmarks
{
    private ClaimEditor _editor = null!;
    private Claim _claim = null!;
    private string _ptpPath = null!;

    /// <summary>Gets or sets the claim: one with no findings, or one with a finding for many rules.</summary>
    [Params("NoFindings", "ManyFindings")]
    public string Shape { get; set; } = "NoFindings";

    [GlobalSetup]
    public void Setup()
    {
        _ptpPath = SyntheticPtp.WriteNationalSize();
        var provider = new Icd10Cm.Icd10CmReleaseProvider();
        provider.AddFolder(OfficialData.Path("icd10cm", "2021"));
        provider.AddFolder(OfficialData.Path("icd10cm", "2026"));
        var releases = provider.Releases;
        var v37 = MceCodeLists.Load(OfficialData.Path("mce", "v37", "MCE_Simple_Code_Edits_v37.txt")).ToRelease();
        var data = new ClaimEditData
        {
            Icd10Cm = releases,
            FallbackExcludes1 = Excludes1Index.For(releases.Load(CodeSets.Release.ForFiscalYear(CodeSets.CodeSystem.Icd10Cm, 2021))),
            ServiceCodes = ServiceCodeSet.ShapeOnly,
            Modifiers = ModifierCatalogSource.Create(Hcpcs.HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019"))),
            PractitionerPtp = PtpEditTable.Load(_ptpPath, NcciProvider.Practitioner),
            PractitionerMue = MueTable.Load(new MemoryStream(Encoding.ASCII.GetBytes(SyntheticMue)), "synthetic MUE", NcciProvider.Practitioner),
            Mce = ReleaseSchedule<MceRelease>.Of(CodeSets.CodeSystem.MedicareCodeEditor, [(v37.Release, v37)]),
            PoaExempt = PoaExemptLists.LoadFolders([OfficialData.Path("icd10cm", "2026")]),
        };
        _editor = ClaimEditor.CreateDefault(data);
        _claim = Shape == "NoFindings" ? Claims.Clean : Claims.Messy;
        _ = _editor.Check(_claim); // Load the FY2026 release before measuring.
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_ptpPath);

    [Benchmark(Baseline = true, Description = "All edits")]
    public ClaimEditResult AllEdits() => _editor.Check(_claim);

    [Benchmark(Description = "NCCI PTP only")]
    public ClaimEditResult NcciOnly() => _editor.Check(_claim, RuleSets.Ncci);

    [Benchmark(Description = "Diagnosis edits only")]
    public ClaimEditResult DiagnosisOnly() => _editor.Check(_claim, RuleSets.Diagnosis);

    private const string SyntheticMue = """
        "SYNTHETIC: not CMS data."
        "HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"
        "99214","1","2 Date of Service Edit: Policy","Code Descriptor / CPT Instruction"
        "97110","4","3 Date of Service Edit: Clinical","Clinical: Data"
        "J1885","8","1 Line Edit","Clinical: Data"
        "20610","2","2 Date of Service Edit: Policy","Anatomic Consideration"
        "73630","2","3 Date of Service Edit: Clinical","Anatomic Consideration"
        """;
}

/// <summary>Cold load of a national-size (1.2 million pairs) PTP file in CMS's layout.</summary>
[MemoryDiagnoser]
public class PtpLoadBenchmarks
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup() => _path = SyntheticPtp.WriteNationalSize();

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true, Description = "Load 1.2M PTP pairs")]
    public int Load() => PtpEditTable.Load(_path, NcciProvider.Practitioner).Count;
}

/// <summary>Synthetic PTP files in CMS's layout: generated pairs, plus the pairs the benchmark claims meet.</summary>
internal static class SyntheticPtp
{
    public const int Pairs = 1_200_000;

    public static string WriteNationalSize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-bench-ptp-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("SYNTHETIC generated PTP file: not CMS data.\r\nColumn 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n");
        string[] rationales = ["Misuse of column two code with column one code", "Standards of medical / surgical practice", "Mutually exclusive procedures", "CPT Manual or CMS manual coding instructions"];
        for (var i = 0; i < Pairs - 3; i++)
        {
            writer.Write((10000 + (i / 400)).ToString("D5", CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write((10000 + (i % 400 * 7)).ToString("D5", CultureInfo.InvariantCulture));
            writer.Write(i % 10 == 0 ? "\t*\t19960101\t" : "\t\t20150101\t");
            writer.Write(i % 17 == 0 ? "20200101" : "*");
            writer.Write(i % 3 == 0 ? "\t0\t" : "\t1\t");
            writer.Write(rationales[i % rationales.Length]);
            writer.Write("\r\n");
        }

        writer.Write("93000\t93010\t\t20020101\t*\t0\tStandards of medical / surgical practice\r\n");
        writer.Write("29881\t29877\t\t20060101\t*\t1\tMisuse of column two code with column one code\r\n");
        writer.Write("99214\t36415\t\t20100101\t*\t1\tCPT Manual or CMS manual coding instructions\r\n");
        return path;
    }
}

/// <summary>The benchmark claims (the same as the tests' clean and messy ten-line claims).</summary>
internal static class Claims
{
    private static readonly DateOnly s_date = new(2025, 11, 3);

    public static Claim Clean { get; } = Professional(
        [new("E11.65"), new("I10"), new("E78.5"), new("M17.11")],
        Line("99214", [1, 2, 3], ["25"]), Line("93000", [2]), Line("20610", [4], ["RT"]), Line("J1885", [4], units: 2),
        Line("97110", [4], units: 2), Line("73630", [4], ["LT"]), Line("80053", [1]), Line("G0439", [1]),
        Line("29881", [4], ["RT"]), Line("12001", [4]));

    public static Claim Messy { get; } = Professional(
        [new("W19.XXXA"), new("E11.6"), new("S72.001"), new("E10.9")],
        Line("99214", [1, 2, 5]), Line("93000", [2]), Line("93010", [2]), Line("J1885", [4], units: 9),
        Line("97110", [4], units: 3), Line("97110", [4], ["59"], units: 2), Line("73630", [4], ["LT", "RT"]),
        Line("29881", [4]), Line("29877", [4]), Line("29877", [4]));

    private static ServiceLine Line(string code, int[] pointers, string[]? modifiers = null, decimal units = 1) =>
        new(code, modifiers, units, pointers, s_date, "11", 100m);

    private static Claim Professional(ClaimDiagnosis[] diagnoses, params ServiceLine[] lines) =>
        new(ClaimType.Professional, s_date, new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female), diagnoses, null, lines);
}
