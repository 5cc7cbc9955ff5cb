using MedCoding.Claims;
using MedCoding.CodeSets;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>The Medicare Code Editor's procedure edits: coverage, delivery without an outcome, ventilation and the length of stay.</summary>
public sealed partial class MedicareCodeEditorEditTests
{
    private static readonly Patient s_man70 = new(new DateOnly(1955, 6, 1), AdministrativeSex.Male);
    private static readonly Patient s_man45 = new(new DateOnly(1980, 6, 1), AdministrativeSex.Male);
    private static readonly Patient s_woman52 = new(new DateOnly(1973, 4, 9), AdministrativeSex.Female);

    /// <summary>A discharge in FY2021, when the artificial-heart pair's rows (up to 2022-03-31) are in force.</summary>
    private static readonly DateOnly s_fy2021 = new(2021, 6, 15);

    // ---- NON_COVERED, by kind ----

    [Fact]
    public void Check_IntragastricBalloon_IsNotCoveredButAGastricBandIs()
    {
        // 0DV68DZ (restriction of stomach with an intraluminal device, endoscopic) carries the MCE's noncovered flag.
        ClaimDiagnosis[] obesity = [Dx("E66.01", "Y"), Dx("Z68.41", "Y")];
        var finding = Check(Institutional(Fy2026Date, s_woman52, obesity, new ClaimProcedure("0DV68DZ"))).ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[0]", "NON_COVERED");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("MCE v43.1 NON_COVERED: 0DV68DZ is a procedure Medicare does not cover.");

        Check(Institutional(Fy2026Date, s_woman52, obesity, new ClaimProcedure("0DV64CZ"))).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_PancreasTransplant_IsCoveredOnlyWithAKidneyTransplantOrType1Diabetes()
    {
        // 0FYG0Z0 (pancreas transplant, allogeneic) carries ncov45 and lcov: not covered alone, limited coverage when covered;
        // 0TY00Z0 (right kidney transplant, allogeneic) carries kidneyxp, E10.9 (type 1 diabetes) diabtypeI.
        var alone = Check(Institutional(Fy2026Date, s_man45, [Dx("E11.65", "Y")], new ClaimProcedure("0FYG0Z0")));
        alone.ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[0]", "NON_COVERED").Message
            .Should().Be("MCE v43.1 NON_COVERED: 0FYG0Z0 is not covered by Medicare unless the claim also has a kidney transplant or a diagnosis of type 1 diabetes.");
        alone.ShouldNotHave(RuleCatalog.ProcLimitedCoverage);

        var withKidney = Check(Institutional(Fy2026Date, s_man45, [Dx("E11.65", "Y")], new ClaimProcedure("0FYG0Z0"), new ClaimProcedure("0TY00Z0")));
        withKidney.ShouldNotHave(RuleCatalog.ProcNoncovered);
        withKidney.ShouldHaveMceEdit(RuleCatalog.ProcLimitedCoverage, "procedures[0]", "LIMITED_COVERAGE");
        var type1 = Check(Institutional(Fy2026Date, s_man45, [Dx("E10.9", "Y")], new ClaimProcedure("0FYG0Z0")));
        type1.ShouldNotHave(RuleCatalog.ProcNoncovered);
        type1.ShouldHaveMceEdit(RuleCatalog.ProcLimitedCoverage, "procedures[0]", "LIMITED_COVERAGE");
    }

    [Fact]
    public void Check_AutologousTransplantForLeukemiaNotInRemission_IsNotCovered()
    {
        // ncov6: 30233G0 (autologous bone marrow into a peripheral vein) with C92.00 (acute myeloblastic leukemia, not in
        // remission); C92.01 (in remission) has no such flag.
        var finding = Check(Inpatient(Stay(s_fy2026, days: 21), 58, AdministrativeSex.Female, [Dx("C92.00", "Y")], "30233G0"))
            .ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[0]", "NON_COVERED");
        finding.Message.Should().Be("MCE v43.1 NON_COVERED: 30233G0 is not covered by Medicare with C92.00 on the claim.");

        Check(Inpatient(Stay(s_fy2026, days: 21), 58, AdministrativeSex.Female, [Dx("C92.01", "Y")], "30233G0")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_TubalOcclusionForSterilization_IsNotCovered()
    {
        // ncov_z302: a repeat cesarean with bilateral tubal occlusion (0UL70CZ) for sterilization (Z30.2, rows from
        // 2016-10-01); the same delivery and occlusion without the sterilization encounter is covered.
        ClaimDiagnosis[] delivery = [Dx("O34.211", "Y"), Dx("Z37.0")];
        var finding = Check(Inpatient(Stay(s_fy2026, days: 3), 34, AdministrativeSex.Female, [.. delivery, Dx("Z30.2")], "10D00Z1", "0UL70CZ"))
            .ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[1]", "NON_COVERED");
        finding.Message.Should().Be("MCE v43.1 NON_COVERED: 0UL70CZ is not covered by Medicare with Z30.2 on the claim.");

        Check(Inpatient(Stay(s_fy2026, days: 3), 34, AdministrativeSex.Female, delivery, "10D00Z1", "0UL70CZ")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_AllogeneicTransplantForMyelomaBeforeOctober2018_IsNotCovered()
    {
        // ncov7: 30233G2 (allogeneic related bone marrow) with C90.00 (multiple myeloma, not in remission), on rows that end
        // 2018-09-30; the same stay discharged in October 2018 has neither flag.
        ClaimDiagnosis[] myeloma = [Dx("C90.00", "Y")];
        var finding = Check(Inpatient(Stay(new DateOnly(2017, 6, 20), days: 28), 62, AdministrativeSex.Male, myeloma, "30233G2"))
            .ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[0]", "NON_COVERED");
        finding.Message.Should().Be("MCE v43.1 NON_COVERED: 30233G2 is not covered by Medicare with C90.00 on the claim.");

        Check(Inpatient(Stay(new DateOnly(2018, 10, 15), days: 28), 62, AdministrativeSex.Male, myeloma, "30233G2")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_LumbarDiscReplacement_IsNotCoveredOverSixty()
    {
        // 0SR20JZ (replacement of lumbar disc with synthetic substitute, open) carries the MCE's ncov12agele60 flag.
        ClaimDiagnosis[] disc = [Dx("M51.16", "Y")];
        Check(Institutional(Fy2026Date, s_man70, disc, new ClaimProcedure("0SR20JZ"))).ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[0]", "NON_COVERED").Message
            .Should().Be("MCE v43.1 NON_COVERED: 0SR20JZ is not covered by Medicare for a patient over 60.").And.NotContain("70");
        Check(Institutional(Fy2026Date, s_man45, disc, new ClaimProcedure("0SR20JZ"))).ShouldBeCleanForTheMce();
        // Over 60, not from 60: 61 is not covered, 60 is.
        Check(Inpatient(Stay(s_fy2026, days: 2), 61, AdministrativeSex.Male, disc, "0SR20JZ")).ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[0]", "NON_COVERED");
        Check(Inpatient(Stay(s_fy2026, days: 2), 60, AdministrativeSex.Male, disc, "0SR20JZ")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_TotalArtificialHeartOutsideAClinicalTrial_IsNotCoveredAndInOneHasLimitedCoverage()
    {
        // 02RK0JZ and 02RL0JZ (right and left ventricles replaced by a synthetic substitute: a total artificial heart) carry
        // lcov_artheartxpa/b up to 2022-03-31: together, not covered unless a diagnosis records a clinical trial (Z00.6).
        ClaimDiagnosis[] heartFailure = [Dx("I50.84", "Y")];
        var stay = Stay(s_fy2021, days: 30);
        var outside = Check(Inpatient(stay, 57, AdministrativeSex.Male, heartFailure, "02RK0JZ", "02RL0JZ"));
        outside.ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[0]", "NON_COVERED").Message
            .Should().Be("MCE v43.1 NON_COVERED: 02RK0JZ with the other procedure of the artificial-heart pair is covered by Medicare only in a clinical trial, and no diagnosis of the claim records one.");
        outside.ShouldHaveMceEdit(RuleCatalog.ProcNoncovered, "procedures[1]", "NON_COVERED");
        outside.ShouldNotHave(RuleCatalog.ProcLimitedCoverage);

        var inTrial = Check(Inpatient(stay, 57, AdministrativeSex.Male, [.. heartFailure, Dx("Z00.6")], "02RK0JZ", "02RL0JZ"));
        inTrial.ShouldNotHave(RuleCatalog.ProcNoncovered);
        inTrial.ShouldHaveMceEdit(RuleCatalog.ProcLimitedCoverage, "procedures[0]", "LIMITED_COVERAGE").Severity.Should().Be(Severity.Warning);
        inTrial.ShouldHaveMceEdit(RuleCatalog.ProcLimitedCoverage, "procedures[1]", "LIMITED_COVERAGE");

        // One ventricle alone is not the pair; and from 2022-04-01 the rows carry no flag.
        Check(Inpatient(stay, 57, AdministrativeSex.Male, heartFailure, "02RL0JZ")).ShouldBeCleanForTheMce();
        Check(Inpatient(Stay(new DateOnly(2022, 4, 1), days: 30), 57, AdministrativeSex.Male, heartFailure, "02RK0JZ", "02RL0JZ")).ShouldBeCleanForTheMce();
    }

    // ---- LIMITED_COVERAGE ----

    [Fact]
    public void Check_KidneyTransplant_HasLimitedCoverage()
    {
        ClaimDiagnosis[] esrd = [Dx("N18.6", "Y"), Dx("Z99.2")];
        var finding = Check(Institutional(Fy2026Date, s_man45, esrd, new ClaimProcedure("0TY00Z0"))).ShouldHaveMceEdit(RuleCatalog.ProcLimitedCoverage, "procedures[0]", "LIMITED_COVERAGE");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("MCE v43.1 LIMITED_COVERAGE: 0TY00Z0 is a procedure whose Medicare coverage is limited: Medicare pays only when its coverage conditions are met (for a transplant, an approved transplant center); expect review.");

        // A nephrectomy for the same patient is not on the list.
        Check(Institutional(Fy2026Date, s_man45, esrd, new ClaimProcedure("0TT00ZZ"))).ShouldBeCleanForTheMce();
    }

    // ---- Delivery, ventilation ----

    [Fact]
    public void Check_CesareanWithoutAnOutcomeOfDelivery_IsAQuestionableObstetricAdmission()
    {
        // A repeat low cervical cesarean (10D00Z1) for a previous low transverse scar; Z37.0 (single live birth) records the outcome.
        var finding = Check(Inpatient(Stay(s_fy2026, days: 3), 31, AdministrativeSex.Female, [Dx("O34.211", "Y")], "10D00Z1"))
            .ShouldHaveMceEdit(RuleCatalog.ProcQuestionableObstetricAdmission, "procedures[0]", "QUESTIONABLE_OBSTETRIC_ADMISSION");
        finding.Message.Should().Be("MCE v43.1 QUESTIONABLE_OBSTETRIC_ADMISSION: 10D00Z1 is a delivery procedure, and no secondary diagnosis records the outcome of delivery (Z37.-).");
        finding.Severity.Should().Be(Severity.Warning);

        Check(Inpatient(Stay(s_fy2026, days: 3), 31, AdministrativeSex.Female, [Dx("O34.211", "Y"), Dx("Z37.0")], "10D00Z1")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_VentilationOver96HoursInAFourDayStay_IsInconsistentWithTheLengthOfStay()
    {
        // 5A1955Z (ventilation, more than 96 consecutive hours) needs a stay of more than 4 days: 4 days is too short, 5 is not.
        ClaimDiagnosis[] respiratoryFailure = [Dx("J96.01", "Y")];
        var finding = Check(Inpatient(Stay(s_fy2026, days: 4), 76, AdministrativeSex.Male, respiratoryFailure, "0BH17EZ", "5A1955Z"))
            .ShouldHaveMceEdit(RuleCatalog.ProcInconsistentWithLengthOfStay, "procedures[1]", "INCONSISTENT_WITH_LENGTH_OF_STAY");
        finding.Message.Should().Be("MCE v43.1 INCONSISTENT_WITH_LENGTH_OF_STAY: 5A1955Z records more than 96 consecutive hours of ventilation, which needs a stay of more than 4 days, and the length of stay is 4 days or less.");

        Check(Inpatient(Stay(s_fy2026, days: 5), 76, AdministrativeSex.Male, respiratoryFailure, "0BH17EZ", "5A1955Z")).ShouldBeCleanForTheMce();
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
