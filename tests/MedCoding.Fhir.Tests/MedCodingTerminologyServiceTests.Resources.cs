using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedCoding.Fhir.Tests;

/// <summary>CodeSystem export and the capability statements.</summary>
public sealed partial class MedCodingTerminologyServiceTests
{
    [Theory]
    [InlineData("2026")]
    [InlineData("2021")]
    public void ExportCodeSystem_Icd10Cm_HoldsEveryCodeOfTheOrderFileNestedUnderItsParent(string version)
    {
        var records = OrderFile.Icd10Cm(version);
        var parents = OrderFile.Parents(records);
        var resource = Terminology.Service.ExportCodeSystem(Cm, version);
        var found = new List<(string Code, string? Parent, string Display, bool Header)>();
        void Walk(IEnumerable<CodeSystem.ConceptDefinitionComponent> concepts, string? parent)
        {
            foreach (var concept in concepts)
            {
                found.Add((concept.Code, parent, concept.Display, concept.Property.Any(p => p.Code == "notSelectable")));
                Walk(concept.Concept, concept.Code);
            }
        }

        Walk(resource.Concept, null);

        resource.Count.Should().Be(records.Count);
        resource.Content.Should().Be(CodeSystemContentMode.Complete);
        resource.Version.Should().Be(version);
        if (version == "2021")
        {
            parents["H54.512A"] = "H54.511"; // the tree's parent (see s_fy2021ParentNotByPrefix)
        }

        found.Should().Equal(records.Select(r => (r.Code, parents[r.Code], r.LongTitle, !r.IsBillable)));
    }

    [Fact]
    public void ExportCodeSystem_SerializesToJsonAndBack()
    {
        var options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
        var json = JsonSerializer.Serialize(Terminology.Service.ExportCodeSystem(FhirCodeSystems.Icd10Pcs, "2026"), options);
        var back = JsonSerializer.Deserialize<Resource>(json, options).Should().BeOfType<CodeSystem>().Subject;

        back.Count.Should().Be(OrderFile.Icd10Pcs("2026").Count);
        back.Concept.Should().HaveCount(914);
    }

    [Fact]
    public void GetTerminologyCapabilities_ListsEverySystemWithItsVersions()
    {
        var capabilities = Terminology.Service.GetTerminologyCapabilities();

        capabilities.CodeSystem.Select(c => c.Uri).Should().Equal(FhirCodeSystems.All);
        capabilities.CodeSystem[0].Version.Select(v => v.Code).Should().Equal("2021", "2025", "2025-04", "2026");
        capabilities.CodeSystem[0].Version.Single(v => v.IsDefault == true).Code.Should().Be("2026");
        capabilities.CodeSystem.Single(c => c.Uri == FhirCodeSystems.Cpt).Version.Should().BeEmpty();
    }

    [Fact]
    public void GetCapabilityStatement_NamesTheOperations()
    {
        var statement = Terminology.Service.GetCapabilityStatement("http://127.0.0.1/fhir");

        statement.Rest.Single().Resource.Select(r => (r.Type, string.Join(",", r.Operation.Select(o => o.Name)))).Should().Equal(
            ("CodeSystem", "lookup,validate-code,subsumes"),
            ("ValueSet", "expand,validate-code"),
            ("ConceptMap", "translate"));
    }
}

/// <summary>The streaming JSON export against Firely's serialization of the exported resource.</summary>
public sealed class CodeSystemJsonTests
{
    [Theory]
    [InlineData(FhirCodeSystems.Icd10Cm, "2026")]
    [InlineData(FhirCodeSystems.Icd10Cm, "2021")] // with the Tabular List's notes
    [InlineData(FhirCodeSystems.Icd10Pcs, "2026")]
    [InlineData(FhirCodeSystems.HcpcsLevel2, "2019")] // flat, with inactive codes
    [InlineData(FhirCodeSystems.Icd9Cm, "2018")] // no short titles
    public void WriteCodeSystem_IsFirelysSerializationOfExportCodeSystem(string system, string version)
    {
        var options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
        var expected = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(Terminology.Service.ExportCodeSystem(system, version), options));
        using var stream = new MemoryStream();
        var release = Terminology.Service.WriteCodeSystem(stream, system, version);
        var actual = System.Text.Json.Nodes.JsonNode.Parse(stream.ToArray());

        release.Version.Should().Be(version);
        System.Text.Json.Nodes.JsonNode.DeepEquals(actual, expected).Should().BeTrue();
    }
}
