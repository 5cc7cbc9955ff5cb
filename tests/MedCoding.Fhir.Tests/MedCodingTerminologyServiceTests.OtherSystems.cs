using Hl7.Fhir.Model;
using MedCoding.Hcpcs;
using MedCoding.Testing;

namespace MedCoding.Fhir.Tests;

/// <summary>ICD-10-PCS, HCPCS Level II and ICD-9-CM with the GEMs, each over every record of its official file.</summary>
public sealed partial class MedCodingTerminologyServiceTests
{
    private const string Pcs = FhirCodeSystems.Icd10Pcs;

    [Theory]
    [InlineData("2025")]
    [InlineData("2026")]
    public void Pcs_EveryTableAndCodeOfTheOrderFile_LooksUpValidatesAndIsSubsumedByItsTable(string version)
    {
        var records = OrderFile.Icd10Pcs(version);
        var wrong = new List<string>();
        foreach (var record in records)
        {
            var lookup = Terminology.Lookup(Pcs, record.Code, version);
            var valid = Terminology.ValidateCode(Pcs, record.Code, version).Result();
            var subsumed = record.IsBillable ? Terminology.Subsumes(Pcs, record.Code[..3], record.Code, version) : "subsumes";
            if (lookup.Text("display") != record.LongTitle || valid != record.IsBillable || subsumed != "subsumes"
                || lookup.Property("parent").SingleOrDefault() != (record.IsBillable ? record.Code[..3] : null))
            {
                wrong.Add(record.Code);
            }
        }

        records.Count(r => !r.IsBillable).Should().BeGreaterThan(900);
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Pcs_ExpandEveryTable_IsItsCodesOfTheOrderFile()
    {
        var records = OrderFile.Icd10Pcs("2026");
        var wrong = new List<string>();
        foreach (var table in records.Where(r => !r.IsBillable))
        {
            var expansion = Terminology.Expand($"{Pcs}?fhir_vs=isa/{table.Code}", version: "2026").Expansion;
            var codes = records.Where(r => r.IsBillable && r.Code.StartsWith(table.Code, StringComparison.Ordinal)).Select(r => r.Code).Prepend(table.Code);
            if (!expansion.Contains.Select(c => c.Code).SequenceEqual(codes) || expansion.Contains[0].Abstract != true)
            {
                wrong.Add(table.Code);
            }
        }

        wrong.Should().BeEmpty();
        Terminology.Subsumes(Pcs, "0DT", "0FT44ZZ", "2026").Should().Be("not-subsumed");
    }

    [Fact]
    public void Hcpcs_EveryProcedureOfThe2019File_LooksUpWithItsDescriptionsAndStatus()
    {
        var file = HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019"));
        var wrong = new List<string>();
        foreach (var record in file.Procedures)
        {
            var lookup = Terminology.Lookup(FhirCodeSystems.HcpcsLevel2, record.Code, "2019");
            var inactive = record.TerminationDate is not null;
            if (lookup.Text("display") != record.LongDescription
                || lookup.Property("inactive").Single() != inactive.ToString().ToLowerInvariant()
                || lookup.Property("notSelectable").Single() != "false"
                || !Terminology.ValidateCode(FhirCodeSystems.HcpcsLevel2, record.Code, "2019").Result())
            {
                wrong.Add(record.Code);
            }
        }

        file.Procedures.Should().HaveCount(6_440);
        wrong.Should().BeEmpty();
        var expansion = Terminology.Expand($"{FhirCodeSystems.HcpcsLevel2}?fhir_vs", count: 10).Expansion;
        expansion.Total.Should().Be(6_440);
        Terminology.Subsumes(FhirCodeSystems.HcpcsLevel2, "J9035", "J9035").Should().Be("equivalent");
        Terminology.Subsumes(FhirCodeSystems.HcpcsLevel2, "J9035", "J9040").Should().Be("not-subsumed");
    }

    [Theory]
    [InlineData("2018_I9gem.txt", FhirCodeSystems.Icd9Cm, FhirCodeSystems.Icd10Cm)] // forward: ICD-9-CM to ICD-10-CM
    [InlineData("2018_I10gem.txt", FhirCodeSystems.Icd10Cm, FhirCodeSystems.Icd9Cm)] // backward
    public void Translate_EverySourceOfTheGemFile_GivesItsTargets(string fileName, string source, string target)
    {
        var lines = File.ReadLines(OfficialData.Path("gems", "2018", fileName))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 3)
            .GroupBy(f => f[0].ToUpperInvariant());
        var wrong = new List<string>();
        var sources = 0;
        foreach (var group in lines)
        {
            sources++;
            var answer = Terminology.Service.Translate(new Parameters()
                .Add("system", new FhirUri(source))
                .Add("code", new Code(group.Key))
                .Add("targetsystem", new FhirUri(target))).GetAwaiter().GetResult();
            var expected = group.Where(f => f[2][1] == '0').Select(f => f[1].ToUpperInvariant()).Order(StringComparer.Ordinal);
            var actual = answer.Get("match")
                .SelectMany(m => m.Part.Where(p => p.Name == "concept"))
                .Select(p => OrderFile.Undotted(((Coding)p.Value).Code))
                .Order(StringComparer.Ordinal);
            var noMap = group.All(f => f[2][1] == '1');
            if (!actual.SequenceEqual(expected) || answer.Result() == noMap)
            {
                wrong.Add(group.Key);
            }
        }

        sources.Should().BeGreaterThan(14_000);
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Icd9Cm_EveryForwardGemSource_IsACodeOfTheGemsRelease()
    {
        var sources = File.ReadLines(OfficialData.Path("gems", "2018", "2018_I9gem.txt"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        sources.Where(code => !Terminology.ValidateCode(FhirCodeSystems.Icd9Cm, code).Result()).Should().BeEmpty();
        Terminology.Lookup(FhirCodeSystems.Icd9Cm, "25000").Text("display").Should().Be("250.00");
        Terminology.Lookup(FhirCodeSystems.Icd9Cm, "E8889").Text("display").Should().Be("E888.9");
    }

    [Fact]
    public void Translate_ConceptMapUrlAndReverse_RunsEitherDirection()
    {
        Parameters Translate(string url, string code, bool reverse) => Terminology.Service.Translate(new Parameters()
            .Add("url", new FhirUri(url)).Add("code", new Code(code)).Add("reverse", new FhirBoolean(reverse))).GetAwaiter().GetResult();

        var forward = Translate(FhirCodeSystems.Icd9CmToIcd10CmMap, "250.00", reverse: false);
        forward.Get("match").SelectMany(m => m.Part).Where(p => p.Name == "concept").Select(p => ((Coding)p.Value).Code).Should().Equal("E11.9");

        var backward = Translate(FhirCodeSystems.Icd9CmToIcd10CmMap, "E11.9", reverse: true);
        backward.Get("match").SelectMany(m => m.Part).Where(p => p.Name == "concept").Select(p => ((Coding)p.Value).Code).Should().Contain("250.00");
    }
}
