using System.Net;
using Hl7.Fhir.Model;
using MedCoding.CodeSets;
using MedCoding.Fhir.Systems;

namespace MedCoding.Fhir;

public sealed partial class MedCodingTerminologyService
{
    /// <inheritdoc />
    /// <remarks>
    /// <para>Input: <c>url</c> (or <c>system</c>), <c>code</c>, or <c>coding</c>, or <c>codeableConcept</c>; <c>version</c> or
    /// <c>date</c> selects the release; <c>display</c> is checked against the long and short titles; <c>abstract</c> true
    /// accepts a header. Output: <c>result</c>, <c>message</c> when the code is not valid (or valid with a remark),
    /// <c>display</c>, <c>code</c>, <c>system</c>, <c>version</c>.</para>
    /// <para>A header is in the code system but not selectable: <c>result</c> is false, and the message says what to code
    /// instead. An unknown or malformed code is <c>result</c> false with the reason. An unknown system or version is a
    /// 404 error.</para>
    /// </remarks>
    public Task<Parameters> CodeSystemValidateCode(Parameters parameters, string? id = null, bool useGet = false) =>
        Run(() => CodeSystemValidateCode(new OperationParameters(parameters)));

    /// <inheritdoc />
    /// <remarks>
    /// <para>The value set is an implicit one of the code systems (<c>url</c> = <c>http://hl7.org/fhir/sid/icd-10-cm?fhir_vs</c>,
    /// <c>...?fhir_vs=isa/E11</c>, or the code system's URL); the code is given as <c>code</c> and <c>system</c>,
    /// <c>coding</c> or <c>codeableConcept</c> (valid when one of its codings is); <c>systemVersion</c>, <c>version</c>
    /// or <c>date</c> selects the release. Output as for <see cref="CodeSystemValidateCode(Parameters, string, bool)"/>.
    /// A code of another system is not in the value set. An unknown value set is a 404 error.</para>
    /// </remarks>
    public Task<Parameters> ValueSetValidateCode(Parameters parameters, string? id = null, bool useGet = false) =>
        Run(() => ValueSetValidateCode(new OperationParameters(parameters)));

    private Parameters CodeSystemValidateCode(OperationParameters input)
    {
        var systemUrl = input.String("url") ?? input.String("system");
        var codings = Codings(input, systemUrl);
        var version = input.String("version") ?? input.String("systemVersion");
        var date = input.Date("date");
        var abstractAllowed = input.Boolean("abstract") ?? false;
        Parameters? first = null;
        foreach (var coding in codings)
        {
            var system = GetSystem(coding.System ?? systemUrl);
            var release = system.Resolve(version ?? coding.Version, date);
            var answer = Validate(release, coding, abstractAllowed, root: null, valueSetUrl: null);
            if (answer.Get("result").FirstOrDefault()?.Value is FhirBoolean { Value: true })
            {
                return answer;
            }

            first ??= answer;
        }

        return first!;
    }

    private Parameters ValueSetValidateCode(OperationParameters input)
    {
        var url = input.String("url");
        if (url is null && input.Resource("valueSet") is not null)
        {
            throw Outcomes.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported, "Only the implicit value sets of the code systems are supported here (url=...?fhir_vs); a valueSet resource is not.");
        }

        if (!ImplicitValueSet.TryParse(url, out var valueSet, out var error))
        {
            throw Outcomes.NotFound(error!);
        }

