using System.Text;

namespace MedCoding.Grouping.Tests;

/// <summary>Every case CMS's own grouper grouped (cases-430.tsv and cases-431.tsv) must get the same DRG, MDC and return code.</summary>
[Collection(MsDrgCollection.Name)]
public class ExpectedCasesTests(MsDrgGrouperFixture fixture)
{
    [Theory]
    [InlineData("cases-430.tsv", 1000)] // v43.0: discharges 2025-10-01 to 2026-03-31
    [InlineData("cases-431.tsv", 5000)] // v43.1: discharges from 2026-04-01
    public void Group_EveryExpectedCase_SameDrgMdcAndReturnCodeAsCms(string file, int count)
    {
        var records = DrgCaseFile.Read(Path.Combine(fixture.Folder, "cases", file));
        records.Should().HaveCount(count);

        var failures = new StringBuilder();
        var passed = 0;
        foreach (var record in records)
        {
            var result = fixture.Grouper.Group(record.Case, record.Version!.Value);
            if (record.Expected!.Matches(result))
            {
                passed++;
            }
            else
            {
                failures.AppendLine($"line {record.LineNumber}: expected DRG {record.Expected.Drg} MDC {record.Expected.Mdc} {record.Expected.ReturnCode.ToCmsName()}, got DRG {result.Drg} MDC {result.Mdc} {result.ReturnCode.ToCmsName()} via {string.Join(" / ", result.Path)}");
            }
        }

        passed.Should().Be(count, $"every case must group as CMS's grouper did; failures:\n{failures}");
    }

    [Fact]
    public void Group_ExpectedCasesOnManyThreads_SameResultsAsOneThread()
    {
        var records = DrgCaseFile.Read(Path.Combine(fixture.Folder, "cases", "cases-431.tsv"));
        var sequential = records.Select(r => fixture.Grouper.Group(r.Case, r.Version!.Value).Drg).ToArray();

        var parallel = new int[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = fixture.Grouper.Group(records[i].Case, records[i].Version!.Value).Drg);

        parallel.Should().Equal(sequential);
    }
}
