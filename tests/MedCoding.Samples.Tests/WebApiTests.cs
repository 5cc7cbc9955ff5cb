using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MedCoding.Samples.Tests;

[Collection(WebApiCollection.Name)]
public sealed class WebApiTests(WebApiFixture web)
{
    private const string Claim = """
        {
          "type": "professional",
          "dateOfService": "2025-11-03",
          "patient": { "birthDate": "1950-02-01", "sex": "F" },
          "diagnoses": [ { "code": "E11.6" }, { "code": "I10" } ],
          "lines": [ { "code": "99214", "units": 1, "diagnosisPointers": [1, 2], "placeOfService": "11", "charge": 150.00 } ]
        }
        """;

    [Fact]
    public async Task GetCode_Icd10CmCode_ReturnsEntryFromReleaseInForce()
    {
        using var json = await GetJsonAsync("codes/icd10cm/e1165?date=2025-11-03", HttpStatusCode.OK);
        var root = json.RootElement;

        root.GetProperty("system").GetString().Should().Be("icd10cm");
        root.GetProperty("code").GetString().Should().Be("E11.65");
        root.GetProperty("title").GetString().Should().Be("Type 2 diabetes mellitus with hyperglycemia");
        root.GetProperty("billable").GetBoolean().Should().BeTrue();
        root.GetProperty("release").GetProperty("version").GetString().Should().Be("2026");
        root.GetProperty("parent").GetProperty("code").GetString().Should().Be("E11.6");
    }

    [Fact]
    public async Task Search_Words_ReturnRankedCodesCheckedAgainstTheReleaseInForce()
    {
        using var json = await GetJsonAsync("search?q=acetaminophen+poisoning+accidental&date=2025-11-03&limit=3", HttpStatusCode.OK);
        var first = json.RootElement.GetProperty("results")[0];

        first.GetProperty("code").GetString().Should().Be("T39.1X1");
        first.GetProperty("source").GetString().Should().Be("drug");
        first.GetProperty("status").GetString().Should().Be("header");
        first.GetProperty("billableCodes").GetArrayLength().Should().Be(3);
        json.RootElement.GetProperty("results").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Search_WithoutQuery_ReturnsProblemNamingField()
    {
        using var json = await GetProblemAsync(await web.Client.GetAsync(new Uri("search", UriKind.Relative)), HttpStatusCode.BadRequest);

        json.RootElement.GetProperty("field").GetString().Should().Be("q");
    }

    [Fact]
    public async Task GetCode_DateInEarlierRelease_AnswersFromThatRelease()
    {
        using var json = await GetJsonAsync("codes/icd10cm/E11.65?date=2025-05-01", HttpStatusCode.OK);

        json.RootElement.GetProperty("release").GetProperty("version").GetString().Should().Be("2025-04");
    }

    [Fact]
    public async Task GetCode_Icd10PcsConfiguredOnCommandLine_ReturnsEntry()
    {
        using var json = await GetJsonAsync("codes/icd10pcs/0016070", HttpStatusCode.OK);

        json.RootElement.GetProperty("system").GetString().Should().Be("icd10pcs");
        json.RootElement.GetProperty("code").GetString().Should().Be("0016070");
        json.RootElement.GetProperty("parent").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task GetChildren_Category_ReturnsSubcategoriesInTabularOrder()
    {
        using var json = await GetJsonAsync("codes/icd10cm/E11/children", HttpStatusCode.OK);

        json.RootElement.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString())
            .Should().Equal("E11.0", "E11.1", "E11.2", "E11.3", "E11.4", "E11.5", "E11.6", "E11.8", "E11.9", "E11.A");
    }

    [Fact]
    public async Task GetChildren_BillableCode_ReturnsEmptyList()
    {
        using var json = await GetJsonAsync("codes/icd10cm/E11.65/children", HttpStatusCode.OK);

        json.RootElement.GetProperty("children").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("codes/snomed/E11.65", "Unknown code system", "system")] // a system the API does not serve
    [InlineData("codes/icd10cm/E1", "Malformed code", "code")] // too short to be a category
    [InlineData("codes/icd10cm/E11.65?date=03/11/2025", "Malformed date of service", "date")] // US date order, not ISO
    [InlineData("codes/icd10pcs/0016070/children", "No hierarchy for this code system", "system")] // only ICD-10-CM has one
    public async Task GetCode_BadInput_ReturnsProblemNamingField(string url, string title, string field)
    {
        using var json = await GetProblemAsync(await web.Client.GetAsync(new Uri(url, UriKind.Relative)), HttpStatusCode.BadRequest);

        json.RootElement.GetProperty("title").GetString().Should().Be(title);
        json.RootElement.GetProperty("field").GetString().Should().Be(field);
    }

    [Theory]
    [InlineData("codes/icd10cm/E11.99", "Code not found")] // well formed, not in FY2026
    [InlineData("codes/icd10cm/E11.65?date=2019-06-01", "No release in force")] // no embedded release covers FY2019
    [InlineData("codes/hcpcs/A0021?date=2015-06-01", "No release in force")] // the embedded HCPCS release is 2019
    public async Task GetCode_NothingToReturn_ReturnsNotFoundProblem(string url, string title)
    {
        using var json = await GetProblemAsync(await web.Client.GetAsync(new Uri(url, UriKind.Relative)), HttpStatusCode.NotFound);

        json.RootElement.GetProperty("title").GetString().Should().Be(title);
    }

    [Fact]
    public async Task ScrubClaim_HeaderDiagnosis_ReturnsFindingWithSuggestions()
    {
        using var json = await PostClaimAsync(Claim, HttpStatusCode.OK);
        var root = json.RootElement;

        root.GetProperty("isValid").GetBoolean().Should().BeFalse();
        var finding = root.GetProperty("findings").EnumerateArray().Should().ContainSingle().Subject;
        finding.GetProperty("ruleId").GetString().Should().Be("DX_NOT_BILLABLE");
        finding.GetProperty("target").GetString().Should().Be("diagnoses[0]");
        finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).Should().Contain("E11.65");
    }

