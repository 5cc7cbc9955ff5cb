using MedCoding.Claims;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>NCCI PTP and MUE edits, on the synthetic fixtures in CMS's layouts.</summary>
public sealed class NcciEditTests
{
    private static ClaimEditResult Ncci(Claim claim) => TestData.Editor.Check(claim, RuleSets.Ncci);

    private static ClaimEditResult Mue(Claim claim) => TestData.Editor.Check(claim, RuleSets.Mue);

    [Fact]
    public void Check_EcgWithItsInterpretation_DeniesColumnTwoWithoutBypass()
    {
        // 93000/93010, modifier indicator 0: no modifier bypasses it; column 2 (93010) is denied.
        var finding = Ncci(Professional([Dx("R00.2")], Line("93000"), Line("93010", modifiers: ["59"]))).ShouldHave(RuleCatalog.PtpBundled, "lines[1]");
        finding.Message.Should().Be("NCCI PTP edit: 93010 (column 2, line 2) is bundled into 93000 (column 1, line 1) and is denied; no modifier bypasses this edit (modifier indicator 0). Rationale: Standards of medical / surgical practice.");
        Ncci(Professional([Dx("R00.2")], Line("93000"), Line("93010", date: Fy2026Date.AddDays(1)))).ShouldNotHave(RuleCatalog.PtpBundled);
    }

    [Fact]
    public void Check_IndicatorOne_IsBypassedOnlyByAnNcciModifierOnTheColumnTwoLine()
    {
        Ncci(Professional([Dx("M23.221")], Line("29881"), Line("29877"))).ShouldHave(RuleCatalog.PtpBundled, "lines[1]");
        Ncci(Professional([Dx("M23.221")], Line("29881"), Line("29877", modifiers: ["XS"]))).ShouldNotHave(RuleCatalog.PtpBundled);
        // On the column 1 line, the modifier does not bypass the edit.
        Ncci(Professional([Dx("M23.221")], Line("29881", modifiers: ["59"]), Line("29877"))).ShouldHave(RuleCatalog.PtpBundled, "lines[1]");
        // A modifier that is not NCCI-associated does not either.
        Ncci(Professional([Dx("M23.221")], Line("29881"), Line("29877", modifiers: ["22"]))).ShouldHave(RuleCatalog.PtpBundled, "lines[1]");
    }

    [Fact]
    public void Check_AnatomicModifier_BypassesOnlyWhenTheSitesDiffer()
    {
        // Toes: T1 on column 2 and T2 on column 1 are different sites; T1 on both is the same toe.
        Ncci(Professional([Dx("M20.41")], Line("28285", modifiers: ["T2"]), Line("28288", modifiers: ["T1"]))).ShouldNotHave(RuleCatalog.PtpBundled);
        Ncci(Professional([Dx("M20.41")], Line("28285", modifiers: ["T1"]), Line("28288", modifiers: ["T1"]))).ShouldHave(RuleCatalog.PtpBundled, "lines[1]");
    }

    [Theory]
    [InlineData("2019-06-01", true)] // First row, 2015-01-01 to its deletion on 2020-01-01, indicator 1.
    [InlineData("2020-01-01", false)] // The deletion date itself: the edit no longer applies.
    [InlineData("2022-06-01", false)] // Between the deletion and the new row.
    [InlineData("2025-11-03", true)] // Second row, from 2024-01-01, indicator 0.
    public void Check_DeletedAndReAddedEdit_AppliesByDateOfService(string date, bool applies)
    {
        var dos = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var result = Ncci(Professional(dos, [Dx("M17.11")], Line("20610"), Line("20604")));
        result.For(RuleCatalog.PtpBundled).Should().HaveCount(applies ? 1 : 0);
    }

    [Fact]
    public void Check_FutureDatedAndIndicatorNineEdits_DoNotApply()
    {
        // 97110/97140 takes effect 2027-01-01; 11042/11045 has modifier indicator 9.
        Ncci(Professional([Dx("M54.50")], Line("97110"), Line("97140"))).ShouldNotHave(RuleCatalog.PtpBundled);
        Ncci(Professional(new DateOnly(2027, 1, 4), [Dx("M54.50")], Line("97110"), Line("97140"))).ShouldHave(RuleCatalog.PtpBundled, "lines[1]");
        Ncci(Professional([Dx("L97.512")], Line("11042"), Line("11045"))).ShouldNotHave(RuleCatalog.PtpBundled);
    }

    [Fact]
    public void Check_InstitutionalClaim_UsesTheHospitalEdits()
    {
        var lines = new[] { Line("G0463"), Line("99214") };
        var institutional = new Claim(ClaimType.Institutional, Fy2026Date, Adult(), [Dx("I10", "Y")], null, lines);
        Ncci(institutional).ShouldHave(RuleCatalog.PtpBundled, "lines[1]");
        Ncci(Professional([Dx("I10")], lines)).ShouldNotHave(RuleCatalog.PtpBundled);
    }

    [Fact]
    public void Check_PerDayMue_AddsTheUnitsOfEveryLineOfTheDay()
    {
        // 97110: MUE 4, indicator 3 (date of service, clinical). 3 + 2 units on one day exceed it.
        var finding = Mue(Professional([Dx("M54.50")], Line("97110", units: 3), Line("97110", modifiers: ["59"], units: 2))).ShouldHave(RuleCatalog.MueExceeded, "lines[0]");
        finding.Message.Should().Be("97110 is billed with 5 units on one date of service (2 lines); its MUE is 4 per date of service (adjudication indicator 3). Rationale: Clinical: Data.");
        Mue(Professional([Dx("M54.50")], Line("97110", units: 3), Line("97110", modifiers: ["59"], units: 2, date: Fy2026Date.AddDays(1)))).ShouldNotHave(RuleCatalog.MueExceeded);
    }

    [Fact]
    public void Check_LineMue_ComparesEachLineAlone()
    {
        // J1885: MUE 8, indicator 1 (line edit). Two lines of 6 are each within it.
        Mue(Professional([Dx("M54.50")], Line("J1885", units: 9))).ShouldHave(RuleCatalog.MueExceeded, "lines[0]").Message
            .Should().Be("J1885 is billed with 9 units on line 1; its MUE is 8 per line (adjudication indicator 1). Rationale: Clinical: Data.");
        Mue(Professional([Dx("M54.50")], Line("J1885", units: 6), Line("J1885", modifiers: ["59"], units: 6))).ShouldNotHave(RuleCatalog.MueExceeded);
    }
}
