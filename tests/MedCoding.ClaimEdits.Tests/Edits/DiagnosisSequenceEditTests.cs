using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

public sealed class DiagnosisSequenceEditTests
{
    private static ClaimEditResult Check(Claims.Claim claim) => TestData.Editor.Check(claim, RuleSets.Diagnosis);

    [Fact]
    public void Check_DementiaInOtherDiseasesFirst_IsAManifestationListedFirst()
    {
        // "Code first the underlying physiological condition": Alzheimer's (G30.9) before F02.80.
        var finding = Check(Professional([Dx("F02.80"), Dx("G30.9")])).ShouldHave(RuleCatalog.DxManifestationFirst, "diagnoses[0]");
        finding.Message.Should().Be("F02.80 is a manifestation code and cannot be the first-listed diagnosis: list the underlying condition first, then F02.80.");
        Check(Professional([Dx("G30.9"), Dx("F02.80")], Line("99214", [1, 2]))).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_FallFirst_IsAnExternalCauseListedFirst()
    {
        var finding = Check(Professional([Dx("W19.XXXA"), Dx("S72.001A")])).ShouldHave(RuleCatalog.DxExternalCauseFirst, "diagnoses[0]");
        finding.Message.Should().Be("W19.XXXA is an external cause code (V00-Y99): it is never the first-listed diagnosis; list the injury or condition first.");
        Check(Professional([Dx("S72.001A"), Dx("W19.XXXA")], Line("99214", [1, 2]))).Findings.Should().BeEmpty();
    }
}
