using System.Diagnostics;
using MedCoding.CodeSets;
using MedCoding.Grouping;
using Xunit.Abstractions;

namespace MedCoding.Audit.Tests;

/// <summary>
/// The DRG what-if: every change it suggests is grouped again here and must give the DRG it claims (a suggestion the
/// grouper does not confirm is a bug), and on a small case the space is searched independently to prove none is missed.
/// </summary>
[Collection(AuditCollection.Name)]
public class DrgWhatIfTests(AuditFixture fixture, ITestOutputHelper output)
{
    private DrgWhatIf WhatIf(RelativeWeightTable? weights = null) => new(fixture.Grouper, fixture.Icd10Cm, weights);

    /// <summary>Checks each change against a fresh grouping and the release in force.</summary>
    private void Confirm(WhatIfAnalysis analysis)
    {
        var release = fixture.Icd10Cm.GetForDate(analysis.Case.DischargeDate);
        analysis.Baseline.Drg.Should().Be(fixture.Grouper.Group(analysis.Case).Drg);
        foreach (var change in analysis.Changes)
        {
            var regrouped = fixture.Grouper.Group(change.Case);
            regrouped.Drg.Should().Be(change.Result.Drg, "the grouper must confirm {0}", change);
            regrouped.Mdc.Should().Be(change.Result.Mdc);
            regrouped.CountedSeverity.Should().Be(change.Result.CountedSeverity);
            change.Result.SecondaryDiagnoses.Should().Equal(regrouped.SecondaryDiagnoses, (a, b) => a.Diagnosis == b.Diagnosis && a.Status == b.Status && a.Severity == b.Severity, "the explanation is the grouper's: {0}", change);
            change.Result.Hacs.Should().Equal(regrouped.Hacs);
            change.Result.Path.Should().Equal(regrouped.Path);
            regrouped.Drg.Should().NotBe(analysis.Baseline.Drg, "only changes that alter the DRG are listed: {0}", change);
            if (change.Kind == WhatIfChangeKind.Replace)
            {
                change.To[..3].Should().Be(change.From[..3], "a replacement keeps the category");
                release.Find(change.To).Should().NotBeNull().And.Match<CodeEntry>(e => e.IsBillable, "{0} is billable in {1}", change.To, release.Release.Name);
            }
        }
    }

    [Fact]
    public void Analyze_UnspecifiedHeartFailure_SuggestsTheSpecificMccCodes()
    {
        var drgCase = Cases.Of("J189", sdx: ["I509:Y", "E119:Y"]);

        var analysis = WhatIf().Analyze(drgCase);

        Confirm(analysis);
        analysis.Baseline.Drg.Should().Be(195);
        var acuteOnChronicSystolic = analysis.Changes.Should().ContainSingle(c => c.Position == "sdx1" && c.To == "I5023").Subject;
        acuteOnChronicSystolic.Kind.Should().Be(WhatIfChangeKind.Replace);
        acuteOnChronicSystolic.From.Should().Be("I509");
        acuteOnChronicSystolic.Result.Drg.Should().Be(193);
        acuteOnChronicSystolic.Drivers.Should().Be(WhatIfDrivers.BecameMcc);
        acuteOnChronicSystolic.SeverityGained.Should().Be(2);
        var chronicSystolic = analysis.Changes.Should().ContainSingle(c => c.Position == "sdx1" && c.To == "I5022").Subject;
        chronicSystolic.Result.Drg.Should().Be(194, "chronic systolic failure is a CC, not an MCC");
        chronicSystolic.Drivers.Should().Be(WhatIfDrivers.BecameCc);
        analysis.Changes.Select(c => c.SeverityGained).Should().BeInDescendingOrder("without weights the ranking is by severity gained");
    }

    [Fact]
    public void Analyze_SepsisAsSecondary_ResequencingMovesToMdc18()
    {
        var analysis = WhatIf().Analyze(Cases.Of("J189", sdx: ["A419:Y"]));

        Confirm(analysis);
        var resequence = analysis.Changes.Should().ContainSingle(c => c.Kind == WhatIfChangeKind.Resequence).Subject;
        (resequence.Position, resequence.From, resequence.To).Should().Be(("sdx1", "J189", "A419"));
        resequence.Result.Mdc.Should().Be(18);
        resequence.Drivers.Should().HaveFlag(WhatIfDrivers.MdcChanged);
        resequence.Case.PrincipalDiagnosis.Code.Should().Be("A419");
        resequence.Case.SecondaryDiagnoses.Should().Equal(new DrgDiagnosis("J189", PresentOnAdmission.Yes));
    }

    [Fact]
    public void Analyze_WithSyntheticWeights_RanksByWeightGained()
    {
        var analysis = WhatIf(RelativeWeightTableTests.SyntheticTable()).Analyze(Cases.Of("J189", sdx: ["A419:Y"]));

        Confirm(analysis);
        var weighed = analysis.Changes.TakeWhile(c => c.WeightDifference is not null).ToList();
        weighed.Should().NotBeEmpty();
        weighed.Select(c => c.WeightDifference).Should().BeInDescendingOrder();
        analysis.Changes.Skip(weighed.Count).Should().OnlyContain(c => c.WeightDifference == null, "unweighed DRGs rank last");
    }

