using MedCoding.Claims;
using MedCoding.ClaimEdits.Edits;
using MedCoding.CodeSets;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>Pointers, diagnosis limit, procedure codes, modifiers and duplicates.</summary>
public sealed class LineEditTests
{
    private static ClaimEditResult Check(Claim claim) => TestData.Editor.Check(claim);

    [Fact]
    public void Check_PointerPastTheLastDiagnosis_IsInvalid()
    {
        var finding = Check(Professional([Dx("E11.9"), Dx("I10")], Line("99214", [1, 3]))).ShouldHave(RuleCatalog.DxPointerInvalid, "lines[0]");
        finding.Message.Should().Be("Line 1 points to diagnosis 3, but the claim has 2 (pointers run 1-2).");
        Check(Professional([Dx("E11.9"), Dx("I10")], Line("99214", [1, 2]))).ShouldNotHave(RuleCatalog.DxPointerInvalid);
    }

    [Fact]
    public void Check_FivePointersOrARepeatedOne_IsInvalid()
    {
        Diagnosis5(out var dx);
        Check(Professional(dx, Line("99214", [1, 2, 3, 4, 5]))).ShouldHave(RuleCatalog.DxPointerInvalid, "lines[0]").Message
            .Should().Be("Line 1 has 5 diagnosis pointers; at most 4 are allowed.");
        Check(Professional(dx, Line("99214", [1, 2, 2]))).ShouldHave(RuleCatalog.DxPointerInvalid, "lines[0]").Message
            .Should().Be("Line 1 points to diagnosis 2 twice.");
        Check(Professional(dx, Line("99214", [1, 2, 3, 4]))).ShouldNotHave(RuleCatalog.DxPointerInvalid);
    }

    [Fact]
    public void Check_ThirteenDiagnosesOnAProfessionalClaim_IsRefusedBeforeAnyEdit()
    {
        // The 837P holds 12: a thirteenth is not a finding on a claim but a claim that cannot exist (ClaimLimits).
        string[] codes = ["E11.9", "I10", "E78.5", "N18.30", "Z79.4", "E66.9", "Z68.30", "G47.33", "K21.9", "M17.11", "F32.A", "J45.909", "Z87.891"];
        var thirteen = codes.Select(c => Dx(c)).ToArray();
        var act = () => Check(Professional(thirteen));
        act.Should().Throw<ClaimFormatException>().WithMessage("diagnoses: the claim has 13 diagnoses; a professional claim (837P) holds at most 12.");
        Check(Professional(thirteen[..12])).ShouldNotHave(RuleCatalog.DxLimitExceeded);
    }

    [Fact]
    public void Check_PayersLowerDiagnosisLimit_IsAFinding()
    {
        string[] codes = ["E11.9", "I10", "E78.5", "N18.30", "Z79.4"];
        var editor = ClaimEditor.CreateBuilder(TestData.Data).AddDefaultEdits().Configure<DiagnosisLimitEdit>(e => e with { ProfessionalLimit = 4 }).Build();
        var finding = editor.Check(Professional(codes.Select(c => Dx(c)).ToArray())).ShouldHave(RuleCatalog.DxLimitExceeded, "diagnoses[4]");
        finding.Message.Should().Be("The claim has 5 diagnoses; a professional claim holds at most 4. Diagnoses from 5 on will not be read.");
    }

    [Fact]
    public void Check_ProcedureCodes_UnknownPcsAndMalformedCptAreReported()
    {
        var patient = Adult(AdministrativeSex.Male);
        var bad = Check(Institutional(Fy2026Date, patient, [Dx("K35.80", "Y")], new ClaimProcedure("0DTJ4ZX")));
        bad.ShouldHave(RuleCatalog.ProcUnknown, "procedures[0]").Message.Should().Be("0DTJ4ZX is not a valid ICD-10-PCS code on the date of the procedure.");
        Check(Institutional(Fy2026Date, patient, [Dx("K35.80", "Y")], new ClaimProcedure("0DTJ4ZZ"))).ShouldNotHave(RuleCatalog.ProcUnknown);

        Check(Professional([Dx("I10")], Line("9921"))).ShouldHave(RuleCatalog.ProcUnknown, "lines[0]");
        Check(Professional([Dx("I10")], Line("99214"))).ShouldNotHave(RuleCatalog.ProcUnknown);
    }

    [Fact]
    public void Check_ModifierNotInTheHcpcsFile_IsUnknown()
    {
        Check(Professional([Dx("M25.571")], Line("73630", modifiers: ["YY"]))).ShouldHave(RuleCatalog.ModifierUnknown, "lines[0]").Message
            .Should().Be("'YY' is not a known CPT or HCPCS modifier.");
        Check(Professional([Dx("M25.571")], Line("73630", modifiers: ["LT"]))).ShouldNotHave(RuleCatalog.ModifierUnknown);
    }

    [Theory]
    [InlineData("LT", "RT")] // Both sides on one line: 50, or two lines.
    [InlineData("50", "LT")] // Bilateral already says both sides.
    [InlineData("26", "TC")] // Professional and technical component together are the global service.
    public void Check_ContradictoryModifiersOnOneLine_Conflict(string first, string second)
    {
        Check(Professional([Dx("M25.571")], Line("73630", modifiers: [first, second]))).ShouldHave(RuleCatalog.ModifierConflict, "lines[0]");
        Check(Professional([Dx("M25.571")], Line("73630", modifiers: [first]), Line("73630", modifiers: [second]))).ShouldNotHave(RuleCatalog.ModifierConflict);
    }

    [Fact]
    public void Check_WithoutAModifierList_FindsConflictsButCallsNothingUnknown()
    {
        var editor = ClaimEditor.CreateDefault(new ClaimEditData { PractitionerPtp = TestData.Data.PractitionerPtp });
        var result = editor.Check(Professional([Dx("M25.571")], Line("73630", modifiers: ["LT", "RT", "YY"])));
        result.ShouldHave(RuleCatalog.ModifierConflict, "lines[0]");
        result.ShouldNotHave(RuleCatalog.ModifierUnknown);
        // The NCCI-associated modifiers still bypass an indicator-1 edit.
        editor.Check(Professional([Dx("M23.221")], Line("29881"), Line("29877", modifiers: ["XS"]))).ShouldNotHave(RuleCatalog.PtpBundled);
    }

    [Fact]
    public void Check_SameServiceTwice_IsADuplicateUnlessMarkedAsARepeat()
    {
        var finding = Check(Professional([Dx("I10")], Line("93000"), Line("93000"))).ShouldHave(RuleCatalog.DuplicateLine, "lines[1]");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("Line 2 repeats line 1 (93000, same modifiers, same date of service): bill the units on one line, or mark a repeated service with 76, 77 or 91.");
        Check(Professional([Dx("I10")], Line("93000"), Line("93000", modifiers: ["76"]))).ShouldNotHave(RuleCatalog.DuplicateLine);
        Check(Professional([Dx("I10")], Line("93000"), Line("93000", date: Fy2026Date.AddDays(1)))).ShouldNotHave(RuleCatalog.DuplicateLine);
    }

    private static void Diagnosis5(out ClaimDiagnosis[] dx) => dx = [Dx("E11.9"), Dx("I10"), Dx("E78.5"), Dx("N18.30"), Dx("Z79.4")];
}
