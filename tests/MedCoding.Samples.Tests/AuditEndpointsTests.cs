using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Grouping;

namespace MedCoding.Samples.Tests;

/// <summary>
/// <c>POST /audit</c> and <c>POST /drg/whatif</c> over HTTP: every DRG the sample returns is grouped again here with the
/// embedded grouper (a what-if the grouper does not confirm is a bug), and every secondary made principal is checked.
/// </summary>
[Collection(WebApiCollection.Name)]
public sealed class AuditEndpointsTests(WebApiFixture web)
{
    private static readonly MsDrgGrouper s_grouper = MsDrgData.Grouper;

    private static string Case(string pdx, params string[] sdx) => $$"""
        {
          "age": 70, "sex": "M", "dischargeStatus": 1, "dischargeDate": "2025-11-15",
          "principalDiagnosis": { "code": "{{pdx}}", "poa": "Y" },
          "secondaryDiagnoses": [ {{string.Join(", ", sdx.Select(d => $$"""{ "code": "{{d}}", "poa": "Y" }"""))}} ],
          "procedures": []
        }
        """;

    private static DrgCase DrgCaseOf(string pdx, params string[] sdx) => new()
    {
        PrincipalDiagnosis = new DrgDiagnosis(pdx.Replace(".", "", StringComparison.Ordinal), PresentOnAdmission.Yes),
        SecondaryDiagnoses = [.. sdx.Select(d => new DrgDiagnosis(d.Replace(".", "", StringComparison.Ordinal), PresentOnAdmission.Yes))],
        Procedures = [],
        Age = 70,
        Sex = AdministrativeSex.Male,
        DischargeStatus = 1,
        DischargeDate = new DateOnly(2025, 11, 15),
    };

    [Fact]
    public async Task Audit_OnePair_ReturnsTheEncounterAuditTheGrouperConfirms()
    {
        var body = $$"""{ "id": "A0001", "coder": "C03", "coded": {{Case("J18.9", "I50.9")}}, "audited": {{Case("J18.9", "I50.23")}} }""";

        using var json = await PostAsync("audit", body, HttpStatusCode.OK);
        var root = json.RootElement;

        root.GetProperty("id").GetString().Should().Be("A0001");
        root.GetProperty("coder").GetString().Should().Be("C03");
        root.GetProperty("drgCoded").GetInt32().Should().Be(s_grouper.Group(DrgCaseOf("J189", "I509")).Drg).And.Be(195);
        root.GetProperty("drgAudited").GetInt32().Should().Be(s_grouper.Group(DrgCaseOf("J189", "I5023")).Drg).And.Be(193);
        root.GetProperty("shift").GetString().Should().Be("up", "the coder under-coded");
        var difference = root.GetProperty("differences").EnumerateArray().Should().ContainSingle().Subject;
        (difference.GetProperty("position").GetString(), difference.GetProperty("from").GetString(), difference.GetProperty("to").GetString())
            .Should().Be(("sdx1", "I509", "I5023"));
        root.GetProperty("causes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Should().Contain("I5023");
        root.TryGetProperty("paymentDifference", out _).Should().BeFalse("no weights are configured");
    }

    [Fact]
    public async Task Audit_Batch_ReturnsEachEncounterAndTheSummary()
    {
        var body = $$"""
            [
              { "id": "A0001", "coder": "C01", "coded": {{Case("J18.9", "I50.9")}}, "audited": {{Case("J18.9", "I50.23")}} },
              { "id": "A0002", "coder": "C01", "coded": {{Case("J18.9", "E11.9")}}, "audited": {{Case("J18.9", "E11.9")}} },
              { "id": "A0003", "coder": "C02", "coded": {{Case("J18.9", "A41.9")}}, "audited": {{Case("A41.9", "J18.9")}} }
            ]
            """;

        using var json = await PostAsync("audit", body, HttpStatusCode.OK);
        var encounters = json.RootElement.GetProperty("encounters").EnumerateArray().ToList();
        var summary = json.RootElement.GetProperty("summary");

        encounters.Select(e => e.GetProperty("id").GetString()).Should().Equal("A0001", "A0002", "A0003");
        encounters[2].GetProperty("drgAudited").GetInt32().Should().Be(s_grouper.Group(DrgCaseOf("A419", "J189")).Drg);
        encounters[2].GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).Should().Contain("pdx_resequenced");
        summary.GetProperty("encounters").GetInt32().Should().Be(3);
        summary.GetProperty("drgAgreement").GetDouble().Should().Be(0.333);
        summary.GetProperty("coders").EnumerateObject().Select(c => c.Name).Should().Equal("C01", "C02");
        summary.GetProperty("coders").GetProperty("C01").GetProperty("encounters").GetInt32().Should().Be(2);
    }

