using MedCoding.Claims;
using MedCoding.CodeSets;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>Present on admission, age and sex (the Medicare Code Editor lists).</summary>
public sealed class InstitutionalEditTests
{
    private static readonly Patient s_woman70 = new(new DateOnly(1955, 6, 1), AdministrativeSex.Female);
    private static readonly Patient s_woman30 = new(new DateOnly(1995, 6, 1), AdministrativeSex.Female);
    private static readonly Patient s_man70 = new(new DateOnly(1955, 6, 1), AdministrativeSex.Male);

    private static ClaimEditResult Check(Claim claim) => TestData.Editor.Check(claim);

    [Fact]
    public void Check_DiagnosisWithoutPoa_IsMissingUnlessExempt()
    {
        var finding = Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "Y"), Dx("I10")])).ShouldHave(RuleCatalog.PoaMissing, "diagnoses[1]");
        finding.Message.Should().Be("I10 needs a present-on-admission indicator (Y, N, U or W): it is not on the POA-exempt list.");
        Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "Y"), Dx("I10", "Y")])).ShouldNotHave(RuleCatalog.PoaMissing);
        // Z99.89 is on the FY2026 POA-exempt list: blank is right.
        Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "Y"), Dx("Z99.89")])).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_PoaThatIsNoIndicator_IsInvalid()
    {
        // Claim JSON refuses a letter that is not an indicator; only a cast integer gets this far.
        var finding = Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", (PresentOnAdmission)42)])).ShouldHave(RuleCatalog.PoaInvalid, "diagnoses[0]");
        finding.Message.Should().Be("The value 42 is not a present-on-admission indicator for E11.65: use Y, N, U or W.");
        finding.AttemptedValue.Should().Be("42");
        Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "1")])).ShouldHave(RuleCatalog.PoaInvalid, "diagnoses[0]");
        Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "W")])).ShouldNotHave(RuleCatalog.PoaInvalid);
    }

    [Fact]
    public void Check_PoaOnAnExemptCode_IsAWarning()
    {
        var finding = Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "Y"), Dx("Z99.89", "Y")])).ShouldHave(RuleCatalog.PoaExemptReported, "diagnoses[1]");
        finding.Severity.Should().Be(Severity.Warning);
        finding.AttemptedValue.Should().Be("Y");
        finding.Message.Should().Be("Z99.89 is exempt from POA reporting: leave its indicator blank (or 1) rather than Y.");
        Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "Y"), Dx("Z99.89", "1")])).ShouldNotHave(RuleCatalog.PoaExemptReported);
        Check(Institutional(Fy2026Date, s_woman70, [Dx("E11.65", "Y"), Dx("Z99.89")])).ShouldNotHave(RuleCatalog.PoaExemptReported);
    }

    [Fact]
    public void Check_ProfessionalClaim_HasNoPoaEdits()
    {
        Check(Professional([Dx("E11.65", (PresentOnAdmission)42), Dx("I10")], Line("99214", [1, 2]))).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_GestationalDiabetesAtSeventy_ConflictsWithTheMaternityAges()
    {
        var finding = Check(Institutional(Fy2026Date, s_woman70, [Dx("O24.410", "Y")])).ShouldHave(RuleCatalog.AgeConflict, "diagnoses[0]");
        finding.Message.Should().Be("MCE v43.1 AGE_CONFLICT: O24.410 is a maternity diagnosis (ages 9-64 on the discharge date), and the patient's age on admission is outside that range.");
        finding.Message.Should().NotContain("1955").And.NotContain("70");
        Check(Institutional(Fy2026Date, s_woman30, [Dx("O24.410", "Y")])).ShouldNotHave(RuleCatalog.AgeConflict);
    }

    [Fact]
    public void Check_NewbornCodeForAnAdult_ConflictsWithTheNewbornAge()
    {
        // Z38.00 (single liveborn, born in hospital) is on the newborn list (age 0) and POA-exempt.
        Check(Institutional(Fy2026Date, s_woman30, [Dx("Z38.00")])).ShouldHave(RuleCatalog.AgeConflict, "diagnoses[0]");
        var newborn = new Patient(Fy2026Date, AdministrativeSex.Female);
        Check(Institutional(Fy2026Date, newborn, [Dx("Z38.00")])).ShouldNotHave(RuleCatalog.AgeConflict);
    }

    [Fact]
    public void Check_GestationalDiabetesInFy2020_UsesTheV37MaternityAges()
    {
        // The v37 lists are scheduled for FY2020 with the v37 ages (12-55); a 60-year-old conflicts then, not in FY2026 (9-64).
        var woman60 = new Patient(new DateOnly(1960, 1, 1), AdministrativeSex.Female);
        Check(Institutional(Fy2020Date, woman60, [Dx("O24.410", "Y")])).ShouldHave(RuleCatalog.AgeConflict, "diagnoses[0]").Message
            .Should().Be("MCE v37 AGE_CONFLICT: O24.410 is a maternity diagnosis (ages 12-55 on the discharge date), and the patient's age on admission is outside that range.");
        var woman62 = new Patient(new DateOnly(1963, 1, 1), AdministrativeSex.Female);
        Check(Institutional(Fy2026Date, woman62, [Dx("O24.410", "Y")])).ShouldNotHave(RuleCatalog.AgeConflict);
    }

    [Fact]
    public void Check_ProstateHyperplasiaForAWoman_ConflictsWithTheMaleOnlyListInFy2020()
    {
        var finding = Check(Institutional(Fy2020Date, s_woman70, [Dx("N40.0", "Y")])).ShouldHave(RuleCatalog.SexConflict, "diagnoses[0]");
        finding.Message.Should().Be("MCE v37 SEX_CONFLICT: N40.0 is a male-only diagnosis on a claim for a female patient.");
        Check(Institutional(Fy2020Date, s_man70, [Dx("N40.0", "Y")])).ShouldNotHave(RuleCatalog.SexConflict);
        Check(Institutional(Fy2020Date, new Patient(new DateOnly(1955, 6, 1), AdministrativeSex.Unknown), [Dx("N40.0", "Y")])).ShouldHave(RuleCatalog.SexConflict, "diagnoses[0]").Message
            .Should().EndWith("on a claim for a patient of unknown sex.");
    }

    [Fact]
    public void Check_SexSpecificCodesInFy2026_DoNotConflict()
    {
        // The MCE 43.1 tables end the sex flags on 2024-09-30: CMS removed the sex conflict edits from FY2025.
        Check(Institutional(Fy2026Date, s_woman70, [Dx("N40.0", "Y")])).ShouldNotHave(RuleCatalog.SexConflict);
        Check(Institutional(Fy2026Date, s_man70, [Dx("D25.9", "Y")], new ClaimProcedure("0UT90ZZ"))).ShouldNotHave(RuleCatalog.SexConflict);
    }

    [Fact]
    public void Check_HysterectomyForAManInFy2020_ConflictsWithTheFemaleOnlyProcedures()
    {
        // 0UT90ZZ (resection of uterus, open) is on the MCE's female-only procedure list.
        Check(Institutional(Fy2020Date, s_man70, [Dx("D25.9", "Y")], new ClaimProcedure("0UT90ZZ"))).ShouldHave(RuleCatalog.SexConflict, "procedures[0]");
        Check(Institutional(Fy2020Date, s_woman70, [Dx("D25.9", "Y")], new ClaimProcedure("0UT90ZZ"))).ShouldNotHave(RuleCatalog.SexConflict);
    }
}
