using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

public sealed class Excludes1EditTests
{
    private static ClaimEditResult Check(Claims.Claim claim) => TestData.Editor.Check(claim, RuleSets.Diagnosis);

    [Fact]
    public void Check_Type2WithType1Diabetes_IsForbiddenByTheExcludes1AtE11()
    {
        // E11 Excludes1: "type 1 diabetes mellitus (E10.-)". Read from the FY2021 Tabular List itself.
        var finding = Check(Professional(Fy2021Date, [Dx("E11.9"), Dx("E10.9")], Line("99214", [1, 2]))).ShouldHave(RuleCatalog.DxExcludes1, "diagnoses[1]");
        finding.Message.Should().Be("E11.9 and E10.9 are not reported together: the Excludes1 note at E11 (above E11.9) reads \"type 1 diabetes mellitus (E10.-)\" (E10.- covers E10.9).");
        Check(Professional(Fy2021Date, [Dx("E11.9"), Dx("I10")], Line("99214", [1, 2]))).ShouldNotHave(RuleCatalog.DxExcludes1);
    }

    [Fact]
    public void Check_GestationalDiabetesWithType2_IsForbiddenByACitationWithADash()
    {
        // E11 Excludes1: "gestational diabetes (O24.4-)"; FY2026 claim, notes from the FY2021 Tabular List.
        var result = Check(Professional([Dx("O24.410"), Dx("E11.65")], Line("99214", [1, 2])));
        result.ShouldHave(RuleCatalog.DxExcludes1, "diagnoses[1]").Message.Should().Contain("\"gestational diabetes (O24.4-)\"");
        Check(Professional([Dx("O24.410"), Dx("I10")], Line("99214", [1, 2]))).ShouldNotHave(RuleCatalog.DxExcludes1);
    }

    [Fact]
    public void Check_NewbornDisorderWithHypothyroidism_IsForbiddenByTheChapterNotesRange()
    {
        // Chapter 4 Excludes1: "transitory endocrine and metabolic disorders specific to newborn (P70-P74)".
        var finding = Check(Professional(Fy2021Date, [Dx("E03.9"), Dx("P72.2")], Line("99214", [1, 2]))).ShouldHave(RuleCatalog.DxExcludes1, "diagnoses[1]");
        finding.Message.Should().Contain("the Excludes1 note at 4 (above E03.9)").And.Contain("(P70-P74 covers P72.2)");
        Check(Professional(Fy2021Date, [Dx("E03.9"), Dx("P78.2")], Line("99214", [1, 2]))).ShouldNotHave(RuleCatalog.DxExcludes1);
    }

    [Fact]
    public void Check_DiabeticAngiopathy_IsForbiddenOnlyForTheCitedFinalCharacters()
    {
        // I73.8 Excludes1: "diabetic (peripheral) angiopathy (E08-E13 with .51-.52)".
        Check(Professional(Fy2021Date, [Dx("I73.89"), Dx("E11.51")], Line("99214", [1, 2]))).ShouldHave(RuleCatalog.DxExcludes1, "diagnoses[1]");
        Check(Professional(Fy2021Date, [Dx("I73.89"), Dx("E11.59")], Line("99214", [1, 2]))).ShouldNotHave(RuleCatalog.DxExcludes1);
    }

    [Fact]
    public void Check_RollerSkaterCollision_NamesTheNearestNoteWithItsQualifier()
    {
        // V00.118 Excludes1: "roller-skater collision with other land transport vehicle (V01-V09 with 5th character 1)";
        // V00 itself also excludes V01-V09 as a whole, so the nearest note (at V00.118) is the one named.
        var finding = Check(Professional(Fy2021Date, [Dx("S82.001A"), Dx("V00.118A"), Dx("V03.11XA")], Line("99214", [1, 2, 3]))).ShouldHave(RuleCatalog.DxExcludes1, "diagnoses[2]");
        finding.Message.Should().Contain("the Excludes1 note at V00.118 (above V00.118A)").And.Contain("(V01-V09 with 5th character 1 covers V03.11XA)");
        Check(Professional(Fy2021Date, [Dx("S82.001A"), Dx("V00.118A"), Dx("W01.0XXA")], Line("99214", [1, 2, 3]))).ShouldNotHave(RuleCatalog.DxExcludes1);
    }
}
