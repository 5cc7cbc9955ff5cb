using MedCoding.Claims;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

public sealed class DiagnosisCodeEditTests
{
    private static ClaimEditResult Check(Claims.Claim claim) => TestData.Editor.Check(claim, RuleSets.Diagnosis);

    [Fact]
    public void Check_CodeInNoRelease_IsUnknown()
    {
        // E11.99 is not a code in any release; E11.9 is.
        var result = Check(Professional([Dx("E11.99"), Dx("I10")]));
        result.ShouldHave(RuleCatalog.DxUnknown, "diagnoses[0]").Message.Should().Be("E11.99 is not an ICD-10-CM code in ICD-10-CM FY2026 nor in any other release known.");
        Check(Professional([Dx("E11.9"), Dx("I10")])).ShouldNotHave(RuleCatalog.DxUnknown);
    }

    [Fact]
    public void Check_TextThatIsNoCode_IsUnknownWithTheReason()
    {
        var finding = Check(Professional([Dx("E11..65")])).ShouldHave(RuleCatalog.DxUnknown, "diagnoses[0]");
        finding.Message.Should().StartWith("'E11..65' is not an ICD-10-CM code: More than one dot");
        finding.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Check_CodeAddedInFy2026_IsNotInForceBeforeOctober2025()
    {
        // E11.A (type 2 diabetes in remission) was added on 2025-10-01.
        var result = Check(Professional(Fy2025Date, [Dx("E11.A")]));
        result.ShouldHave(RuleCatalog.DxNotInForce, "diagnoses[0]").Message.Should().Be(
            "E11.A is a code of ICD-10-CM FY2026 (2025-10-01 to 2026-09-30) but not of ICD-10-CM FY2025, the release in force on the date of service.");
        result.ShouldNotHave(RuleCatalog.DxUnknown);
        Check(Professional(Fy2026Date, [Dx("E11.A")])).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_CodeExpandedInFy2026_IsAHeaderWithItsBillableCodesSuggested()
    {
        // E78.01 was billable in FY2025 and became a header in FY2026 (E78.010, E78.011, E78.019).
        var finding = Check(Professional(Fy2026Date, [Dx("E78.01")])).ShouldHave(RuleCatalog.DxNotBillable, "diagnoses[0]");
        finding.Suggestions.Should().Equal("E78.010", "E78.011", "E78.019");
        finding.Message.Should().Be("E78.01 is a header, not a billable code: report a code below it (3 billable: E78.010, E78.011, E78.019).");
        Check(Professional(Fy2025Date, [Dx("E78.01")])).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_FractureWithoutSeventhCharacter_AsksForOne()
    {
        var finding = Check(Professional([Dx("S72.001")])).ShouldHave(RuleCatalog.DxSeventhCharacter, "diagnoses[0]");
        finding.Suggestions.Should().Contain(["S72.001A", "S72.001D", "S72.001S"]);
        Check(Professional([Dx("S72.001A")])).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_PlaceholderLeftOut_SuggestsTheCodeWithX()
    {
        var finding = Check(Professional([Dx("S00.00A")])).ShouldHave(RuleCatalog.DxSeventhCharacter, "diagnoses[0]");
        finding.Message.Should().Be("S00.00A lacks the placeholder X before its 7th character: report S00.00XA.");
        finding.Suggestions.Should().Equal("S00.00XA");
        Check(Professional([Dx("S00.00XA")])).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_SeventhCharacterTheCodeDoesNotTake_IsInvalid()
    {
        var finding = Check(Professional([Dx("S72.001Z")])).ShouldHave(RuleCatalog.DxSeventhCharacter, "diagnoses[0]");
        finding.Message.Should().StartWith("'Z' is not a 7th character of S72.001: report one of S72.001A, S72.001B");
    }
}
