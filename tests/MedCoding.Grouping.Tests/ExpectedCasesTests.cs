using System.Text;

namespace MedCoding.Grouping.Tests;

/// <summary>
/// Every case CMS's own grouper grouped (cases-430.tsv and cases-431.tsv) must get the same DRG, MDC and return code,
/// with the tables read from CMS's TSV files and with the same tables read back from compiled data.
/// </summary>
[Collection(MsDrgCollection.Name)]
public class ExpectedCasesTests(MsDrgGrouperFixture fixture)
{
    [Theory]
    [InlineData("cases-430.tsv", 1000, "tsv")]      // v43.0: discharges 2025-10-01 to 2026-03-31
    [InlineData("cases-431.tsv", 5000, "tsv")]      // v43.1: discharges from 2026-04-01
    [InlineData("cases-430.tsv", 1000, "compiled")] // the same cases, tables read from the compiled bytes
    [InlineData("cases-431.tsv", 5000, "compiled")]
    public void Group_EveryExpectedCase_SameDrgMdcAndReturnCodeAsCms(string file, int count, string tables)
    {
        var grouper = fixture.GrouperOver(tables);
        var records = DrgCaseFile.Read(Path.Combine(fixture.Folder, "cases", file));
        records.Should().HaveCount(count);

        var failures = new StringBuilder();
        var passed = 0;
        foreach (var record in records)
        {
            // The case file's version gives the discharge date (the version's first day): the schedule picks the version back.
            var result = grouper.Group(record.Case);
            if (record.Expected!.Matches(result) && result.Release.Version == record.Version)
            {
                passed++;
            }
            else
            {
                failures.AppendLine($"line {record.LineNumber}: expected v{record.Version} DRG {record.Expected.Drg} MDC {record.Expected.Mdc} {record.Expected.ReturnCode.ToCmsName()}, got v{result.Release.Version} DRG {result.Drg} MDC {result.Mdc} {result.ReturnCode.ToCmsName()} via {string.Join(" / ", result.Path)}");
            }
        }

        passed.Should().Be(count, $"every case must group as CMS's grouper did; failures:\n{failures}");
    }

    [Theory]
    [InlineData("cases-430.tsv")]
    [InlineData("cases-431.tsv")]
    public void Group_EveryExpectedCaseWithCompiledTables_SameResultAsWithTsvTables(string file)
    {
        var records = DrgCaseFile.Read(Path.Combine(fixture.Folder, "cases", file));

        var differences = records
            .Select(r => (r.LineNumber, Tsv: fixture.Grouper.Group(r.Case, r.Version!), Compiled: fixture.CompiledGrouper.Group(r.Case, r.Version!)))
            .Where(r => Describe(r.Tsv) != Describe(r.Compiled))
            .Select(r => $"line {r.LineNumber}: {Describe(r.Compiled)}, from the TSV tables {Describe(r.Tsv)}");

        differences.Should().BeEmpty("the whole result (path, findings, driving procedure, HACs) must not depend on where the tables were read from");
    }

    [Fact]
    public void Group_ExpectedCasesOnManyThreads_SameResultsAsOneThread()
    {
        var records = DrgCaseFile.Read(Path.Combine(fixture.Folder, "cases", "cases-431.tsv"));
        var sequential = records.Select(r => fixture.Grouper.Group(r.Case, r.Version!).Drg).ToArray();

        var parallel = new int[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = fixture.CompiledGrouper.Group(records[i].Case, records[i].Version!).Drg);

        parallel.Should().Equal(sequential);
    }

    private static string Describe(DrgResult result) =>
        $"{result.Release.Version} DRG {result.Drg} MDC {result.Mdc}/{result.PrincipalDiagnosisMdc} {result.ReturnCode} {result.Type} '{result.DrgTitle}' '{result.MdcTitle}' " +
        $"driven by {result.DrivingProcedure} severity {result.CountedSeverity} " +
        $"[{string.Join("; ", result.SecondaryDiagnoses.Select(f => $"{f.Diagnosis} {f.Severity} {f.Status} {string.Join(",", f.HacNumbers)}"))}] " +
        $"[{string.Join("; ", result.Hacs)}] [{string.Join(" / ", result.Path)}]";
}
