using System.Text.Json;

namespace MedCoding.Audit.Tests;

/// <summary>A batch of four encounters by two coders: the rates, counts and both output formats.</summary>
[Collection(AuditCollection.Name)]
public class BatchAuditTests(AuditFixture fixture)
{
    public static readonly AuditPair[] Pairs =
    [
        // C01: one encounter right, one under-coded (I50.9 where I50.23 is documented: 195 to 193).
        new("A0001", "C01", Cases.Of("J189", sdx: ["I5021:Y"]), Cases.Of("J189", sdx: ["I5021:Y"])),
        new("A0002", "C01", Cases.Of("J189", sdx: ["I509:Y"]), Cases.Of("J189", sdx: ["I5023:Y"])),

        // C02: one over-coded (an unsupported MCC: 193 to 195), one resequenced (pneumonia 193 to sepsis 871).
        new("A0003", "C02", Cases.Of("J189", sdx: ["I5021:Y"]), Cases.Of("J189")),
        new("A0004", "C02", Cases.Of("J189", sdx: ["A419:Y"]), Cases.Of("A419", sdx: ["J189:Y"])),
    ];

    private BatchAudit Batch() => new CodingAuditor(fixture.Grouper).AuditBatch(Pairs);

    [Fact]
    public void AuditBatch_Overall_RatesAtEachLevel()
    {
        var overall = Batch().Overall;

        overall.Encounters.Should().Be(4);
        (overall.CodesCoded, overall.CodesKept).Should().Be((8, 6), "A0002 lost I50.9 and A0003 I50.21; resequencing keeps both codes");
        overall.CodeAccuracy.Should().Be(0.75);
        overall.EncounterAccuracy.Should().Be(0.25);
        overall.DrgAccuracy.Should().Be(0.25);
        overall.PrincipalDiagnosisAccuracy.Should().Be(0.75);
        overall.Shifts.Should().Equal(new Dictionary<DrgShift, int> { [DrgShift.None] = 1, [DrgShift.Up] = 1, [DrgShift.Down] = 1, [DrgShift.Indeterminate] = 1 });
        (overall.OverCoded, overall.UnderCoded).Should().Be((1, 1));
        overall.Differences.Should().Equal(new Dictionary<DifferenceKind, int>
        {
            [DifferenceKind.PrincipalDiagnosisResequenced] = 1,
            [DifferenceKind.SecondaryDiagnosisRemoved] = 1,
            [DifferenceKind.SecondaryDiagnosisSpecificityChanged] = 1,
        });
        overall.PaymentDifference.Should().BeNull("no weights");
    }

    [Fact]
    public void AuditBatch_PerCoder_OverAndUnderCoding()
    {
        var coders = Batch().Coders;

        coders.Keys.Should().Equal("C01", "C02");
        coders["C01"].UnderCoded.Should().Be(1);
        coders["C01"].OverCoded.Should().Be(0);
        coders["C01"].EncounterAccuracy.Should().Be(0.5);
        coders["C01"].PrincipalDiagnosisAccuracy.Should().Be(1.0);
        coders["C02"].OverCoded.Should().Be(1);
        coders["C02"].DrgAccuracy.Should().Be(0);
        coders["C02"].PrincipalDiagnosisAccuracy.Should().Be(0.5);
    }

    [Fact]
    public void AuditBatch_WithSyntheticWeights_SumsPaymentDifference()
    {
        // SYNTHETIC weights 193 = 1.5, 195 = 0.75, 871 = 1.9 at $6,000: +4,500 - 4,500 + 2,400.
        var batch = new CodingAuditor(fixture.Grouper, RelativeWeightTableTests.SyntheticTable(), 6000m).AuditBatch(Pairs);

        batch.Overall.PaymentDifference.Should().Be(2400m);
        batch.Overall.Shifts[DrgShift.Indeterminate].Should().Be(0, "weights order the two families");
        batch.Overall.UnderCoded.Should().Be(2);
    }

    [Fact]
    public void WriteJsonLines_OneObjectPerPairThenTheSummary()
    {
        var text = new StringWriter();
        AuditReport.WriteJsonLines(Batch(), text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(5);
        var second = JsonDocument.Parse(lines[1]).RootElement;
        second.GetProperty("id").GetString().Should().Be("A0002");
        second.GetProperty("coder").GetString().Should().Be("C01");
        second.GetProperty("drgCoded").GetInt32().Should().Be(195);
        second.GetProperty("drgAudited").GetInt32().Should().Be(193);
        second.GetProperty("shift").GetString().Should().Be("up");
        second.GetProperty("differences")[0].GetRawText().Should().Be("""{"kind":"sdx_specificity","position":"sdx1","from":"I509","to":"I5023"}""");
        var summary = JsonDocument.Parse(lines[4]).RootElement.GetProperty("summary");
        summary.GetProperty("drgAgreement").GetDouble().Should().Be(0.25);
        summary.GetProperty("coders").GetProperty("C02").GetProperty("overCoded").GetInt32().Should().Be(1);
    }

    [Fact]
    public void WriteCsv_EncountersAndSummary_HeaderAndOneRowEach()
    {
        var encounters = new StringWriter();
        var summary = new StringWriter();
        AuditReport.WriteEncountersCsv(Batch(), encounters);
        AuditReport.WriteSummaryCsv(Batch(), summary);

        var rows = encounters.ToString().TrimEnd().Split(Environment.NewLine);
        rows.Should().HaveCount(5);
        rows[3].Should().StartWith("A0003,C02,193,195,4,4,mcc,none,down,1,sdx_removed sdx1: I5021 -> -,I5021 no longer sets the MCC: it is no longer coded,");
        var summaryRows = summary.ToString().TrimEnd().Split(Environment.NewLine);
        summaryRows.Should().HaveCount(4);
        summaryRows[1].Should().StartWith("*,4,0.75,0.25,0.25,0.75,1,1,1,1,,");
        summaryRows[2].Should().StartWith("C01,2,");
    }

    [Fact]
    public void WriteHtml_SelfContainedWithOneChartPerCoderAndTheWorstEncounters()
    {
        var text = new StringWriter();
        AuditReport.WriteHtml(Batch(), text);
        var html = text.ToString();

        html.Should().StartWith("<!DOCTYPE html>");
        System.Text.RegularExpressions.Regex.Matches(html, "<svg ").Should().HaveCount(2, "one chart per coder");
        html.Should().NotContain("<script").And.NotContain("<link").And.NotContain("@import").And.NotContain("src=", "nothing is loaded from elsewhere");
        html.Should().Contain("<td>A0003</td><td>C02</td><td>193</td><td>195</td><td class=\"down\">down</td>");
        html.Should().Contain("DRG agreement</th><td>25.0%");
        html.Should().NotContain("<td>A0001</td>", "an unchanged encounter is not among the worst");
    }
}
