using MedCoding.ClaimEdits.Excludes1;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.ClaimEdits.Tests;

/// <summary>
/// The data every claim-edit test reads, loaded once: the official ICD-10-CM releases (FY2021 with its
/// Tabular List, FY2025, the April 2025 update, FY2026), ICD-10-PCS FY2025/FY2026, the MCE 43.1 tables (FY2026) and the
/// MCE v37 lists (FY2020), the POA-exempt lists FY2025/FY2026, the HCPCS 2019 codes and modifiers, and the synthetic
/// PTP/MUE fixtures.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<ReleaseSchedule<Icd10Cm.Icd10CmRelease>> s_releases = new(() =>
    {
        var provider = new Icd10Cm.Icd10CmReleaseProvider();
        foreach (var folder in (string[])["2021", "2025", "2025-04", "2026"])
        {
            provider.AddFolder(OfficialData.Path("icd10cm", folder));
        }

        return provider.Releases;
    });

    private static readonly Lazy<ClaimEditData> s_data = new(() => new ClaimEditData
    {
        Icd10Cm = s_releases.Value,
        FallbackExcludes1 = Excludes1Index.For(Fy2021),
        Icd10Pcs = new ReleaseSchedule<Icd10Pcs.PcsRelease>(CodeSystem.Icd10Pcs, ((string[])["2025", "2026"]).Select(year =>
            (Release.ForFiscalYear(CodeSystem.Icd10Pcs, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)),
             (Func<Icd10Pcs.PcsRelease>)(() => Icd10Pcs.PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", year)))))),
        ServiceCodes = new ServiceCodeSet(ReleaseSchedule<Hcpcs.HcpcsLevel2Release>.Of(CodeSystem.HcpcsLevel2, [(Hcpcs2019.Value.Release, Hcpcs2019.Value)])),
        Modifiers = ModifierCatalogSource.Create(Hcpcs2019.Value),
        PractitionerPtp = PtpEditTable.Load(Fixture("synthetic-ptp-practitioner.txt"), NcciProvider.Practitioner),
        HospitalPtp = PtpEditTable.Load(Fixture("synthetic-ptp-hospital.csv"), NcciProvider.Hospital),
        PractitionerMue = MueTable.Load(Fixture("synthetic-mue-practitioner.csv"), NcciProvider.Practitioner),
        Mce = ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(Mce431.Value.Release, Mce431.Value), (Mce.Value.Release, Mce.Value.ToRelease())]),
        PoaExempt = PoaExemptLists.LoadFolders([OfficialData.Path("icd10cm", "2025"), OfficialData.Path("icd10cm", "2026")]),
    });

    private static readonly Lazy<Hcpcs.HcpcsLevel2Release> s_hcpcs2019 = new(() => Hcpcs.HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019")));

    private static readonly Lazy<MceCodeLists> s_mce = new(() => MceCodeLists.Load(OfficialData.Path("mce", "v37", "MCE_Simple_Code_Edits_v37.txt")));

    private static readonly Lazy<MceRelease> s_mce431 = new(() => MceRelease.LoadFolder(OfficialData.Path("msdrg", "v43", "mce")));

    private static readonly Lazy<MceRelease> s_syntheticMce = new(() => MceRelease.LoadFolder(Fixture("synthetic-mce")));

    private static readonly Lazy<ClaimEditor> s_editor = new(() => ClaimEditor.CreateDefault(Data));

    public static ReleaseSchedule<Icd10Cm.Icd10CmRelease> Releases => s_releases.Value;

    public static Icd10Cm.Icd10CmRelease Fy2021 => Releases.Load(Release.ForFiscalYear(CodeSystem.Icd10Cm, 2021));

    public static Lazy<MceCodeLists> Mce => s_mce;

    /// <summary>Gets the MCE 43.1 tables read from the official files (<c>msdrg/v43/mce</c>).</summary>
    public static Lazy<MceRelease> Mce431 => s_mce431;

    /// <summary>
    /// Gets the synthetic MCE release of <c>Fixtures/synthetic-mce</c> (version 431, FY2026): real codes carrying the flags of
    /// the postpayment edits, which no code of the 43.1 tables carries.
    /// </summary>
    public static Lazy<MceRelease> SyntheticMce => s_syntheticMce;

    public static Lazy<Hcpcs.HcpcsLevel2Release> Hcpcs2019 => s_hcpcs2019;

    public static ClaimEditData Data => s_data.Value;

    public static ClaimEditor Editor => s_editor.Value;

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Writes a synthetic data file to a temporary path and returns it.</summary>
    public static string TempFile(string content, string extension = ".txt")
    {
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-claimedits-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}

/// <summary>Builds realistic claims in a few words.</summary>
internal static class Make
{
    public static readonly DateOnly Fy2026Date = new(2025, 11, 3);
    public static readonly DateOnly Fy2025Date = new(2025, 3, 3);
    public static readonly DateOnly Fy2021Date = new(2021, 3, 1);
    public static readonly DateOnly Fy2020Date = new(2020, 3, 2);

    public static Patient Adult(AdministrativeSex sex = AdministrativeSex.Female) => new(new DateOnly(1950, 2, 1), sex);

    /// <summary>Returns a diagnosis with its POA indicator written as on the claim (Y, N, U, W, 1, or none).</summary>
    public static ClaimDiagnosis Dx(string code, string? poa = null) =>
        new(code, PresentOnAdmissionExtensions.TryParse(poa, out var value) ? value : throw new ArgumentException($"'{poa}' is not a POA letter.", nameof(poa)));

    public static ClaimDiagnosis Dx(string code, PresentOnAdmission poa) => new(code, poa);

    public static ServiceLine Line(string code, int[]? pointers = null, string[]? modifiers = null, decimal units = 1, DateOnly? date = null) =>
        new(code, modifiers, units, pointers ?? [1], date, "11", 100m);

    public static Claim Professional(DateOnly date, ClaimDiagnosis[] diagnoses, params ServiceLine[] lines) =>
        new(ClaimType.Professional, date, Adult(), diagnoses, null, lines.Length == 0 ? [Line("99214")] : lines);

    public static Claim Professional(ClaimDiagnosis[] diagnoses, params ServiceLine[] lines) => Professional(Fy2026Date, diagnoses, lines);

    /// <summary>Returns an inpatient claim: admitted and discharged home (status 01) on the date, 0 days' stay, unless a stay is given.</summary>
    public static Claim Institutional(DateOnly date, Patient patient, ClaimDiagnosis[] diagnoses, params ClaimProcedure[] procedures) =>
        new(ClaimType.Institutional, date, patient, diagnoses, procedures, [], new InpatientStay(date, date, 1));

    /// <summary>Returns an inpatient claim with its stay.</summary>
    public static Claim Institutional(InpatientStay stay, Patient patient, ClaimDiagnosis[] diagnoses, params ClaimProcedure[] procedures) =>
        new(ClaimType.Institutional, stay.AdmissionDate, patient, diagnoses, procedures, [], stay);
}

/// <summary>Assertions on results, in the words of the rules.</summary>
internal static class ResultAssertions
{
    public static Finding ShouldHave(this ClaimEditResult result, string ruleId, string target)
    {
        var found = result.For(ruleId).Where(f => f.Target == target).ToArray();
        found.Should().ContainSingle($"{ruleId} should be reported once at {target}; findings: {string.Join(" | ", result.Findings)}");
        return found[0];
    }

    public static void ShouldNotHave(this ClaimEditResult result, string ruleId) =>
        result.For(ruleId).Should().BeEmpty($"{ruleId} should not be reported; findings: {string.Join(" | ", result.Findings)}");

    /// <summary>Asserts a Medicare Code Editor finding: its rule, once, at the target, with a message that names the MCE release and edit.</summary>
    public static Finding ShouldHaveMceEdit(this ClaimEditResult result, string ruleId, string target, string mceEdit, string release = "MCE v43.1")
    {
        var finding = result.ShouldHave(ruleId, target);
        finding.Message.Should().StartWith($"{release} {mceEdit}: ");
        return finding;
    }

    /// <summary>Asserts that the Medicare Code Editor ran on the claim and found nothing: no finding names an MCE edit, and no rule went unchecked.</summary>
    public static void ShouldBeCleanForTheMce(this ClaimEditResult result)
    {
        result.Findings.Where(f => f.Message.StartsWith("MCE v", StringComparison.Ordinal)).Should()
            .BeEmpty($"the MCE should find nothing; findings: {string.Join(" | ", result.Findings)}");
        result.UncheckedRules.Should().BeEmpty($"every MCE rule should have run; findings: {string.Join(" | ", result.Findings)}");
    }
}
