using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

[Collection(MsDrgCollection.Name)]
public class MsDrgDefinitionsTests(MsDrgGrouperFixture fixture)
{
    [Fact]
    public void Load_V431_EveryRowOfTheTablesTheReadmeCounts()
    {
        var v431 = fixture.Grouper.V431;

        v431.Version.Should().Be(MsDrgVersion.V431);
        v431.DiagnosisCount.Should().Be(74_719);
        v431.ProcedureCount.Should().Be(79_193);
        v431.FormulaCount.Should().Be(828);
    }

    [Fact]
    public void Load_V430_DiffersFromV431ByTheAddedAndRemovedProcedures()
    {
        // The README: v43.0 differs from v43.1 by 80 added and 2 removed PCS codes.
        fixture.Grouper.V430.ProcedureCount.Should().Be(79_193 - 80 + 2);
    }

    [Fact]
    public void DrgTitle_EveryDrgAFormulaAssigns_HasATitle()
    {
        var v431 = fixture.Grouper.V431;

        v431.DrgTitle(470).Should().StartWith("Major Hip and Knee Joint Replacement");
        v431.DrgTitle(1000).Should().BeNull();
        v431.MdcTitle(5).Should().Be("Diseases and Disorders of the Circulatory System");
    }

    [Theory]
    [InlineData(MsDrgVersion.V430)]
    [InlineData(MsDrgVersion.V431)]
    public void FormulasByMdc_EveryOperandOfEveryFormula_CarriedByACodeOrComputed(MsDrgVersion version)
    {
        var definitions = version == MsDrgVersion.V430 ? fixture.Grouper.V430 : fixture.Grouper.V431;
        var carried = new HashSet<int>();
        foreach (var entry in definitions.Diagnoses.Values)
        {
            carried.UnionWith(entry.Operands);
        }

        foreach (var entry in definitions.Procedures.Values)
        {
            carried.UnionWith(entry.Operands);
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
        var act = () => MsDrgDefinitions.Load(Path.Combine(Path.GetTempPath(), "no-such-msdrg-folder"), MsDrgVersion.V431);

        act.Should().Throw<DataFileException>();
    }
}
