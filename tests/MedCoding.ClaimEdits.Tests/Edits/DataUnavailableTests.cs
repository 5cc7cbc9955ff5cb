using MedCoding.CodeSets;
using MedCoding.Claims;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>A check that cannot run is never silent: DATA_UNAVAILABLE, <see cref="ClaimEditResult.UncheckedRules"/>.</summary>
public sealed class DataUnavailableTests
{
    private static readonly DateOnly s_2015 = new(2015, 6, 1);
    private static readonly Patient s_man70 = new(new DateOnly(1945, 3, 1), AdministrativeSex.Male);

    private static Claim Inpatient(DateOnly date) =>
        Institutional(date, s_man70, [Dx("I21.4"), Dx("E11.9", "Y")], new ClaimProcedure("0DTJ4ZZ"));

    private static readonly DateOnly s_afterMce431 = new(2026, 11, 2);

    private static readonly string[] s_mceRules = [.. new ClaimEdits.Edits.MedicareCodeEditorEdit().Rules.Select(r => r.Id)];

    [Fact]
    public void Check_InstitutionalClaimOf2015_SaysThePoaAndIcd10CmRulesWereNotChecked()
    {
        var result = TestData.Editor.Check(Inpatient(s_2015));

        result.IsFullyChecked.Should().BeFalse();
        result.UncheckedRules.Should().Equal(
            RuleCatalog.DxUnknown, RuleCatalog.DxNotInForce, RuleCatalog.DxNotBillable, RuleCatalog.DxSeventhCharacter,
            RuleCatalog.PoaMissing, RuleCatalog.PoaInvalid, RuleCatalog.PoaExemptReported);
        var unavailable = result.For(RuleCatalog.DataUnavailable).ToArray();
        unavailable.Should().OnlyContain(f => f.Severity == Severity.Warning && f.Target == "claim" && f.Message.Contains("2015-06-01", StringComparison.Ordinal));
        unavailable.Select(f => f.Message).Should().Contain(
            "POA_MISSING, POA_INVALID and POA_EXEMPT_REPORTED were not checked: no POA-exempt list release known here is in force on 2015-06-01: it is before the first, POA-exempt list FY2025 (2024-10-01 to 2025-09-30). Known releases: POA-exempt list FY2025 (2024-10-01 to 2025-09-30); POA-exempt list FY2026 (2025-10-01 to 2026-09-30).");
        result.ShouldNotHave(RuleCatalog.PoaMissing);
        result.ToString().Should().EndWith("7 rules not checked");
    }

    [Fact]
    public void Check_InstitutionalClaimBetweenTheMceReleases_IsEditedByTheLaterReleaseThatCarriesEveryCodesDates()
    {
        // CMS's MCE 43.1 edits a 2023 discharge from each code's rows of that date: the v37 lists, which hold only each
        // edit's codes, cannot.
        var result = TestData.Editor.Check(Inpatient(new DateOnly(2023, 5, 1)), RuleSets.Mce);
        result.IsFullyChecked.Should().BeTrue(string.Join(" | ", result.Findings));
    }

    [Fact]
    public void Check_InstitutionalClaimAfterTheNewestMceRelease_SaysNoMceRuleWasChecked()
    {
        var result = TestData.Editor.Check(Inpatient(s_afterMce431), RuleSets.Mce);

        // The rules of the Mce rule set (the MCE's E_CODE_AS_PDX and MANIFESTATION_AS_PDX are reported in the Diagnosis set).
        result.UncheckedRules.Should().Equal(s_mceRules.Where(id => RuleCatalog.Get(id).RuleSet == RuleSets.Mce));
        result.Findings.Should().ContainSingle().Which.Message.Should().Contain(
            "no MCE release known here is in force on 2026-11-02: it is after the last, MCE v43.1 (2025-10-01 to 2026-09-30)");
    }