    /// <summary>Returns, by grouping every candidate in full, each replacement that alters the DRG: (position, code, DRG).</summary>
    private HashSet<(string, string, int)> SearchEveryReplacement(DrgCase drgCase)
    {
        var release = fixture.Icd10Cm.GetForDate(drgCase.DischargeDate);
        var baseline = fixture.Grouper.Group(drgCase).Drg;
        var found = new HashSet<(string, string, int)>();
        var diagnoses = new[] { drgCase.PrincipalDiagnosis }.Concat(drgCase.SecondaryDiagnoses).ToArray();
        var onCase = diagnoses.Select(d => d.Code).ToHashSet();
        for (var position = 0; position < diagnoses.Length; position++)
        {
            var category = release.Find(diagnoses[position].Code[..3]);
            if (category is null)
            {
                continue;
            }

            foreach (var entry in release.GetDescendants(category).Prepend(category).Where(e => e.IsBillable))
            {
                var code = entry.Name.Replace(".", "", StringComparison.Ordinal);
                if (onCase.Contains(code))
                {
                    continue;
                }

                var list = diagnoses.ToArray();
                list[position] = list[position] with { Code = code };
                var drg = fixture.Grouper.Group(drgCase with { PrincipalDiagnosis = list[0], SecondaryDiagnoses = list[1..] }).Drg;
                if (drg != baseline)
                {
                    found.Add((position == 0 ? "pdx" : $"sdx{position}", code, drg));
                }
            }
        }

        return found;
    }

    [Fact]
    public void Analyze_SmallCase_FindsEverySingleChangeThatAltersTheDrg()
    {
        var drgCase = Cases.Of("J189", sdx: ["I509:Y", "E871:Y"]);
        var expected = SearchEveryReplacement(drgCase);

        var analysis = WhatIf().Analyze(drgCase);

        Confirm(analysis);
        analysis.Changes.Where(c => c.Kind == WhatIfChangeKind.Replace).Select(c => (c.Position, c.To, c.Result.Drg)).Should().BeEquivalentTo(expected);
        expected.Should().NotBeEmpty();
    }

    /// <summary>Returns, by grouping each in full, every secondary made principal (the old principal in its place, POA kept by position) that alters the DRG: (position, new principal, DRG).</summary>
    private HashSet<(string, string, int)> SearchEveryResequence(DrgCase drgCase)
    {
        var baseline = fixture.Grouper.Group(drgCase).Drg;
        var found = new HashSet<(string, string, int)>();
        for (var i = 0; i < drgCase.SecondaryDiagnoses.Count; i++)
        {
            var list = drgCase.SecondaryDiagnoses.ToArray();
            list[i] = drgCase.PrincipalDiagnosis with { Poa = drgCase.SecondaryDiagnoses[i].Poa };
            var drg = fixture.Grouper.Group(drgCase with { PrincipalDiagnosis = drgCase.SecondaryDiagnoses[i] with { Poa = drgCase.PrincipalDiagnosis.Poa }, SecondaryDiagnoses = list }).Drg;
            if (drg != baseline)
            {
                found.Add(($"sdx{i + 1}", drgCase.SecondaryDiagnoses[i].Code, drg));
            }
        }

        return found;
    }

    [Fact]
    public void Analyze_EverySecondaryMadePrincipal_EachItsOwnChange()
    {
        // Issue 14 3(b): every secondary made the principal, the old principal taking its place, each its own change.
        // Here sepsis, heart failure, kidney failure and the urinary infection each lead elsewhere as principal; E11.9 does not.
        var drgCase = Cases.Of("J189", sdx: ["A419:Y", "I509:Y", "E119:Y", "N179:Y", "N390:N"]);
        var expected = SearchEveryResequence(drgCase);

        var analysis = WhatIf().Analyze(drgCase);

        Confirm(analysis);
        var resequences = analysis.Changes.Where(c => c.Kind == WhatIfChangeKind.Resequence).ToList();
        resequences.Select(c => (c.Position, c.To, c.Result.Drg)).Should().BeEquivalentTo(expected);
        resequences.Should().OnlyContain(c => c.From == "J189");
        resequences.Should().HaveCountGreaterThan(2, "several secondaries lead to another DRG as principal");
        foreach (var change in resequences)
        {
            var i = int.Parse(change.Position.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) - 1;
            change.Case.PrincipalDiagnosis.Should().Be(drgCase.SecondaryDiagnoses[i] with { Poa = PresentOnAdmission.Yes });
            change.Case.SecondaryDiagnoses[i].Should().Be(drgCase.PrincipalDiagnosis with { Poa = drgCase.SecondaryDiagnoses[i].Poa }, "the old principal takes its place");
            change.Case.SecondaryDiagnoses.Where((_, j) => j != i).Should().Equal(drgCase.SecondaryDiagnoses.Where((_, j) => j != i), "one change at a time");
        }
    }