        var system = GetSystem(valueSet!.System);
        var version = input.String("systemVersion") ?? input.String("system-version") ?? input.String("version") ?? VersionOfCanonical(url);
        var date = input.Date("date");
        var abstractAllowed = input.Boolean("abstract") ?? false;
        var codings = Codings(input, input.String("system"));
        Parameters? first = null;
        foreach (var coding in codings)
        {
            Parameters answer;
            if (coding.System is { } codingSystem && !string.Equals(codingSystem.Split('|')[0], system.Url, StringComparison.Ordinal))
            {
                answer = Answer(false, $"The code system '{Outcomes.Clip(codingSystem)}' is not in the value set {valueSet.Url}.", null, coding.Code, codingSystem, null);
            }
            else
            {
                var release = system.Resolve(version ?? coding.Version, date);
                CodeEntry? root = null;
                if (valueSet.IsA is { } isa)
                {
                    root = release.Find(isa) ?? throw Outcomes.NotFound($"The value set {valueSet.Url} names {Outcomes.Clip(isa)}, which is not a code of {release.Release.Name}.");
                }

                answer = Validate(release, coding, abstractAllowed, root, valueSet.Url);
            }

            if (answer.Get("result").FirstOrDefault()?.Value is FhirBoolean { Value: true })
            {
                return answer;
            }

            first ??= answer;
        }

        return first!;
    }

    private static List<Coding> Codings(OperationParameters input, string? system)
    {
        if (input.CodeableConcept("codeableConcept") is { } concept)
        {
            return concept.Coding.Count > 0
                ? concept.Coding
                : throw Outcomes.BadRequest("The parameter 'codeableConcept' has no coding.");
        }

        if (input.Coding("coding") is { } coding)
        {
            return [coding];
        }

        return input.String("code") is { } code
            ? [new Coding(system, code) { Display = input.String("display") }]
            : throw Outcomes.BadRequest("No code was given (the 'code', 'coding' or 'codeableConcept' parameter).");
    }

    private static Parameters Validate(SystemRelease release, Coding coding, bool abstractAllowed, CodeEntry? root, string? valueSetUrl)
    {
        var code = coding.Code;
        if (string.IsNullOrWhiteSpace(code))
        {
            throw Outcomes.BadRequest("A coding has no code.");
        }

        var (entry, problem) = FindCode(release, code);
        if (entry is null)
        {
            return Answer(false, problem, null, code, release.System.Url, release.Version);
        }

        var fhirCode = release.CodeOf(entry);
        var display = release.DisplayOf(entry);
        if (root is not null && !ReferenceEquals(root, entry) && !release.IsAncestor(root, entry))
        {
            return Answer(false, $"{fhirCode} is in {release.Release.Name} but not in the value set {valueSetUrl}: it is not {release.CodeOf(root)} or below it.", display, fhirCode, release.System.Url, release.Version);
        }

        if (!release.IsSelectable(entry))
        {
            // A header is an abstract concept (notSelectable): valid only where the caller allows abstract codes, and said either way.
            return Answer(abstractAllowed, release.DescribeHeader(entry), display, fhirCode, release.System.Url, release.Version);
        }

        if (coding.Display is { Length: > 0 } given
            && !string.Equals(given.Trim(), display, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(given.Trim(), release.ShortTitleOf(entry), StringComparison.OrdinalIgnoreCase))
        {
            return Answer(false, $"The display given for {fhirCode} is not its title in {release.Release.Name}; the title is '{display}'.", display, fhirCode, release.System.Url, release.Version);
        }

        var remark = release.IsInactive(entry) ? $"{fhirCode} is inactive in {release.Release.Name} (terminated)." : null;
        return Answer(true, remark, display, fhirCode, release.System.Url, release.Version);
    }

    private static Parameters Answer(bool valid, string? message, string? display, string? code, string? system, string? version)
    {
        var result = new Parameters();
        result.Add("result", new FhirBoolean(valid));
        if (message is not null)
        {
            result.Add("message", new FhirString(message));
        }

        if (display is not null)
        {
            result.Add("display", new FhirString(display));
        }

        if (code is not null)
        {
            result.Add("code", new Code(code));
        }

        if (system is not null)
        {
            result.Add("system", new FhirUri(system));
        }

        if (version is not null)
        {
            result.Add("version", new FhirString(version));
        }

        return result;
    }
}
