using MedCoding.ClaimEdits.Edits;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>
/// The Medicare Code Editor's postpayment edits (NONSPECIFIC_PDX, MEDICARE_IS_SECONDARY_PAYER, NONSPECIFIC_OR, OPEN_BIOPSY,
/// BILATERAL), on the synthetic release of <c>Fixtures/synthetic-mce</c>: no code of the 43.1 tables carries their flags.
/// </summary>
public sealed partial class MedicareCodeEditorEditTests
{
    private static readonly Lazy<ClaimEditor> s_syntheticEditor = new(() =>
    {
        var mce = TestData.SyntheticMce.Value;
        return ClaimEditor.CreateBuilder(new ClaimEditData { Mce = ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(mce.Release, mce)]) })
            .Add(new MedicareCodeEditorEdit())
            .Build();
    });

    private static ClaimEditResult CheckSynthetic(Claim claim) => s_syntheticEditor.Value.Check(claim);

    [Fact]
    public void Check_IllnessUnspecifiedAsPrincipal_IsANonspecificPrincipalDiagnosis()
    {
        // R69 (illness, unspecified) is flagged nonspecific here: as principal it is reviewed after payment; as a secondary
        // diagnosis after the appendicitis it is not edited.
        var finding = CheckSynthetic(Inpatient(Stay(s_fy2026, days: 2), 72, AdministrativeSex.Male, [Dx("R69", "Y"), Dx("K35.80", "Y")]))
            .ShouldHaveMceEdit(RuleCatalog.DxNonspecificPrincipal, "diagnoses[0]", "NONSPECIFIC_PDX");
        finding.Message.Should().Be("MCE v43.1 NONSPECIFIC_PDX: R69 is a non-specific principal diagnosis: the claim may be reviewed after payment.");
        finding.Severity.Should().Be(Severity.Warning);

        CheckSynthetic(Inpatient(Stay(s_fy2026, days: 2), 72, AdministrativeSex.Male, [Dx("K35.80", "Y"), Dx("R69", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_HipFracture_MayMakeMedicareTheSecondaryPayer()
    {
        // S72.001A (fracture of the right femoral neck) is flagged msp here: an injury, so another payer may be primary.
        // Osteoarthritis of the same hip is not.
        var finding = CheckSynthetic(Inpatient(Stay(s_fy2026, days: 4, status: 3), 79, AdministrativeSex.Female, [Dx("S72.001A", "Y")]))
            .ShouldHaveMceEdit(RuleCatalog.DxMedicareSecondaryPayer, "diagnoses[0]", "MEDICARE_IS_SECONDARY_PAYER");
        finding.Message.Should().Be("MCE v43.1 MEDICARE_IS_SECONDARY_PAYER: S72.001A suggests another payer may be primary (an injury): check for other insurance.");
        finding.Severity.Should().Be(Severity.Warning);

        CheckSynthetic(Inpatient(Stay(s_fy2026, days: 4, status: 3), 79, AdministrativeSex.Female, [Dx("M16.11", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_ExploratoryLaparotomyAlone_IsANonspecificOperatingRoomProcedure()
    {
        // 0WJG0ZZ (inspection of the peritoneal cavity, open) is a non-specific O.R. procedure here; with an appendectomy
        // (0DTJ0ZZ, a specific O.R. procedure) on the claim, it is not edited.
        ClaimDiagnosis[] appendicitis = [Dx("K35.80", "Y")];
        var finding = CheckSynthetic(Inpatient(Stay(s_fy2026, days: 3), 67, AdministrativeSex.Female, appendicitis, "0WJG0ZZ"))
            .ShouldHaveMceEdit(RuleCatalog.ProcNonspecificOperatingRoom, "procedures[0]", "NONSPECIFIC_OR");
        finding.Message.Should().Be("MCE v43.1 NONSPECIFIC_OR: 0WJG0ZZ is a non-specific O.R. procedure, and the claim has no specific one: the claim may be reviewed after payment.");

        CheckSynthetic(Inpatient(Stay(s_fy2026, days: 3), 67, AdministrativeSex.Female, appendicitis, "0WJG0ZZ", "0DTJ0ZZ")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_OpenLungBiopsy_IsAnOpenBiopsy()
    {
        // A solitary pulmonary nodule: diagnostic excision of the right upper lobe, open (0BBC0ZX, flagged biopsy here), or
        // thoracoscopic (0BBC4ZX).
        ClaimDiagnosis[] nodule = [Dx("R91.1", "Y")];
        var finding = CheckSynthetic(Inpatient(Stay(s_fy2026, days: 3), 69, AdministrativeSex.Male, nodule, "0BBC0ZX"))
            .ShouldHaveMceEdit(RuleCatalog.ProcOpenBiopsy, "procedures[0]", "OPEN_BIOPSY");
        finding.Message.Should().Be("MCE v43.1 OPEN_BIOPSY: 0BBC0ZX is an open biopsy: the claim may be reviewed after payment.");

        CheckSynthetic(Inpatient(Stay(s_fy2026, days: 3), 69, AdministrativeSex.Male, nodule, "0BBC4ZX")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_BothKneesReplacedForAnMdc8Diagnosis_AreBilateralProcedures()
    {
        // Bilateral primary osteoarthritis of the knees (M17.0, MDC 8 here): both knees replaced (0SRC0J9, 0SRD0J9, flagged
        // bilateral here) is reviewed after payment; one knee replaced is not.
        ClaimDiagnosis[] arthritis = [Dx("M17.0", "Y")];
        var result = CheckSynthetic(Inpatient(Stay(s_fy2026, days: 3), 70, AdministrativeSex.Female, arthritis, "0SRC0J9", "0SRD0J9"));
        result.ShouldHaveMceEdit(RuleCatalog.ProcBilateral, "procedures[0]", "BILATERAL").Message
            .Should().Be("MCE v43.1 BILATERAL: 0SRC0J9 is one of two or more bilateral procedures with an MDC 8 principal diagnosis: the claim may be reviewed after payment.");
        result.ShouldHaveMceEdit(RuleCatalog.ProcBilateral, "procedures[1]", "BILATERAL");

        CheckSynthetic(Inpatient(Stay(s_fy2026, days: 3), 70, AdministrativeSex.Female, arthritis, "0SRC0J9")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_PostpaymentAndPrepaymentEdits_AreBothReported()
    {
        // A hip fracture (postpayment MEDICARE_IS_SECONDARY_PAYER) with a discharge status the release does not list (41:
        // prepayment INVALID_DISCHARGE_STATUS): the MCE's edit type is BOTH, and each edit is a finding.
        var claim = Inpatient(Stay(s_fy2026, days: 4, status: 41), 88, AdministrativeSex.Female, [Dx("S72.001A", "Y")]);
        var result = CheckSynthetic(claim);
        result.ShouldHaveMceEdit(RuleCatalog.DxMedicareSecondaryPayer, "diagnoses[0]", "MEDICARE_IS_SECONDARY_PAYER");
        result.ShouldHaveMceEdit(RuleCatalog.MceInvalidDischargeStatus, "stay.dischargeStatus", "INVALID_DISCHARGE_STATUS");
        MedicareCodeEditor.Edit(MedicareCodeEditorEdit.ToMceClaim(claim), TestData.SyntheticMce.Value).EditType.Should().Be(MceEditType.Both);
    }
}
