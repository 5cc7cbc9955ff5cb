using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Specification.Terminology;

namespace MedCoding.Fhir.Tests;

/// <summary>The service over the embedded data, shared by the tests (its releases load once), and helpers to call it.</summary>
internal static class Terminology
{
    private static readonly Lazy<MedCodingTerminologyService> s_service = new(MedCodingTerminologyService.CreateDefault);

    public static MedCodingTerminologyService Service => s_service.Value;

    public static Parameters Lookup(string system, string code, string? version = null, string? date = null) =>
        Service.Lookup(With(new LookupParameters().WithCode(code, system, version, null), date)).GetAwaiter().GetResult();

    public static Parameters ValidateCode(string system, string code, string? version = null, string? date = null) =>
        Service.CodeSystemValidateCode(With(new Parameters().Add("url", new FhirUri(system)).Add("code", new Code(code)), date, version)).GetAwaiter().GetResult();

    public static string Subsumes(string system, string codeA, string codeB, string? version = null) =>
        ((Code)Service.Subsumes(new SubsumesParameters().WithCode(codeA, codeB, system, version)).GetAwaiter().GetResult().Get("outcome").Single().Value).Value;

    public static ValueSet Expand(string url, int? offset = null, int? count = null, string? filter = null, string? version = null)
    {
        var parameters = new Parameters().Add("url", new FhirUri(url));
        if (offset is { } o)
        {
            parameters.Add("offset", new Integer(o));
        }

        if (count is { } c)
        {
            parameters.Add("count", new Integer(c));
        }

        if (filter is not null)
        {
            parameters.Add("filter", new FhirString(filter));
        }

        if (version is not null)
        {
            parameters.Add("valueSetVersion", new FhirString(version));
        }

        return (ValueSet)Service.Expand(parameters).GetAwaiter().GetResult();
    }

    public static FhirOperationException Fails(Func<System.Threading.Tasks.Task> operation)
    {
        var act = operation;
        return act.Should().ThrowAsync<FhirOperationException>().GetAwaiter().GetResult().Which;
    }

    public static bool Result(this Parameters parameters) => ((FhirBoolean)parameters.Get("result").Single().Value).Value == true;

    public static string? Text(this Parameters parameters, string name) => parameters.Get(name).FirstOrDefault()?.Value?.ToString();

    /// <summary>Returns the values of a <c>$lookup</c> property (<c>parent</c>, <c>child</c>, <c>notSelectable</c> ...).</summary>
    public static IEnumerable<string> Property(this Parameters parameters, string code) =>
        parameters.Get("property")
            .Where(p => p.Part.Any(x => x.Name == "code" && x.Value.ToString() == code))
            .Select(p => p.Part.Single(x => x.Name == "value").Value.ToString()!);

    private static Parameters With(Parameters parameters, string? date, string? version = null)
    {
        if (date is not null)
        {
            parameters.Add("date", new FhirDateTime(date));
        }

        if (version is not null)
        {
            parameters.Add("version", new FhirString(version));
        }

        return parameters;
    }
}
