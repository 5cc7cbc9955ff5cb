using MedCoding.Claims;
using MedCoding.CodeSets;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>The Medicare Code Editor's principal-diagnosis and coverage edits (MCE 43.1 for FY2026), on inpatient claims.</summary>
public sealed class MceEditTests
{
    private static readonly Patient s_man70 = new(new DateOnly(1955, 6, 1), AdministrativeSex.Male);
    private static readonly Patient s_man45 = new(new DateOnly(1980, 6, 1), AdministrativeSex.Male);
    private static readonly Patient s_woman52 = new(new DateOnly(1973, 4, 9), AdministrativeSex.Female);

    private static ClaimEditResult Check(Claim claim) => TestData.Editor.Check(claim, RuleSets.Mce);

    [Fact]
    public void Check_NicotineDependenceAsPrincipal_IsUnacceptableAsPrincipal()
    {
        // A COPD exacerbation in a smoker: F17.210 is on the MCE's unacceptable-principal list, J44.1 is not.
        var finding = Check(Institutional(Fy2026Date, s_man70, [Dx("F17.210", "Y"), Dx("J44.1", "Y")])).ShouldHave(RuleCatalog.DxPrincipalUnacceptable, "diagnoses[0]");
        finding.Severity.Should().Be(Severity.Error);
        finding.AttemptedValue.Should().Be("F17.210");
        finding.Message.Should().Be("MCE v43.1 UNACCEPTABLE_PDX: F17.210 is unacceptable as principal diagnosis: it does not describe the condition chiefly responsible for the admission. Make that condition the principal diagnosis and list F17.210 after it.");
        Check(Institutional(Fy2026Date, s_man70, [Dx("J44.1", "Y"), Dx("F17.210", "Y")])).ShouldNotHave(RuleCatalog.DxPrincipalUnacceptable);
    }

    [Fact]
    public void Check_ExamCodeFirstOnAProfessionalClaim_IsNotAnMceEdit()
    {
        // Z00.00 is unacceptable as an inpatient principal diagnosis, but first-listed on a preventive visit is right.
        Check(Institutional(Fy2026Date, s_man70, [Dx("Z00.00")])).ShouldHave(RuleCatalog.DxPrincipalUnacceptable, "diagnoses[0]");
        TestData.Editor.Check(Professional([Dx("Z00.00")], Line("99397"))).ShouldNotHave(RuleCatalog.DxPrincipalUnacceptable);
    }

    [Fact]
    public void Check_EssentialHypertensionAsPrincipal_IsAQuestionableAdmission()
    {
        var finding = Check(Institutional(Fy2026Date, s_man70, [Dx("I10", "Y")])).ShouldHave(RuleCatalog.DxQuestionableAdmission, "diagnoses[0]");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("MCE v43.1 QUESTIONABLE_ADMISSION: I10 as principal diagnosis is a questionable reason for an inpatient admission: the claim may be reviewed; check that the principal diagnosis is the condition that required the stay.");
        // Hypertensive urgency admitted, essential hypertension as a secondary diagnosis.
        Check(Institutional(Fy2026Date, s_man70, [Dx("I16.0", "Y"), Dx("I10", "Y")])).ShouldNotHave(RuleCatalog.DxQuestionableAdmission);
    }

    [Fact]
    public void Check_IntragastricBalloon_IsNotCoveredButAGastricBandIs()
    {
        // 0DV68DZ (restriction of stomach with an intraluminal device, endoscopic) carries the MCE's noncovered flag.
        ClaimDiagnosis[] obesity = [Dx("E66.01", "Y"), Dx("Z68.41", "Y")];
        var finding = Check(Institutional(Fy2026Date, s_woman52, obesity, new ClaimProcedure("0DV68DZ"))).ShouldHave(RuleCatalog.ProcNoncovered, "procedures[0]");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("MCE v43.1 NON_COVERED: 0DV68DZ is a procedure Medicare does not cover.");
        Check(Institutional(Fy2026Date, s_woman52, obesity, new ClaimProcedure("0DV64CZ"))).ShouldNotHave(RuleCatalog.ProcNoncovered);
    }