    [Theory]
    [InlineData("""{ "coded": {"age": 70}, "audited": null }""", "coded.sex")]                 // the first field missing is named
    [InlineData("""{ "id": "A1", "coded": {}, "coded": {} }""", "coded")]                        // a duplicate key
    [InlineData("""{ "id": "A1", "codedd": {} }""", "codedd")]                                   // an unknown field
    [InlineData("""[]""", "batch")]                                                             // an empty batch
    public async Task Audit_BadBody_ReturnsProblemNamingTheField(string body, string field)
    {
        using var json = await PostAsync("audit", body, HttpStatusCode.BadRequest);

        json.RootElement.GetProperty("field").GetString().Should().Be(field);
        json.RootElement.GetProperty("detail").GetString().Should().NotContain("System.", "never .NET's own text");
    }

    [Fact]
    public async Task WhatIf_Case_EveryChangeReturnedIsConfirmedByTheGrouper()
    {
        string[] sdx = ["I50.9", "E11.9", "A41.9", "N17.9", "E87.1"];
        var drgCase = DrgCaseOf("J18.9", sdx);
        var baseline = s_grouper.Group(drgCase);

        using var response = await PostRawAsync("drg/whatif", Case("J18.9", sdx));
        using var json = await ReadAsync(response, HttpStatusCode.OK);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();

        json.RootElement.GetProperty("drg").GetInt32().Should().Be(baseline.Drg);
        response.Headers.GetValues("X-Change-Count").Should().Equal(changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        changes.Should().NotBeEmpty();
        foreach (var change in changes)
        {
            var regrouped = s_grouper.Group(Apply(drgCase, change));
            regrouped.Drg.Should().Be(change.GetProperty("drg").GetInt32(), "the grouper must confirm {0}", change);
            regrouped.Mdc.Should().Be(change.GetProperty("mdc").GetInt32());
            regrouped.Drg.Should().NotBe(baseline.Drg, "only changes that alter the DRG are returned: {0}", change);
        }

        // Every secondary made principal (the old principal in its place) is its own change when it alters the DRG.
        for (var i = 0; i < sdx.Length; i++)
        {
            var list = drgCase.SecondaryDiagnoses.ToArray();
            list[i] = drgCase.PrincipalDiagnosis;
            var resequenced = s_grouper.Group(drgCase with { PrincipalDiagnosis = drgCase.SecondaryDiagnoses[i], SecondaryDiagnoses = list });
            var listed = changes.Where(c => c.GetProperty("change").GetString() == "resequence" && c.GetProperty("position").GetString() == $"sdx{i + 1}").ToList();
            listed.Should().HaveCount(resequenced.Drg == baseline.Drg ? 0 : 1, "sdx{0} ({1}) made principal gives DRG {2}", i + 1, sdx[i], resequenced.Drg);
        }

        changes.Count(c => c.GetProperty("change").GetString() == "resequence").Should().BeGreaterThan(1, "this case has several DRG-changing resequences");
    }

    [Fact]
    public async Task WhatIf_Limit_ReturnsTheFirstChangesAndTheCountOfAll()
    {
        using var all = await ReadAsync(await PostRawAsync("drg/whatif", Case("J18.9", "I50.9", "E11.9")), HttpStatusCode.OK);
        using var response = await PostRawAsync("drg/whatif?limit=2", Case("J18.9", "I50.9", "E11.9"));
        using var limited = await ReadAsync(response, HttpStatusCode.OK);

        var allChanges = all.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetRawText()).ToList();
        limited.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetRawText()).Should().Equal(allChanges.Take(2));
        response.Headers.GetValues("X-Change-Count").Single().Should().Be(allChanges.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("drg/whatif?limit=0", "{}", "limit")]                                                                          // limit below 1
    [InlineData("drg/whatif", """{ "age": -5, "sex": "M", "dischargeStatus": 1, "dischargeDate": "2025-11-15" }""", "age")]   // impossible age
    [InlineData("drg/whatif", """{ "age": 70, "sex": "Q", "dischargeStatus": 1, "dischargeDate": "2025-11-15" }""", "sex")]   // no such sex
    [InlineData("drg/whatif", """{ "age": 70, "sex": "M", "dischargeStatus": 999, "dischargeDate": "2025-11-15" }""", "dischargeStatus")]
    [InlineData("drg/whatif", """{ "age": 70, "sex": "M", "dischargeStatus": 1, "dischargeDate": "2025-11-15", "principalDiagnosis": { "code": "/etc/passwd" } }""", "principalDiagnosis.code")]
    [InlineData("drg/whatif", """{ "age": "seventy" }""", "age")]                                                              // a wrong type, without .NET's type names
    public async Task WhatIf_BadInput_ReturnsProblemNamingTheField(string url, string body, string field)
    {
        using var json = await PostAsync(url, body, HttpStatusCode.BadRequest);

        json.RootElement.GetProperty("field").GetString().Should().Be(field);
        json.RootElement.GetProperty("detail").GetString().Should().NotContain("System.").And.NotContain("passwd");
    }