    [Fact]
    public async Task ScrubClaim_CleanClaim_IsValid()
    {
        using var json = await PostClaimAsync(Claim.Replace("E11.6\"", "E11.65\"", StringComparison.Ordinal), HttpStatusCode.OK);

        json.RootElement.GetProperty("isValid").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("findings").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("{ \"type\": \"professional\", ", "claim")] // truncated JSON
    [InlineData("", "claim")] // empty body
    public async Task ScrubClaim_MalformedJson_ReturnsProblem(string body, string field)
    {
        using var json = await GetProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest);

        json.RootElement.GetProperty("title").GetString().Should().Be("Malformed claim");
        json.RootElement.GetProperty("field").GetString().Should().Be(field);
    }

    [Fact]
    public async Task ScrubClaim_BadField_NamesFieldWithoutRepeatingPatientData()
    {
        var claim = Claim.Replace("\"1950-02-01\"", "\"01/02/1950\"", StringComparison.Ordinal);

        using var json = await GetProblemAsync(await PostAsync(claim), HttpStatusCode.BadRequest);
        var text = json.RootElement.GetRawText();

        json.RootElement.GetProperty("field").GetString().Should().Be("patient.birthDate");
        json.RootElement.GetProperty("detail").GetString().Should().StartWith("patient.birthDate");
        text.Should().NotContain("1950");
    }

    [Fact]
    public async Task ScrubClaim_MissingField_NamesIt()
    {
        var claim = Claim.Replace("\"type\": \"professional\",", string.Empty, StringComparison.Ordinal);

        using var json = await GetProblemAsync(await PostAsync(claim), HttpStatusCode.BadRequest);

        json.RootElement.GetProperty("field").GetString().Should().Be("type");
    }

    private async Task<JsonDocument> GetJsonAsync(string url, HttpStatusCode expected)
    {
        using var response = await web.Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonDocument.Parse(body);
    }

    private async Task<JsonDocument> PostClaimAsync(string claim, HttpStatusCode expected)
    {
        using var response = await PostAsync(claim);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonDocument.Parse(body);
    }

    private Task<HttpResponseMessage> PostAsync(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return web.Client.PostAsync(new Uri("claims/scrub", UriKind.Relative), content);
    }

    private static async Task<JsonDocument> GetProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(expected, body);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var json = JsonDocument.Parse(body);
            json.RootElement.GetProperty("status").GetInt32().Should().Be((int)expected);
            return json;
        }
    }
}
