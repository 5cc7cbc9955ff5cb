using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

[Collection(MsDrgCollection.Name)]
public class MsDrgDefinitionsTests(MsDrgGrouperFixture fixture)
{
    [Fact]
    public void Load_V431_EveryRowOfTheTablesTheReadmeCounts()
    {
        var v431 = fixture.V431;

        v431.DiagnosisCount.Should().Be(74_719);
        v431.ProcedureCount.Should().Be(79_193);
        v431.FormulaCount.Should().Be(828);
        v431.Exclusions.Count.Should().Be(162_977, "cc_exclusions.tsv has 162,977 rows, no two the same");
        v431.Clusters.Should().HaveCount(4_045);
        v431.Clusters.Sum(c => c.Choices.Sum(choice => choice.Length)).Should().Be(8_190, "cluster_choices.tsv has 8,190 rows");
    }

    [Fact]
    public void Load_V430_DiffersFromV431ByTheAddedAndRemovedProcedures()
    {
        // The README: v43.0 differs from v43.1 by 80 added and 2 removed PCS codes.
        fixture.V430.ProcedureCount.Should().Be(79_193 - 80 + 2);
    }

    [Theory]
    [InlineData("v430", "43.0", "2025-10-01")] // the start of FY2026
    [InlineData("v431", "43.1", "2026-04-01")] // the April update
    public void Load_VersionFolder_ReleaseFromTheFolderName(string folder, string version, string from)
    {
        var definitions = folder == "v430" ? fixture.V430 : fixture.V431;

        definitions.Release.Should().Be(new Release(CodeSystem.MsDrg, version, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 9, 30)));
        definitions.Release.Name.Should().Be($"MS-DRG v{version}");
        definitions.Release.EffectiveFrom.Should().Be(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        definitions.Release.EffectiveThrough.Should().Be(new DateOnly(2026, 9, 30), "both versions are published through the end of FY2026; the schedule cuts v43.0 short");
        definitions.ToString().Should().Be($"MS-DRG v{version} ({from} to 2026-09-30)");
    }

    [Fact]
    public void DrgTitle_EveryDrgAFormulaAssigns_HasATitle()
    {
        var v431 = fixture.V431;

        v431.DrgTitle(470).Should().StartWith("Major Hip and Knee Joint Replacement");
        v431.DrgTitle(1000).Should().BeNull();
        v431.DrgTitle(-1).Should().BeNull();
        v431.MdcTitle(5).Should().Be("Diseases and Disorders of the Circulatory System");
        v431.FormulasByMdc.SelectMany(rows => rows).Where(row => row.AssignsDrg).Should().OnlyContain(row => v431.DrgTitle(row.Drg) != null);
    }

    [Theory]
    [InlineData("43.0")]
    [InlineData("43.1")]
    public void FormulasByMdc_EveryOperandOfEveryFormula_CarriedByACodeOrComputed(string version)
    {
        var definitions = fixture.Tables(version);
        var carried = new HashSet<int>();
        for (var row = 0; row < definitions.Diagnoses.Count; row++)
        {
            carried.UnionWith(definitions.Diagnoses[row].Operands.ToArray());
        }

        for (var row = 0; row < definitions.Procedures.Count; row++)
        {
            carried.UnionWith(definitions.Procedures[row].Operands.ToArray());
        }

        foreach (var cluster in definitions.Clusters)
        {
            carried.UnionWith(cluster.Operands);
        }

        var computed = typeof(MedCoding.Grouping.Tables.ComputedOperands).GetProperties()
            .SelectMany(p => p.GetValue(definitions.Computed) switch { int id => [id], int[] ids => ids, _ => Array.Empty<int>() });
        carried.UnionWith(computed);

        var unknown = definitions.FormulasByMdc.SelectMany(rows => rows)
            .SelectMany(row => row.Formula.Root.Atoms())
            .Select(atom => atom.Operand)
            .Where(id => !carried.Contains(id))
            .Select(definitions.Operands.Name)
            .Distinct();

        // "5" is the whole formula of a marker row in MDC 15 (drg 0, no reroute), which the grouper passes over.
        unknown.Should().BeEquivalentTo("5");
    }

    [Fact]
    public void Load_MissingFolder_ThrowsDataFileException()
    {
        var act = () => MsDrgDefinitions.Load(Path.Combine(Path.GetTempPath(), $"no-such-msdrg-{Guid.NewGuid():N}", "v431"));

        act.Should().Throw<DataFileException>().Where(e => e.FilePath.EndsWith("cluster_choices.tsv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tables")] // no version in the name
    [InlineData("v432")]   // no v43.2: the rule knows the October (.0) and April (.1) versions only
    [InlineData("v24")]    // not three digits
    public void Load_FolderNotNamedAfterAVersion_ThrowsArgumentException(string name)
    {
        var act = () => MsDrgDefinitions.Load(Path.Combine(Path.GetTempPath(), name));

        act.Should().Throw<ArgumentException>().WithParameterName("versionFolder").Which.Message.Should().Contain("v431");
    }

    [Fact]
    public void Load_BadRowInACopyOfTheTables_ThrowsNamingFileAndLine()
    {
        var root = Path.Combine(Path.GetTempPath(), $"medcoding-msdrg-{Guid.NewGuid():N}");
        var folder = Path.Combine(root, "v431");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(root, "mce"));
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(fixture.Folder, "v431")))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.Copy(Path.Combine(fixture.Folder, "mce", "mce_discharge_status.tsv"), Path.Combine(root, "mce", "mce_discharge_status.tsv"));
            var lines = File.ReadAllLines(Path.Combine(folder, "cc_exclusions.tsv"));
            lines[3] = "7\tQ9999X9";
            File.WriteAllLines(Path.Combine(folder, "cc_exclusions.tsv"), lines);

            var act = () => MsDrgDefinitions.Load(folder);

            act.Should().Throw<DataFileException>()
                .Where(e => e.FilePath.EndsWith("cc_exclusions.tsv", StringComparison.Ordinal) && e.LineNumber == 4 && e.Problem == "The excluded code 'Q9999X9' is not a diagnosis code of dx.tsv.");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