    /// <summary>Returns the case with one what-if change applied, as the JSON names it.</summary>
    private static DrgCase Apply(DrgCase drgCase, JsonElement change)
    {
        var position = change.GetProperty("position").GetString()!;
        var to = change.GetProperty("to").GetString()!;
        var from = change.GetProperty("from").GetString()!;
        var list = drgCase.SecondaryDiagnoses.ToArray();
        if (change.GetProperty("change").GetString() == "resequence")
        {
            var i = int.Parse(position.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) - 1;
            list[i].Code.Should().Be(to);
            drgCase.PrincipalDiagnosis.Code.Should().Be(from);
            list[i] = drgCase.PrincipalDiagnosis with { Poa = drgCase.SecondaryDiagnoses[i].Poa };
            return drgCase with { PrincipalDiagnosis = drgCase.SecondaryDiagnoses[i] with { Poa = drgCase.PrincipalDiagnosis.Poa }, SecondaryDiagnoses = list };
        }

        to[..3].Should().Be(from[..3], "a replacement keeps the category");
        if (position == "pdx")
        {
            drgCase.PrincipalDiagnosis.Code.Should().Be(from);
            return drgCase with { PrincipalDiagnosis = drgCase.PrincipalDiagnosis with { Code = to } };
        }

        var index = int.Parse(position.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) - 1;
        list[index].Code.Should().Be(from);
        list[index] = list[index] with { Code = to };
        return drgCase with { SecondaryDiagnoses = list };
    }

    private async Task<JsonDocument> PostAsync(string url, string body, HttpStatusCode expected)
    {
        using var response = await PostRawAsync(url, body);
        return await ReadAsync(response, expected);
    }

    private Task<HttpResponseMessage> PostRawAsync(string url, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return web.Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be(expected == HttpStatusCode.OK ? "application/json" : "application/problem+json");
        return JsonDocument.Parse(text);
    }
}
