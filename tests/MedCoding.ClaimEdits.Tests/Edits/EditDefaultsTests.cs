using MedCoding.ClaimEdits.Edits;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Tests.Edits;

public sealed class EditDefaultsTests
{
    [Fact]
    public void DiagnosisLimitEdit_Defaults_AreTheClaimForms()
    {
        var edit = new DiagnosisLimitEdit();
        edit.ProfessionalLimit.Should().Be(12); // 837P / CMS-1500 item 21, A-L.
        edit.InstitutionalLimit.Should().Be(25); // 837I: principal and 24 others.
    }

    [Fact]
    public void DiagnosisPointerEdit_Default_IsFourPointers() => new DiagnosisPointerEdit().MaxPointers.Should().Be(4);

    [Fact]
    public void DiagnosisCodeEdit_Default_SuggestsTwentyCodes() => new DiagnosisCodeEdit().MaxSuggestions.Should().Be(20);

    [Fact]
    public void RuleCatalog_Severities_AreErrorsButDuplicatesExemptPoaReviewsAndUnavailableData()
    {
        // The MCE's questionable-admission, limited-coverage and postpayment edits send a claim to review, not back; an invalid
        // admitting diagnosis has no MCE edit type (it does not stop payment).
        RuleCatalog.All.Where(r => r.DefaultSeverity == Severity.Warning).Select(r => r.Id)
            .Should().BeEquivalentTo([RuleCatalog.DuplicateLine, RuleCatalog.PoaExemptReported, RuleCatalog.DxQuestionableAdmission, RuleCatalog.ProcLimitedCoverage, RuleCatalog.DataUnavailable,
                RuleCatalog.ProcQuestionableObstetricAdmission, RuleCatalog.MceInvalidAdmittingDiagnosis,
                RuleCatalog.DxNonspecificPrincipal, RuleCatalog.DxMedicareSecondaryPayer, RuleCatalog.ProcNonspecificOperatingRoom, RuleCatalog.ProcOpenBiopsy, RuleCatalog.ProcBilateral]);
    }

    [Fact]
    public void RuleCatalog_RuleSets_GroupTheEditsAsCodersDo()
    {
        RuleCatalog.Get(RuleCatalog.PtpBundled).RuleSet.Should().Be(RuleSets.Ncci);
        RuleCatalog.Get(RuleCatalog.MueExceeded).RuleSet.Should().Be(RuleSets.Mue);
        RuleCatalog.All.Where(r => r.RuleSet == RuleSets.Diagnosis).Should().HaveCount(9);
        RuleCatalog.All.Where(r => r.RuleSet == RuleSets.PresentOnAdmission).Should().HaveCount(3);
    }
}