    [Fact]
    public void Check_InstitutionalClaimWithoutAStay_SaysTheDischargeStatusAndLengthOfStayEditsDidNotRun()
    {
        var claim = new Claim(ClaimType.Institutional, Fy2026Date, s_man70, [Dx("I21.4", "Y")], [new ClaimProcedure("5A1955Z")]);

        var result = TestData.Editor.Check(claim, RuleSets.Mce);

        result.UncheckedRules.Should().Equal(RuleCatalog.MceInvalidDischargeStatus, RuleCatalog.ProcInconsistentWithLengthOfStay);
        result.ShouldNotHave(RuleCatalog.ProcInconsistentWithLengthOfStay);
        result.For(RuleCatalog.DataUnavailable).Should().ContainSingle().Which.Message.Should().Contain("has no inpatient stay");
    }

    [Fact]
    public void Check_DataUnavailableDisabled_StillListsTheUncheckedRules()
    {
        var editor = ClaimEditor.CreateBuilder(TestData.Data).AddDefaultEdits().Disable(RuleCatalog.DataUnavailable).Disable(RuleCatalog.SexConflict).Build();

        var result = editor.Check(Inpatient(s_afterMce431), RuleSets.Mce);

        result.Findings.Should().BeEmpty();
        result.IsFullyChecked.Should().BeFalse();
        result.UncheckedRules.Should().NotContain(RuleCatalog.SexConflict, "a rule turned off is not a rule left unchecked").And.Contain(RuleCatalog.AgeConflict);
    }

    [Fact]
    public void Check_DataUnavailableAsError_MakesTheClaimInvalid()
    {
        var editor = ClaimEditor.CreateBuilder(TestData.Data).AddDefaultEdits().WithSeverity(RuleCatalog.DataUnavailable, Severity.Error).Build();

        editor.Check(Inpatient(s_2015), RuleSets.PresentOnAdmission).IsValid.Should().BeFalse();
        editor.Check(Inpatient(Fy2026Date), RuleSets.PresentOnAdmission).IsFullyChecked.Should().BeTrue();
    }

    [Fact]
    public void Check_InstitutionalClaimOfFy2026_IsFullyCheckedAndFindsTheMissingPoa()
    {
        var result = TestData.Editor.Check(Inpatient(Fy2026Date));

        result.IsFullyChecked.Should().BeTrue(string.Join(" | ", result.Findings));
        result.ShouldHave(RuleCatalog.PoaMissing, "diagnoses[0]").Message.Should().Be("I21.4 needs a present-on-admission indicator (Y, N, U or W): it is not on the POA-exempt list.");
    }

    [Fact]
    public void Check_NoPoaListsConfigured_SaysSoForAnInstitutionalClaimOnly()
    {
        var editor = ClaimEditor.CreateDefault(new ClaimEditData { Icd10Cm = TestData.Releases });

        var institutional = editor.Check(Inpatient(Fy2026Date), RuleSets.PresentOnAdmission);
        institutional.For(RuleCatalog.DataUnavailable).Should().ContainSingle().Which.Message.Should().Be(
            "POA_MISSING, POA_INVALID and POA_EXEMPT_REPORTED were not checked: no POA-exempt list data is configured (ClaimEditData.PoaExempt), so none is in force on the claim's date 2025-11-03.");
        editor.Check(Professional([Dx("I10")]), RuleSets.PresentOnAdmission).IsFullyChecked.Should().BeTrue("the POA edit does not apply to a professional claim");
    }

    [Fact]
    public void Check_DateWithNoIcd10CmRelease_SaysTheCodesWereNotChecked()
    {
        var result = TestData.Editor.Check(Professional(new DateOnly(2023, 5, 1), [Dx("E11.9")]), RuleSets.Diagnosis);

        result.UncheckedRules.Should().Equal(RuleCatalog.DxUnknown, RuleCatalog.DxNotInForce, RuleCatalog.DxNotBillable, RuleCatalog.DxSeventhCharacter);
        result.For(RuleCatalog.DataUnavailable).Should().ContainSingle().Which.Message.Should().StartWith(
            "DX_UNKNOWN, DX_NOT_IN_FORCE, DX_NOT_BILLABLE and DX_SEVENTH_CHARACTER were not checked: no ICD-10-CM release known here is in force on 2023-05-01: it is between ICD-10-CM FY2021");
    }
}
