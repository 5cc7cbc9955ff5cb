using MedCoding.Billing.Lifecycle;
using MedCoding.Billing.Tests;
using MedCoding.ClaimEdits;
using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.Data;

namespace MedCoding.Billing.Integration.Tests.Lifecycle;

public class ScrubReportExtensionsTests
{
    private static readonly ClaimEditor s_editor = ClaimEditor.CreateDefault(new ClaimEditData
    {
        Icd10Cm = Icd10CmData.Default.Releases,
    });

    private static Claim ClaimWith(string diagnosis) => new(
        ClaimType.Professional,
        new DateOnly(2025, 11, 3),
        new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female),
        [new ClaimDiagnosis(diagnosis)],
        lines: [new ServiceLine("99214", diagnosisPointers: [1], charge: 150m)]);

    [Fact]
    public void ToScrubReport_HeaderCodeOnClaim_BlocksSubmission()
    {
        // E11.6 is a header in FY2026: the payer rejects it, so the biller may not submit the claim.
        var clock = new FakeClock(new DateTimeOffset(2025, 11, 4, 9, 0, 0, TimeSpan.Zero));
        var result = s_editor.Check(ClaimWith("E11.6"));

        var report = result.ToScrubReport();
        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock).Scrub(report, Samples.Scrubber, clock);

        report.Findings.Should().ContainSingle(f => f.RuleId == "DX_NOT_BILLABLE" && f.Severity == Severity.Error && f.Target == "diagnoses[0]");
        lifecycle.CanMoveTo(ClaimStatus.Submitted, Samples.Biller, out _).Should().BeFalse();
    }

    [Fact]
    public void ToScrubReport_BillableCode_AllowsSubmission()
    {
        var clock = new FakeClock(new DateTimeOffset(2025, 11, 4, 9, 0, 0, TimeSpan.Zero));
        var result = s_editor.Check(ClaimWith("E11.65"));

        var report = result.ToScrubReport();
        var lifecycle = ClaimLifecycle.Start("PCN-0001", Samples.Biller, clock).Scrub(report, Samples.Scrubber, clock);

        report.HasErrors.Should().BeFalse();
        report.Findings.Select(f => (f.RuleId, f.Severity, f.Target, f.Message)).Should().Equal(result.Findings.Select(f => (f.RuleId, f.Severity, f.Target, f.Message)));
        lifecycle.CanMoveTo(ClaimStatus.Submitted, Samples.Biller, out _).Should().BeTrue();
    }

    [Fact]
    public void ToScrubReport_Warning_StaysAWarningAndAllowsSubmission()
    {
        // Two identical lines without 76/77/91: DUPLICATE_LINE, a warning unless configured otherwise.
        var claim = new Claim(
            ClaimType.Professional,
            new DateOnly(2025, 11, 3),
            new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female),
            [new ClaimDiagnosis("I10")],
            lines: [new ServiceLine("93000", diagnosisPointers: [1], charge: 50m), new ServiceLine("93000", diagnosisPointers: [1], charge: 50m)]);

        var report = s_editor.Check(claim).ToScrubReport();

        report.Findings.Should().ContainSingle(f => f.RuleId == RuleCatalog.DuplicateLine).Which.Severity.Should().Be(Severity.Warning);
        report.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void ToScrubReport_InpatientBill_TheEditorSeesTheStayTheDetailsReport()
    {
        // The sample's claim was built without a stay; its institutional details report one (admitted 2025-11-01,
        // billed through 2025-11-03), and a payer's edit reading Claim.Stay sees it through BillingClaim.Claim.
        var editor = ClaimEditor.CreateBuilder(new ClaimEditData { Icd10Cm = Icd10CmData.Default.Releases }).Add(new LongStayEdit(maxDays: 1)).Build();

        var report = editor.Check(Samples.Institutional.Claim).ToScrubReport();

        report.Findings.Should().ContainSingle(f => f.RuleId == "PAYER_LONG_STAY").Which.Target.Should().Be("stay");
        report.HasErrors.Should().BeTrue();
    }

    /// <summary>A payer's own edit on the stay: more than <c>maxDays</c> days needs prior review.</summary>
    private sealed class LongStayEdit(int maxDays) : IClaimEdit
    {
        private static readonly RuleDescriptor s_rule = new("PAYER_LONG_STAY", Severity.Error, "Payer", "Stays over the payer's limit need review");

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [s_rule];

        public void Check(ClaimEditContext context)
        {
            if (context.Claim.Stay is { LengthOfStay: var days } && days > maxDays)
            {
                context.Report(s_rule, "stay", "The stay is longer than this payer pays without review.");
            }
        }
    }
}
