using System.Net;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using MedCoding.Fhir;

namespace MedCoding.Samples.WebApi;

/// <summary>
/// A FHIR terminology server at <c>/fhir</c> over <see cref="MedCodingTerminologyService"/> (registered by
/// <c>AddMedCodingFhir()</c>): <c>GET /fhir/metadata</c> (<c>?mode=terminology</c> for the TerminologyCapabilities),
/// and <c>GET|POST</c> <c>/fhir/CodeSystem/$lookup</c>, <c>/fhir/CodeSystem/$validate-code</c>,
/// <c>/fhir/CodeSystem/$subsumes</c>, <c>/fhir/ValueSet/$expand</c>, <c>/fhir/ValueSet/$validate-code</c>,
/// <c>/fhir/ConceptMap/$translate</c>. GET takes the operation's parameters from the query string, POST a
/// <c>Parameters</c> resource; answers are <c>application/fhir+json</c>. Bad input is an <c>OperationOutcome</c> with a
/// 4xx status (unknown system, version or value set: 404; malformed code or body: 400).
/// </summary>
internal static class FhirEndpoints
{
    private const string FhirJson = "application/fhir+json";
    private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static IEndpointRouteBuilder MapFhirEndpoints(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir");
        fhir.MapGet("/metadata", Metadata).WithName("FhirMetadata");
        Map(fhir, "/CodeSystem/$lookup", (service, parameters) => service.Lookup(parameters));
        Map(fhir, "/CodeSystem/$validate-code", (service, parameters) => service.CodeSystemValidateCode(parameters));
        Map(fhir, "/CodeSystem/$subsumes", (service, parameters) => service.Subsumes(parameters));
        Map(fhir, "/ValueSet/$expand", (service, parameters) => service.Expand(parameters));
        Map(fhir, "/ValueSet/$validate-code", (service, parameters) => service.ValueSetValidateCode(parameters));
        Map(fhir, "/ConceptMap/$translate", (service, parameters) => service.Translate(parameters));
        return app;
    }

    private static IResult Metadata(HttpRequest request, string? mode, MedCodingTerminologyService service) => mode switch
    {
        null or "full" => Fhir(service.GetCapabilityStatement($"{request.Scheme}://{request.Host}/fhir")),
        "terminology" => Fhir(service.GetTerminologyCapabilities()),
        _ => Outcome(HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported, "mode must be full or terminology."),
    };

    private static void Map<T>(RouteGroupBuilder fhir, string path, Func<MedCodingTerminologyService, Parameters, Task<T>> operation)
        where T : Resource
    {
        fhir.MapGet(path, (HttpRequest request, MedCodingTerminologyService service) => Run(operation, service, FromQuery(request.Query)));
        fhir.MapPost(path, async (HttpRequest request, MedCodingTerminologyService service) =>
        {
            var (parameters, problem) = await ReadParameters(request);
            return problem ?? await Run(operation, service, parameters!);
        });
    }

    private static async Task<IResult> Run<T>(Func<MedCodingTerminologyService, Parameters, Task<T>> operation, MedCodingTerminologyService service, Parameters parameters)
        where T : Resource
    {
        try
        {
            return Fhir(await operation(service, parameters));
        }
        catch (FhirOperationException e) when ((int)e.Status is >= 400 and < 500)
        {
            return Fhir(e.Outcome ?? new OperationOutcome(), e.Status);
        }
    }

    /// <summary>Returns the query string as the operation's input: each value a string parameter, repeated names kept.</summary>
    private static Parameters FromQuery(IQueryCollection query)
    {
        var parameters = new Parameters();
        foreach (var (name, values) in query)
        {
            if (name == "_format")
            {
                continue;
            }

            foreach (var value in values)
            {
                parameters.Add(name, new FhirString(value));
            }
        }

        return parameters;
    }

    private static async Task<(Parameters?, IResult?)> ReadParameters(HttpRequest request)
    {
        try
        {
            var resource = await JsonSerializer.DeserializeAsync<Resource>(request.Body, s_json, request.HttpContext.RequestAborted);
            return resource is Parameters parameters
                ? (parameters, null)
                : (null, Outcome(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid, "The body must be a FHIR Parameters resource (application/fhir+json)."));
        }
        catch (Exception e) when (e is JsonException or DeserializationFailedException or NotSupportedException)
        {
            // The parser's message may quote the body: it is not repeated.
            return (null, Outcome(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Structure, "The body is not a valid FHIR Parameters resource in JSON."));
        }
    }

    private static IResult Outcome(HttpStatusCode status, OperationOutcome.IssueType type, string message) =>
        Fhir(new OperationOutcome { Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = type, Diagnostics = message }] }, status);

    private static IResult Fhir(Resource resource, HttpStatusCode status = HttpStatusCode.OK) =>
        Results.Content(JsonSerializer.Serialize(resource, s_json), FhirJson, Encoding.UTF8, (int)status);
}
