// Firely's resource model declares its properties nullable; the assertions read them directly.
#pragma warning disable CS8600, CS8602, CS8604, CS8620
using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedCoding.Testing;

namespace MedCoding.Samples.Tests;

/// <summary>The web sample's /fhir terminology endpoints, through Firely's own FhirClient (GET and POST) and plain HTTP.</summary>
public sealed class FhirEndpointsTests(WebApiFixture web) : IClassFixture<WebApiFixture>, IDisposable
{
    private const string Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    private const string Pcs = "http://www.cms.gov/Medicare/Coding/ICD10";
    private readonly FhirClient _client = new(new Uri(web.Client.BaseAddress!, "fhir"), new FhirClientSettings { PreferredFormat = ResourceFormat.Json, VerifyFhirVersion = false });

    public void Dispose() => _client.Dispose();

    [Fact]
    public async System.Threading.Tasks.Task Metadata_CapabilityStatement_NamesTheOperations()
    {
        var statement = await _client.CapabilityStatementAsync();

        statement!.Rest.Single().Resource.SelectMany(r => r.Operation.Select(o => $"{r.Type}/${o.Name}")).Should().Equal(
            "CodeSystem/$lookup", "CodeSystem/$validate-code", "CodeSystem/$subsumes", "ValueSet/$expand", "ValueSet/$validate-code", "ConceptMap/$translate");
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ModeTerminology_IsTheTerminologyCapabilities()
    {
        var capabilities = (TerminologyCapabilities)(await _client.GetAsync("metadata?mode=terminology"))!;

        capabilities.CodeSystem.Single(c => c.Uri == Cm).Version.Select(v => v.Code).Should().Equal("2021", "2025", "2025-04", "2026");
    }

    [Theory]
    [InlineData(true)] // GET with the parameters in the query string
    [InlineData(false)] // POST of a Parameters resource
    public async System.Threading.Tasks.Task Lookup_EveryCodeOfTheFy2026E11Category_GivesItsTitleAndHeaderFlag(bool useGet)
    {
        var records = File.ReadLines(OfficialData.Path("icd10cm", "2026", "icd10cm_order_2026.txt"))
            .Where(l => l[6..9] == "E11")
            .Select(l => (Code: Dotted(l[6..13].Trim()), Billable: l[14] == '1', Title: l[77..].Trim()))
            .ToList();
        foreach (var (code, billable, title) in records)
        {
            var answer = (Parameters)(await _client.TypeOperationAsync<CodeSystem>("lookup", Input(("system", new FhirUri(Cm)), ("code", new Code(code)), ("version", new FhirString("2026"))), useGet))!;
            answer.GetSingleValue<FhirString>("display").Value.Should().Be(title);
            var notSelectable = answer.Get("property").Single(p => p.Part[0].Value.ToString() == "notSelectable").Part[1].Value;
            ((FhirBoolean)notSelectable).Value.Should().Be(!billable);
        }

        records.Should().HaveCount(117);
    }

    [Theory]
    [InlineData("E11.65", true, null)]
    [InlineData("E11.6", false, "E11.6 is a header in ICD-10-CM FY2026 (not selectable)")]
    [InlineData("E11.99", false, "E11.99 is not a code of ICD-10-CM FY2026.")]
    public async System.Threading.Tasks.Task ValidateCode_CodeSystem_AnswersResultAndMessage(string code, bool valid, string? message)
    {
        var answer = (Parameters)(await _client.TypeOperationAsync<CodeSystem>("validate-code", Input(("url", new FhirUri(Cm)), ("code", new Code(code)), ("date", new FhirDateTime("2025-11-03"))), useGet: true))!;

        answer.GetSingleValue<FhirBoolean>("result").Value.Should().Be(valid);
        if (message is not null)
        {
            answer.GetSingleValue<FhirString>("message").Value.Should().StartWith(message);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateCode_ValueSet_CodeableConceptByPost()
    {
        var answer = (Parameters)(await _client.TypeOperationAsync<ValueSet>(
            "validate-code",
            Input(("url", new FhirUri($"{Pcs}?fhir_vs=isa/0DT")), ("codeableConcept", new CodeableConcept(Pcs, "0DTJ4ZZ"))),
            useGet: false))!;

        answer.GetSingleValue<FhirBoolean>("result").Value.Should().BeTrue();
        answer.GetSingleValue<FhirString>("display").Value.Should().Be("Resection of Appendix, Percutaneous Endoscopic Approach");
    }

    [Theory]
    [InlineData("E11", "E11.65", "subsumes")]
    [InlineData("E11.65", "E11", "subsumed-by")]
    [InlineData("E11.65", "e1165", "equivalent")]
    [InlineData("E11.65", "E10.65", "not-subsumed")]
    public async System.Threading.Tasks.Task Subsumes_TwoCodes_AnswersTheirRelation(string a, string b, string outcome)
    {
        var answer = (Parameters)(await _client.TypeOperationAsync<CodeSystem>("subsumes", Input(("system", new FhirUri(Cm)), ("codeA", new Code(a)), ("codeB", new Code(b))), useGet: true))!;

        answer.GetSingleValue<Code>("outcome").Value.Should().Be(outcome);
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_IsaInPages_GivesEveryCodeOnce()
    {
        var codes = new List<string>();
        for (var offset = 0; ; offset += 50)
        {
            var page = (ValueSet)(await _client.TypeOperationAsync<ValueSet>("expand", Input(("url", new FhirUri($"{Cm}?fhir_vs=isa/E11")), ("offset", new Integer(offset)), ("count", new Integer(50))), useGet: true))!;
            if (page.Expansion.Contains.Count == 0)
            {
                page.Expansion.Total.Should().Be(codes.Count);
                break;
            }

            codes.AddRange(page.Expansion.Contains.Select(c => c.Code));
        }

        codes.Should().OnlyHaveUniqueItems().And.HaveCount(117).And.StartWith("E11");
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_Filter_UsesTheEncodersSearch()
    {
        var page = (ValueSet)(await _client.TypeOperationAsync<ValueSet>("expand", Input(("url", new FhirUri($"{Cm}?fhir_vs")), ("filter", new FhirString("diabetes type 2 with hyperglycemia")), ("count", new Integer(5))), useGet: true))!;

        page.Expansion.Contains[0].Code.Should().Be("E11.65");
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_Icd9ToIcd10_ThroughTheGems()
    {
        var answer = (Parameters)(await _client.TypeOperationAsync<ConceptMap>("translate", Input(("system", new FhirUri("http://hl7.org/fhir/sid/icd-9-cm")), ("code", new Code("250.00")), ("targetsystem", new FhirUri(Cm))), useGet: false))!;

        answer.GetSingleValue<FhirBoolean>("result").Value.Should().BeTrue();
        answer.Get("match").Select(m => ((Coding)m.Part.Single(p => p.Name == "concept").Value).Code).Should().Equal("E11.9");
    }

    [Theory]
    [InlineData("CodeSystem/$lookup?system=http://example.org/x&code=E11", HttpStatusCode.NotFound, "The code system 'http://example.org/x' is not known here")] // unknown system
    [InlineData("CodeSystem/$lookup?system=http://hl7.org/fhir/sid/icd-10-cm&code=E11..6", HttpStatusCode.BadRequest, "The parameter 'code' is not a well-formed ICD-10-CM code")] // malformed code
    [InlineData("CodeSystem/$lookup?system=http://hl7.org/fhir/sid/icd-10-cm&code=E11&version=1999", HttpStatusCode.NotFound, "ICD-10-CM has no version '1999' here")] // unknown version
    [InlineData("CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code=99213", HttpStatusCode.NotFound, "CPT is not available on this server")] // no licensed CPT file
    [InlineData("ValueSet/$expand?url=http://example.org/ValueSet/x", HttpStatusCode.NotFound, "The value set 'http://example.org/ValueSet/x' is not known here")]
    [InlineData("ValueSet/$expand?url=http://hl7.org/fhir/sid/icd-10-cm?fhir_vs&count=x", HttpStatusCode.BadRequest, "The parameter 'count' must be a whole number.")]
    [InlineData("metadata?mode=other", HttpStatusCode.BadRequest, "mode must be full or terminology.")]
    public async System.Threading.Tasks.Task BadInput_IsAnOperationOutcomeWithA4xxStatus(string path, HttpStatusCode status, string message)
    {
        var error = await FluentActions.Awaiting(() => _client.GetAsync(path)).Should().ThrowAsync<FhirOperationException>();

        error.Which.Status.Should().Be(status);
        error.Which.Outcome.Issue.Single().Diagnostics.Should().StartWith(message);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Parameters\", bad")] // not JSON
    [InlineData("{\"resourceType\":\"Patient\"}")] // not Parameters
    [InlineData("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"code\",\"valueCode\":3}]}")] // not FHIR
    public async System.Threading.Tasks.Task Post_MalformedBody_IsBadRequestWithoutRepeatingIt(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/fhir+json");
        using var response = await web.Client.PostAsync(new Uri("fhir/CodeSystem/$lookup", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/fhir+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("OperationOutcome").And.NotContain("Patient\\\"").And.NotContain("bad");
    }

    private static string Dotted(string code) => code.Length > 3 ? $"{code[..3]}.{code[3..]}" : code;

    private static Parameters Input(params (string Name, DataType Value)[] values)
    {
        var parameters = new Parameters();
        foreach (var (name, value) in values)
        {
            parameters.Add(name, value);
        }

        return parameters;
    }
}