    [Fact]
    public void Analyze_CmsCases_EveryResequenceAFullSearchFinds()
    {
        foreach (var record in AuditFixture.CmsCases("430").Where(r => r.Case.SecondaryDiagnoses.Count is > 2 and <= 24).Take(40))
        {
            var analysis = WhatIf().Analyze(record.Case);

            analysis.Changes.Where(c => c.Kind == WhatIfChangeKind.Resequence).Select(c => (c.Position, c.To, c.Result.Drg))
                .Should().BeEquivalentTo(SearchEveryResequence(record.Case), "line {0} of cases-430.tsv", record.LineNumber);
        }
    }

    [Fact]
    public void Analyze_CmsCases_FindsWhatAFullSearchFinds()
    {
        // Codes the grouper reads alike are grouped once: a full search, grouping every candidate, must find the same changes.
        foreach (var record in AuditFixture.CmsCases("430").Where(r => r.Case.SecondaryDiagnoses.Count is > 2 and <= 9).Take(12))
        {
            var analysis = WhatIf().Analyze(record.Case);

            analysis.Changes.Where(c => c.Kind == WhatIfChangeKind.Replace).Select(c => (c.Position, c.To, c.Result.Drg))
                .Should().BeEquivalentTo(SearchEveryReplacement(record.Case), "line {0} of cases-430.tsv", record.LineNumber);
        }
    }

    [Fact]
    public void Analyze_CmsCases_EveryChangeConfirmedByTheGrouper()
    {
        // Real cases of CMS's v43.1 expected results: the first 40 with at most ten diagnoses, each discharged on
        // 2026-04-01 (the version's first day), whose ICD-10-CM release in force is FY2026.
        var whatIf = WhatIf();
        var cases = AuditFixture.CmsCases("431").Where(r => r.Case.SecondaryDiagnoses.Count <= 9).Take(40).ToList();
        var changes = 0;
        var tried = 0;
        var groupings = 0;
        var cpu = TimeSpan.Zero;
        var watch = new Stopwatch();
        foreach (var record in cases)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Start();
            var analysis = whatIf.Analyze(record.Case);
            watch.Stop();
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            groupings += analysis.Groupings;
            analysis.Baseline.Drg.Should().Be(record.Expected!.Drg, "the grouper agrees with CMS on line {0}", record.LineNumber);
            Confirm(analysis);
            changes += analysis.Changes.Count;
            tried += analysis.Tried;
        }

        output.WriteLine($"{cases.Count} cases, {tried} changes tried, {groupings} groupings run, {changes} alter the DRG, {watch.ElapsedMilliseconds} ms in Analyze ({cpu.TotalMilliseconds:0} ms CPU) (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        changes.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Drivers_ExcludedSecondaryCountsWithTheNewPrincipal_CcExclusionLifted()
    {
        // J15.0 is on J18.9's CC exclusion list; with another principal diagnosis it counts.
        var baseline = fixture.Grouper.Group(Cases.Of("J189", sdx: ["J150:Y"]));
        var changed = fixture.Grouper.Group(Cases.Of("I5023", sdx: ["J150:Y"]));

        baseline.SecondaryDiagnoses[0].Status.Should().Be(SecondaryDiagnosisStatus.ExcludedByPrincipalDiagnosis);
        DrgWhatIf.Drivers(baseline, changed, -1, principalChanged: true).Should().HaveFlag(WhatIfDrivers.CcExclusionLifted).And.HaveFlag(WhatIfDrivers.MdcChanged);
    }
}

[Collection(AuditCollection.Name)]
public class WhatIfJsonTests(AuditFixture fixture)
{
    [Fact]
    public void WriteWhatIfJsonLine_IssueShape()
    {
        var analysis = new DrgWhatIf(fixture.Grouper, fixture.Icd10Cm).Analyze(Cases.Of("J189", sdx: ["I509:Y", "A419:Y"]));
        var text = new StringWriter();

        AuditReport.WriteWhatIfJsonLine("W0001", analysis, text);

        var root = System.Text.Json.JsonDocument.Parse(text.ToString()).RootElement;
        root.GetProperty("id").GetString().Should().Be("W0001");
        root.GetProperty("drg").GetInt32().Should().Be(analysis.Baseline.Drg);
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        changes.Should().HaveCount(analysis.Changes.Count);
        var resequence = changes.Single(c => c.GetProperty("change").GetString() == "resequence" && c.GetProperty("to").GetString() == "A419");
        resequence.GetProperty("position").GetString().Should().Be("sdx2");
        resequence.GetProperty("from").GetString().Should().Be("J189");
        resequence.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()).Should().Contain("mdc_changed");
    }
}
