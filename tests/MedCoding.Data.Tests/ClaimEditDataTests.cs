using MedCoding.CodeSets;
using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Poa;
using MedCoding.Claims;

namespace MedCoding.Data.Tests;

/// <summary>The claim editor over the embedded data: ICD-10-CM, the POA-exempt lists and MCE 43.1, each by date.</summary>
public sealed class ClaimEditDataTests
{
    private static readonly Lazy<ClaimEditor> s_editor = new(() => ClaimEditor.CreateDefault(new ClaimEditData
    {
        Icd10Cm = Icd10CmData.Default.Releases,
        PoaExempt = new PoaExemptLists(PoaExemptData.Default),
        Mce = MceData.Default,
    }));

    private static readonly Patient s_man70 = new(new DateOnly(1955, 6, 1), AdministrativeSex.Male);

    private static readonly InpatientStay s_stayOfNovember2025 = new(new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 5), dischargeStatus: 1);

    [Fact]
    public void Check_InstitutionalClaimOf2015_SaysPoaCouldNotBeChecked_AndTheMceFindsNoIcd10CodeValidBeforeOctober2015()
    {
        var stay = new InpatientStay(new DateOnly(2015, 6, 1), new DateOnly(2015, 6, 3), dischargeStatus: 1);
        var claim = new Claim(ClaimType.Institutional, new DateOnly(2015, 6, 1), s_man70, [new ClaimDiagnosis("I21.4"), new ClaimDiagnosis("E11.9", PresentOnAdmission.Yes)], [new ClaimProcedure("02703DZ")], stay: stay);

        var result = s_editor.Value.Check(claim);

        result.IsFullyChecked.Should().BeFalse();
        result.UncheckedRules.Should().Contain([RuleCatalog.PoaMissing, RuleCatalog.PoaInvalid, RuleCatalog.PoaExemptReported]);
        result.UncheckedRules.Should().NotContain([RuleCatalog.MceInvalidCode, RuleCatalog.AgeConflict, RuleCatalog.SexConflict]);
        var messages = result.For(RuleCatalog.DataUnavailable).Select(f => f.Message).ToArray();
        messages.Should().Contain(m => m.StartsWith("POA_MISSING, POA_INVALID and POA_EXEMPT_REPORTED were not checked: no POA-exempt list release known here is in force on 2015-06-01", StringComparison.Ordinal));
        result.For(RuleCatalog.MceInvalidCode).Select(f => f.Target).Should().BeEquivalentTo(["diagnoses[0]", "diagnoses[1]", "procedures[0]"],
            "MCE v43.1 edits every discharge since 1985-10-01 against each code's dates, and no ICD-10 code was valid before 2015-10-01");
        result.ShouldNotHaveAnyPoaFinding();
    }

    [Fact]
    public void Check_MissingPoaOnI214On2025_11_03_IsPoaMissingFromTheEmbeddedFy2026List()
    {
        var claim = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 3), s_man70, [new ClaimDiagnosis("I21.4"), new ClaimDiagnosis("Z99.89")], stay: s_stayOfNovember2025);

        var result = s_editor.Value.Check(claim);

        var finding = result.For(RuleCatalog.PoaMissing).Should().ContainSingle().Which;
        finding.Target.Should().Be("diagnoses[0]");
        finding.Message.Should().Be("I21.4 needs a present-on-admission indicator (Y, N, U or W): it is not on the POA-exempt list.");
        result.IsFullyChecked.Should().BeTrue(string.Join(" | ", result.Findings));
        PoaExemptData.Default.FindInForceOn(claim.DateOfService)!.Version.Should().Be("2026");
    }
}

internal static class ResultAssertions
{
    public static void ShouldNotHaveAnyPoaFinding(this ClaimEditResult result) =>
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("POA_", StringComparison.Ordinal));
}
