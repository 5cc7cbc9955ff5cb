namespace MedCoding.Fhir;

/// <summary>
/// An implicit value set of one of the code systems (FHIR's <c>?fhir_vs</c> convention): every concept of the system
/// (<c>http://hl7.org/fhir/sid/icd-10-cm?fhir_vs</c>) or a concept and every concept below it
/// (<c>...?fhir_vs=isa/E11</c>). The code system's URL alone is taken as its whole value set too.
/// </summary>
internal sealed record ImplicitValueSet(string Url, string System, string? IsA)
{
    private const string Marker = "?fhir_vs";

    public static bool TryParse(string? url, out ImplicitValueSet? valueSet, out string? error)
    {
        valueSet = null;
        error = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            error = "No value set was given (the 'url' parameter).";
            return false;
        }

        var text = url.Trim();
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            text = text[..bar];
        }

        var marker = text.IndexOf(Marker, StringComparison.Ordinal);
        if (marker < 0)
        {
            if (FhirCodeSystems.All.Contains(text, StringComparer.Ordinal))
            {
                valueSet = new ImplicitValueSet(text + Marker, text, null);
                return true;
            }

            error = $"The value set '{Outcomes.Clip(url)}' is not known here: this server expands the implicit value sets of its code systems ({FhirCodeSystems.Icd10Cm}?fhir_vs, ...?fhir_vs=isa/CODE).";
            return false;
        }

        var system = text[..marker];
        var rest = text[(marker + Marker.Length)..];
        if (rest.Length == 0)
        {
            valueSet = new ImplicitValueSet(text, system, null);
            return true;
        }

        if (rest.StartsWith("=isa/", StringComparison.Ordinal) && rest.Length > "=isa/".Length)
        {
            valueSet = new ImplicitValueSet(text, system, Uri.UnescapeDataString(rest["=isa/".Length..]));
            return true;
        }

        error = $"The implicit value set '{Outcomes.Clip(rest)}' is not supported: use ?fhir_vs or ?fhir_vs=isa/CODE.";
        return false;
    }
}
