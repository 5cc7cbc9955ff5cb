using MedCoding.ClaimEdits.Edits;
using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.CodeSets;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests;

public sealed class ClaimEditorTests
{
    [Fact]
    public void RuleCatalog_HasEveryRuleOfTheIssueOnce()
    {
        RuleCatalog.All.Select(r => r.Id).Should().BeEquivalentTo(
        [
            "DX_UNKNOWN", "DX_NOT_BILLABLE", "DX_SEVENTH_CHARACTER", "DX_NOT_IN_FORCE", "DX_EXCLUDES1", "DX_MANIFESTATION_FIRST",
            "DX_EXTERNAL_CAUSE_FIRST", "DX_POINTER_INVALID", "DX_LIMIT_EXCEEDED", "PROC_UNKNOWN", "PTP_BUNDLED", "MUE_EXCEEDED",
            "MODIFIER_UNKNOWN", "MODIFIER_CONFLICT", "POA_MISSING", "POA_INVALID", "POA_EXEMPT_REPORTED", "AGE_CONFLICT",
            "SEX_CONFLICT", "DUPLICATE_LINE",

            // The Medicare Code Editor's principal-diagnosis and coverage edits.
            "DX_PRINCIPAL_UNACCEPTABLE", "DX_QUESTIONABLE_ADMISSION", "PROC_NONCOVERED", "PROC_LIMITED_COVERAGE",

            // The rest of the Medicare Code Editor's edits (issue 12), each named for the MCE edit it reports.
            "MCE_INVALID_CODE", "MCE_INVALID_ADMIT_DX", "MCE_INVALID_AGE", "MCE_INVALID_SEX", "MCE_INVALID_DISCHARGE_STATUS",
            "DX_DUPLICATE_OF_PRINCIPAL", "DX_WRONG_PROCEDURE_PERFORMED", "DX_UNSPECIFIED", "DX_NONSPECIFIC_PRINCIPAL",
            "DX_MEDICARE_SECONDARY_PAYER", "PROC_QUESTIONABLE_OBSTETRIC_ADMISSION", "PROC_INCONSISTENT_WITH_LENGTH_OF_STAY",
            "PROC_NONSPECIFIC_OR", "PROC_OPEN_BIOPSY", "PROC_BILATERAL",

            // A rule that could not be checked for want of data (issue 11).
            "DATA_UNAVAILABLE",
        ]);
        RuleCatalog.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void DefaultEdits_CoverEveryRuleOfTheCatalogueButDataUnavailable()
    {
        // DATA_UNAVAILABLE belongs to no edit: an edit that cannot check its own rules reports it (ReportDataUnavailable).
        // AGE_CONFLICT, SEX_CONFLICT and the first-listed edits have two: a professional claim's, and the MCE's on an institutional claim.
        ClaimEditorBuilder.DefaultEdits().SelectMany(e => e.Rules).Distinct().Should().BeEquivalentTo(RuleCatalog.All.Where(r => r.Id != RuleCatalog.DataUnavailable));
    }

    [Fact]
    public void Get_UnknownId_ThrowsNamingTheCatalogue()
    {
        var act = () => RuleCatalog.Get("DX_NOPE");
        act.Should().Throw<KeyNotFoundException>().WithMessage("'DX_NOPE' is not a rule id in the catalogue (DX_UNKNOWN, *");
    }

    [Fact]
    public void Check_CleanTenLineClaim_IsValid()
    {
        var result = TestData.Editor.Check(CleanClaim());
        result.Findings.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.IsFullyChecked.Should().BeTrue();
    }

    [Fact]
    public void Check_DoesNotChangeTheClaim()
    {
        var claim = MessyClaim();
        var before = ClaimJson.Serialize(claim);
        var result = TestData.Editor.Check(claim);
        result.IsValid.Should().BeFalse();
        ClaimJson.Serialize(claim).Should().Be(before);
    }

    [Fact]
    public void Check_RuleSet_RunsOnlyThatSubset()
    {
        var all = TestData.Editor.Check(MessyClaim());
        all.Findings.Select(f => RuleCatalog.Get(f.RuleId).RuleSet).Distinct().Should().HaveCountGreaterThan(2);
        TestData.Editor.Check(MessyClaim(), RuleSets.Ncci).Findings.Should().OnlyContain(f => f.RuleId == RuleCatalog.PtpBundled).And.NotBeEmpty();
        TestData.Editor.Check(MessyClaim(), RuleSets.Mue, RuleSets.Line).Findings.Select(f => f.RuleId).Should().BeSubsetOf([RuleCatalog.MueExceeded, RuleCatalog.DuplicateLine]);
    }

    [Fact]
    public void Check_UnknownRuleSet_ThrowsRatherThanRunningNothing()
    {
        var act = () => TestData.Editor.Check(MessyClaim(), "Nccci");
        act.Should().Throw<ArgumentException>().WithMessage("'Nccci' is not a rule set of this editor (Diagnosis, Line, Mce, Modifier, Mue, Ncci, Poa, Procedure).*");
    }

    [Fact]
    public void Builder_SeverityErrorCodeAndDisable_ApplyPerRule()
    {
        var editor = ClaimEditor.CreateBuilder(TestData.Data)
            .AddDefaultEdits()
            .WithSeverity(RuleCatalog.DuplicateLine, Severity.Error)
            .WithErrorCode(RuleCatalog.DuplicateLine, "PAYER-DUP-01")
            .Disable(RuleCatalog.PtpBundled)
            .Build();
        var result = editor.Check(MessyClaim());
        result.For("PAYER-DUP-01").Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
        result.For(RuleCatalog.DuplicateLine).Should().BeEmpty();
        result.For(RuleCatalog.PtpBundled).Should().BeEmpty();
    }

    [Fact]
    public void Builder_ConfigureAndRemove_ChangeTheEdits()
    {
        var editor = ClaimEditor.CreateBuilder(TestData.Data)
            .AddDefaultEdits()
            .Configure<DiagnosisLimitEdit>(e => e with { ProfessionalLimit = 1 })
            .Remove<DuplicateLineEdit>()
            .Build();
        editor.Edits.Should().NotContain(e => e is DuplicateLineEdit);
        var result = editor.Check(MessyClaim());
        result.ShouldHave(RuleCatalog.DxLimitExceeded, "diagnoses[1]");
        result.ShouldNotHave(RuleCatalog.DuplicateLine);
    }

    [Fact]
    public void Builder_PayerSpecificEdit_RunsBesideTheDefaults()
    {
        var editor = ClaimEditor.CreateBuilder(TestData.Data).AddDefaultEdits().Add(new NoOfficeVisitOnSundayEdit()).Build();
        editor.Check(Professional(new DateOnly(2025, 11, 2), [Dx("I10")])).ShouldHave("PAYER_SUNDAY_VISIT", "lines[0]");
        editor.Check(Professional(new DateOnly(2025, 11, 3), [Dx("I10")])).ShouldNotHave("PAYER_SUNDAY_VISIT");
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = ClaimEditor.CreateBuilder(TestData.Data).AddDefaultEdits();
        builder.Build();
        var act = () => builder.Build();
        act.Should().Throw<InvalidOperationException>().WithMessage("This builder has already built an editor; create a new one with ClaimEditor.CreateBuilder.");
    }

    [Fact]
    public void Check_WithoutData_RunsOnlyTheEditsThatNeedNoneAndSaysWhatItCouldNotCheck()
    {
        var editor = ClaimEditor.CreateDefault(new ClaimEditData());
        var result = editor.Check(MessyClaim());
        result.Findings.Select(f => f.RuleId).Distinct().Should().BeSubsetOf(
            [RuleCatalog.DxExternalCauseFirst, RuleCatalog.DxPointerInvalid, RuleCatalog.DxLimitExceeded, RuleCatalog.ProcUnknown, RuleCatalog.DuplicateLine, RuleCatalog.ModifierConflict, RuleCatalog.DataUnavailable]);
        // A professional claim: the ICD-10-CM codes and the MCE's age and sex edits could not be checked.
        result.IsFullyChecked.Should().BeFalse();
        result.UncheckedRules.Should().Equal(
            RuleCatalog.DxUnknown, RuleCatalog.DxNotInForce, RuleCatalog.DxNotBillable, RuleCatalog.DxSeventhCharacter, RuleCatalog.AgeConflict, RuleCatalog.SexConflict);
        result.For(RuleCatalog.DataUnavailable).Select(f => f.Message).Should().Equal(
            "DX_UNKNOWN, DX_NOT_IN_FORCE, DX_NOT_BILLABLE and DX_SEVENTH_CHARACTER were not checked: no ICD-10-CM data is configured (ClaimEditData.Icd10Cm), so none is in force on the claim's date 2025-11-03.",
            "AGE_CONFLICT was not checked: no Medicare Code Editor (MCE) data is configured (ClaimEditData.Mce), so none is in force on the claim's date 2025-11-03.",
            "SEX_CONFLICT was not checked: no Medicare Code Editor (MCE) data is configured (ClaimEditData.Mce), so none is in force on the claim's date 2025-11-03.");
    }

    [Fact]
    public void Findings_NeverRepeatTheBirthDate()
    {
        var result = TestData.Editor.Check(MessyClaim());
        result.Findings.Should().OnlyContain(f => !f.Message.Contains("1950", StringComparison.Ordinal) && !f.Message.Contains("02-01", StringComparison.Ordinal));
    }

    /// <summary>A ten-line office claim with nothing wrong: the benchmark's "no findings" claim.</summary>
    internal static Claim CleanClaim() => Professional(
        [Dx("E11.65"), Dx("I10"), Dx("E78.5"), Dx("M17.11")],
        Line("99214", [1, 2, 3], ["25"]),
        Line("93000", [2]),
        Line("20610", [4], ["RT"]),
        Line("J1885", [4], units: 2),
        Line("97110", [4], units: 2),
        Line("73630", [4], ["LT"]),
        Line("80053", [1]),
        Line("G0439", [1]),
        Line("29881", [4], ["RT"]),
        Line("12001", [4]));

    /// <summary>A ten-line claim with a finding for many rules.</summary>
    internal static Claim MessyClaim() => Professional(
        [Dx("W19.XXXA"), Dx("E11.6"), Dx("S72.001"), Dx("E10.9")],
        Line("99214", [1, 2, 5]),
        Line("93000", [2]),
        Line("93010", [2]),
        Line("J1885", [4], units: 9),
        Line("97110", [4], units: 3),
        Line("97110", [4], ["59"], units: 2),
        Line("73630", [4], ["LT", "RT"]),
        Line("29881", [4]),
        Line("29877", [4]),
        Line("29877", [4]));

    private sealed class NoOfficeVisitOnSundayEdit : IClaimEdit
    {
        private static readonly RuleDescriptor s_rule = new("PAYER_SUNDAY_VISIT", Severity.Error, "Payer", "Office visits are not paid on Sundays");

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [s_rule];

        public void Check(ClaimEditContext context)
        {
            for (var i = 0; i < context.Claim.Lines.Count; i++)
            {
                if (context.Claim.DateOfServiceOf(context.Claim.Lines[i]).DayOfWeek == DayOfWeek.Sunday && context.Claim.Lines[i].PlaceOfService == "11")
                {
                    context.Report(s_rule, ClaimEditContext.LineTarget(i), "This payer does not pay office visits on Sundays.", context.Claim.Lines[i].Code);
                }
            }
        }
    }

    [Fact]
    public void Check_TwentyThousandDiagnoses_IsRefusedAtOnceNamingTheField()
    {
        // Was: every pair of diagnoses compared (Excludes1), over 30 s for one claim.
        var claim = new Claim(ClaimType.Professional, new DateOnly(2025, 11, 3), new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female),
            Enumerable.Range(0, 20_000).Select(i => new ClaimDiagnosis(i % 2 == 0 ? "E11.65" : "E10.9")));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var act = () => TestData.Editor.Check(claim);

        act.Should().Throw<ClaimFormatException>().Which.Field.Should().Be("diagnoses");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "was over 30 s; the bound leaves room for a loaded machine");
    }

    [Fact]
    public void Check_InstitutionalClaimAtEveryLimit_IsCheckedQuickly()
    {
        // The worst claim the 837I allows: 25 diagnoses (all pairs for Excludes1), 25 procedures, 999 lines (all pairs for PTP).
        string[] dx = ["E11.65", "E10.9", "I10", "I11.9", "N18.30", "E78.5", "K21.9", "J45.909", "F32.A", "G47.33"];
        var claim = new Claim(ClaimType.Institutional, new DateOnly(2025, 11, 3), new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Female),
            Enumerable.Range(0, InputLimits.InstitutionalDiagnoses).Select(i => new ClaimDiagnosis(dx[i % dx.Length], PresentOnAdmission.Yes)),
            Enumerable.Range(0, InputLimits.InstitutionalProcedures).Select(_ => new ClaimProcedure("0DTJ4ZZ")),
            Enumerable.Range(0, InputLimits.InstitutionalLines).Select(i => new ServiceLine(i % 2 == 0 ? "99214" : "36415", diagnosisPointers: [1])));
        TestData.Editor.Check(claim);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        TestData.Editor.Check(claim).Findings.Should().NotBeEmpty();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "bounded by the form: 300 pairs of diagnoses, half a million of lines");
    }
}
