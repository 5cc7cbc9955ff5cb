using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Terminology;

namespace MedCoding.Fhir.Tests;

/// <summary>Bad input: a typed error (FhirOperationException with an OperationOutcome and a 4xx status) and a clear message.</summary>
public sealed partial class MedCodingTerminologyServiceTests
{
    [Theory]
    [InlineData("http://example.org/unknown", "E11.65", null, HttpStatusCode.NotFound, "The code system 'http://example.org/unknown' is not known here")] // unknown system
    [InlineData(Cm, "E11..65", null, HttpStatusCode.BadRequest, "The parameter 'code' is not a well-formed ICD-10-CM code: More than one dot")] // malformed code
    [InlineData(Cm, "E11.99", null, HttpStatusCode.NotFound, "E11.99 is not a code of ICD-10-CM FY2026.")] // well formed, not in the release
    [InlineData(Cm, "E11.65", "1999", HttpStatusCode.NotFound, "ICD-10-CM has no version '1999' here; the versions are 2021, 2025, 2025-04, 2026.")] // unknown version
    [InlineData(Pcs, "0DTJ4Z", null, HttpStatusCode.BadRequest, "The parameter 'code' is not a well-formed ICD-10-PCS code")] // six characters
    [InlineData(FhirCodeSystems.Cpt, "99213", null, HttpStatusCode.NotFound, "CPT is not available on this server: CPT is the AMA's, and no licensed CPT file was configured")] // CPT without a licensed file
    public void Lookup_BadInput_IsAnOperationOutcomeWithA4xxStatus(string system, string code, string? version, HttpStatusCode status, string message)
    {
        var error = Terminology.Fails(() => Terminology.Service.Lookup(new LookupParameters().WithCode(code, system, version, null)));

        error.Status.Should().Be(status);
        error.Message.Should().StartWith(message);
        error.Outcome.Issue.Should().ContainSingle().Which.Diagnostics.Should().Be(error.Message);
    }

    [Fact]
    public void Lookup_DateWithoutARelease_IsNotFoundNamingTheReleases()
    {
        var error = Terminology.Fails(() => Terminology.Service.Lookup(new LookupParameters().WithCode("E11.65", Cm, null, null).WithDate(new FhirDateTime("2019-01-01"))));

        error.Status.Should().Be(HttpStatusCode.NotFound);
        error.Message.Should().Contain("2019-01-01");
    }

    [Theory]
    [InlineData("date", "2025")] // a partial date selects no single day
    [InlineData("count", "-1")]
    [InlineData("offset", "x")]
    public void Expand_MalformedParameter_IsBadRequestNamingIt(string name, string value)
    {
        var error = Terminology.Fails(() => Terminology.Service.Expand(new Parameters().Add("url", new FhirUri($"{Cm}?fhir_vs")).Add(name, new FhirString(value))));

        error.Status.Should().Be(HttpStatusCode.BadRequest);
        error.Message.Should().Contain($"'{name}'");
    }

    [Theory]
    [InlineData("http://example.org/ValueSet/x", HttpStatusCode.NotFound)] // a value set this server does not hold
    [InlineData(Cm + "?fhir_vs=refset/1", HttpStatusCode.NotFound)] // an implicit value set of another kind
    [InlineData(Cm + "?fhir_vs=isa/E11.99", HttpStatusCode.NotFound)] // isa a code not in the release
    [InlineData(Cm + "?fhir_vs=isa/E1..1", HttpStatusCode.BadRequest)] // isa a malformed code
    public void Expand_UnknownValueSet_IsAnError(string url, HttpStatusCode status) =>
        Terminology.Fails(() => Terminology.Service.Expand(new Parameters().Add("url", new FhirUri(url)))).Status.Should().Be(status);

    [Fact]
    public void Expand_TooManyAtOnce_IsTooCostly()
    {
        var error = Terminology.Fails(() => Terminology.Service.Expand(new Parameters().Add("url", new FhirUri($"{Cm}?fhir_vs")).Add("count", new Integer(200_000))));

        error.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        error.Outcome.Issue[0].Code.Should().Be(OperationOutcome.IssueType.TooCostly);
    }

    [Fact]
    public void ValidateCode_MalformedOrUnknownCode_IsAnAnswerNotAnError()
    {
        var malformed = Terminology.ValidateCode(Cm, "E11..65");
        malformed.Result().Should().BeFalse();
        malformed.Text("message").Should().StartWith("'E11..65' is not a well-formed ICD-10-CM code");

        var unknown = Terminology.ValidateCode(Cm, "E11.99");
        unknown.Result().Should().BeFalse();
        unknown.Text("message").Should().Be("E11.99 is not a code of ICD-10-CM FY2026.");
    }

    [Fact]
    public void ValidateCode_WrongDisplay_IsNotValid()
    {
        var answer = Terminology.Service.CodeSystemValidateCode(new Parameters()
            .Add("url", new FhirUri(Cm)).Add("code", new Code("E11.65")).Add("display", new FhirString("Type 1 diabetes"))).GetAwaiter().GetResult();

        answer.Result().Should().BeFalse();
        answer.Text("message").Should().Contain("the title is 'Type 2 diabetes mellitus with hyperglycemia'");
    }

    [Fact]
    public void ValidateCode_HeaderWithAbstractAllowed_IsValid() =>
        Terminology.Service.CodeSystemValidateCode(new Parameters()
            .Add("url", new FhirUri(Cm)).Add("code", new Code("E11")).Add("abstract", new FhirBoolean(true))).GetAwaiter().GetResult()
            .Result().Should().BeTrue();

    [Fact]
    public void Messages_LongInput_IsCutShort()
    {
        var error = Terminology.Fails(() => Terminology.Service.Lookup(new LookupParameters().WithCode("E11.65", "http://example.org/" + new string('x', 200), null, null)));

        error.Message.Should().Contain("'http://example.org/" + new string('x', 61) + "...'").And.NotContain(new string('x', 62));
    }

    [Fact]
    public void Subsumes_CodingsOfTwoSystems_IsBadRequest() =>
        Terminology.Fails(() => Terminology.Service.Subsumes(new SubsumesParameters().WithCoding(new Coding(Cm, "E11"), new Coding(Pcs, "0DT"), null, null)))
            .Status.Should().Be(HttpStatusCode.BadRequest);

    [Fact]
    public void Translate_UnknownSourceCode_IsResultFalse()
    {
        var answer = Terminology.Service.Translate(new Parameters().Add("system", new FhirUri(FhirCodeSystems.Icd9Cm)).Add("code", new Code("999.99"))).GetAwaiter().GetResult();

        answer.Result().Should().BeFalse();
        answer.Text("message").Should().Contain("is not a source code");
    }

    [Fact]
    public void Closure_IsNotSupported() =>
        Terminology.Fails(() => Terminology.Service.Closure(new Parameters())).Status.Should().Be(HttpStatusCode.BadRequest);
}
