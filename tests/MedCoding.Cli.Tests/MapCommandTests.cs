using System.Text.Json;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

public sealed class MapCommandTests
{
    [Fact]
    public void Run_25000ToIcd10Cm_PrintsTheApproximateTarget()
    {
        var (exit, lines, _) = SystemLookupTests.Run("map", "250.00", "--to", "icd10cm", "--data", OfficialData.Path("gems", "2018"), "--json");

        exit.Should().Be(0);
        lines.Single().Should().Be("""{"code":"250.00","found":true,"system":"ICD-9-CM","to":"ICD-10-CM","noMap":false,"exact":false,"alternatives":[{"code":"E11.9","approximate":true,"flags":"10000"}],"scenarios":[]}""");
    }

    [Fact]
    public void Run_Combination_PrintsScenariosOfChoiceLists()
    {
        var (_, lines, _) = SystemLookupTests.Run("map", "073.0", "--to", "icd10cm", "--data", OfficialData.Path("gems", "2018"), "--json");

        var scenario = JsonDocument.Parse(lines.Single()).RootElement.GetProperty("scenarios").EnumerateArray().Single();
        scenario.GetProperty("choiceLists").EnumerateArray()
            .Select(l => l.GetProperty("codes").EnumerateArray().Single().GetProperty("code").GetString())
            .Should().Equal("A70", "J17");
    }

    [Fact]
    public void Run_BackwardFromStandardInput_AnswersEachLine()
    {
        var (exit, lines, _) = SystemLookupTests.RunWithInput("E11.9\nZ99.999\n", "map", "--to", "icd9cm", "--data", OfficialData.Path("gems", "2018"), "--json");

        exit.Should().Be(1);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("alternatives")[0].GetProperty("code").GetString().Should().Be("250.00");
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("found").GetBoolean().Should().BeFalse();
    }
}
