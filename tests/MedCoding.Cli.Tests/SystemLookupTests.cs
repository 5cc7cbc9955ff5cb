using System.Text.Json;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

public sealed class SystemLookupTests
{
    [Fact]
    public void Run_PcsWithTablesXml_PrintsTheSevenAxesAndTheDefinition()
    {
        var (exit, lines, _) = Run("lookup", "0016070", "--system", "pcs", "--data", OfficialData.Path("icd10pcs", "2020"), "--json");

        exit.Should().Be(0);
        var json = JsonDocument.Parse(lines.Single()).RootElement;
        json.GetProperty("code").GetString().Should().Be("0016070");
        json.GetProperty("found").GetBoolean().Should().BeTrue();
        json.GetProperty("system").GetString().Should().Be("ICD-10-PCS");
        json.GetProperty("axes").EnumerateArray().Select(a => a.GetProperty("label").GetString()).Should().Equal(
            "Medical and Surgical", "Central Nervous System and Cranial Nerves", "Bypass", "Cerebral Ventricle", "Open", "Autologous Tissue Substitute", "Nasopharynx");
        json.GetProperty("rootOperationDefinition").GetString().Should().StartWith("Altering the route");
    }

    [Fact]
    public void Run_PcsFromStandardInput_AnswersEveryLineAndReportsTheUnknown()
    {
        var (exit, lines, _) = RunWithInput("0DT70ZZ\n0016O70\n", "lookup", "--system", "pcs", "--data", OfficialData.Path("icd10pcs", "2026"), "--json");

        exit.Should().Be(1);
        lines.Should().HaveCount(2);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("title").GetString().Should().Be("Resection of Stomach, Pylorus, Open Approach");
        var missing = JsonDocument.Parse(lines[1]).RootElement;
        missing.GetProperty("found").GetBoolean().Should().BeFalse();
        missing.GetProperty("error").GetString().Should().Contain("never uses the letters I and O");
    }

    [Fact]
    public void Run_Hcpcs_PrintsTheRecordFields()
    {
        var (exit, lines, _) = Run("lookup", "j9035", "--system", "hcpcs", "--data", OfficialData.Path("hcpcs", "2019"), "--json");

        exit.Should().Be(0);
        var json = JsonDocument.Parse(lines.Single()).RootElement;
        json.GetProperty("code").GetString().Should().Be("J9035");
        json.GetProperty("betos").GetString().Should().Be("O1E");
        json.GetProperty("pricingIndicators").EnumerateArray().Select(p => p.GetString()).Should().Equal("51");
    }

    [Fact]
    public void Run_ModifierWithHcpcsFolder_GivesLevel2AndCptModifiersWithCategories()
    {
        var (exit, lines, _) = Run("lookup", "LT", "59", "--system", "modifier", "--data", OfficialData.Path("hcpcs", "2019"), "--json");

        exit.Should().Be(0);
        var lt = JsonDocument.Parse(lines[0]).RootElement;
        lt.GetProperty("system").GetString().Should().Be("HCPCS Level II");
        lt.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).Should().Equal("anatomic", "ncciAssociated", "left");
        var cpt59 = JsonDocument.Parse(lines[1]).RootElement;
        cpt59.GetProperty("system").GetString().Should().Be("CPT");
        cpt59.GetProperty("ncciAssociated").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Run_CptWithoutLicensedFile_RecognisesTheShapeAndInventsNothing()
    {
        var (_, lines, _) = Run("lookup", "99213", "--system", "cpt", "--data", OfficialData.Path("hcpcs", "2019"), "--json");

        var json = JsonDocument.Parse(lines.Single()).RootElement;
        json.GetProperty("category").GetString().Should().Be("I");
        json.GetProperty("licensed").GetBoolean().Should().BeFalse();
        json.GetProperty("error").GetString().Should().Be("descriptor not licensed");
        json.TryGetProperty("title", out _).Should().BeFalse();
    }

    [Fact]
    public void Run_CptWithLicensedFile_GivesTheDescriptor()
    {
        var folder = Directory.CreateTempSubdirectory("cpt-").FullName;
        try
        {
            // SYNTHETIC: an invented descriptor, not AMA text.
            File.WriteAllText(Path.Combine(folder, "cpt2026.txt"), "10001\tSynthetic descriptor (invented for tests)\n");

            var (exit, lines, _) = Run("lookup", "10001", "--system", "cpt", "--data", folder, "--json");

            exit.Should().Be(0);
            JsonDocument.Parse(lines.Single()).RootElement.GetProperty("title").GetString().Should().Be("Synthetic descriptor (invented for tests)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_UnknownSystem_IsRejected()
    {
        var (exit, _, _) = Run("lookup", "X", "--system", "loinc", "--data", OfficialData.Root);

        exit.Should().NotBe(0);
    }

    internal static (int Exit, string[] Lines, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    internal static (int Exit, string[] Lines, string Error) RunWithInput(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = MedCodingCommand.Run(args, new StringReader(stdin), output, error);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), error.ToString());
    }
}