    [Fact]
    public void Check_LumbarDiscReplacement_IsNotCoveredOverSixty()
    {
        // 0SR20JZ (replacement of lumbar disc with synthetic substitute, open) carries the MCE's ncov12agele60 flag.
        ClaimDiagnosis[] disc = [Dx("M51.16", "Y")];
        Check(Institutional(Fy2026Date, s_man70, disc, new ClaimProcedure("0SR20JZ"))).ShouldHave(RuleCatalog.ProcNoncovered, "procedures[0]").Message
            .Should().Be("MCE v43.1 NON_COVERED: 0SR20JZ is not covered by Medicare for a patient over 60.").And.NotContain("70");
        Check(Institutional(Fy2026Date, s_man45, disc, new ClaimProcedure("0SR20JZ"))).ShouldNotHave(RuleCatalog.ProcNoncovered);
    }

    [Fact]
    public void Check_KidneyTransplant_HasLimitedCoverage()
    {
        ClaimDiagnosis[] esrd = [Dx("N18.6", "Y"), Dx("Z99.2")];
        var finding = Check(Institutional(Fy2026Date, s_man45, esrd, new ClaimProcedure("0TY00Z0"))).ShouldHave(RuleCatalog.ProcLimitedCoverage, "procedures[0]");
        finding.Severity.Should().Be(Severity.Warning);
        // A nephrectomy for the same patient is not on the list.
        Check(Institutional(Fy2026Date, s_man45, esrd, new ClaimProcedure("0TT00ZZ"))).ShouldNotHave(RuleCatalog.ProcLimitedCoverage);
    }

    [Fact]
    public void Check_AftercareAlone_NeedsASecondaryDiagnosis()
    {
        // Z51.89 (other specified aftercare) is unacceptable as principal diagnosis only when no secondary diagnosis is
        // reported (the MCE's REQUIRES_SDX: flags unacceptable and reqsdx).
        var finding = Check(Institutional(Fy2026Date, s_man70, [Dx("Z51.89", "Y")])).ShouldHave(RuleCatalog.DxPrincipalUnacceptable, "diagnoses[0]");
        finding.Message.Should().Be("MCE v43.1 REQUIRES_SDX: Z51.89 is acceptable as principal diagnosis only with a secondary diagnosis, and the claim has none: report the condition treated as a secondary diagnosis.");
        Check(Institutional(Fy2026Date, s_man70, [Dx("Z51.89", "Y"), Dx("I10", "Y")])).ShouldNotHave(RuleCatalog.DxPrincipalUnacceptable);
    }

    [Fact]
    public void Check_PancreasTransplant_IsCoveredOnlyWithAKidneyTransplantOrType1Diabetes()
    {
        // The pancreas transplant rows carry ncov45 and lcov: not covered alone, limited coverage when covered.
        var pancreas = TestData.Mce431.Value.Procedures.First(p => p.Flags.Contains("ncov45") && p.IsInForceOn(Fy2026Date)).Code;
        var kidney = TestData.Mce431.Value.Procedures.First(p => p.Flags.Contains("kidneyxp") && p.IsInForceOn(Fy2026Date)).Code;
        var alone = Check(Institutional(Fy2026Date, s_man45, [Dx("E11.65", "Y")], new ClaimProcedure(pancreas)));
        alone.ShouldHave(RuleCatalog.ProcNoncovered, "procedures[0]").Message.Should().Contain("unless the claim also has a kidney transplant or a diagnosis of type 1 diabetes");
        alone.ShouldNotHave(RuleCatalog.ProcLimitedCoverage);
        var withKidney = Check(Institutional(Fy2026Date, s_man45, [Dx("E11.65", "Y")], new ClaimProcedure(pancreas), new ClaimProcedure(kidney)));
        withKidney.ShouldNotHave(RuleCatalog.ProcNoncovered);
        withKidney.ShouldHave(RuleCatalog.ProcLimitedCoverage, "procedures[0]");
        Check(Institutional(Fy2026Date, s_man45, [Dx("E10.9", "Y")], new ClaimProcedure(pancreas))).ShouldHave(RuleCatalog.ProcLimitedCoverage, "procedures[0]");
    }

    [Fact]
    public void Check_ProfessionalClaim_HasNoCoverageEdits()
    {
        var claim = new Claim(ClaimType.Professional, Fy2026Date, s_man70, [Dx("F17.210"), Dx("J44.1")], [new ClaimProcedure("0DV68DZ")], [Line("99223", [1, 2])]);
        var result = Check(claim);
        result.ShouldNotHave(RuleCatalog.DxPrincipalUnacceptable);
        result.ShouldNotHave(RuleCatalog.ProcNoncovered);
    }
}
