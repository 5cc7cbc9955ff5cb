using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using MedCoding.Fhir.Systems;
using MedCoding.Gems;

namespace MedCoding.Fhir;

public sealed partial class MedCodingTerminologyService
{
    /// <inheritdoc />
    /// <remarks>
    /// <para>Translates through the diagnosis GEMs, one <c>ConceptMap</c> per direction:
    /// <see cref="FhirCodeSystems.Icd9CmToIcd10CmMap"/> (ICD-9-CM to ICD-10-CM) and <see cref="FhirCodeSystems.Icd10CmToIcd9CmMap"/>.
    /// Input: <c>url</c> (the map; <c>reverse</c> true runs it backwards) or the source's <c>system</c> (ICD-9-CM or
    /// ICD-10-CM; <c>targetsystem</c> must be the other), and <c>code</c>, <c>coding</c> or <c>codeableConcept</c>;
    /// <c>conceptMapVersion</c> selects the GEMs release (the newest by default: a crosswalk has no date of service).</para>
    /// <para>Output: <c>result</c> (true when the GEMs map the code to something), <c>message</c>, and one <c>match</c> per
    /// GEM entry: <c>equivalence</c> (<c>equivalent</c> for an exact entry, <c>inexact</c> for an approximate one or a
    /// part of a combination, <c>unmatched</c> for "no map"), <c>concept</c> and <c>source</c> (the map's URL). A
    /// combination's entries carry its scenario and choice list in the message.</para>
    /// </remarks>
    public Task<Parameters> Translate(Parameters parameters, string? id = null, bool useGet = false) =>
        Run(() => Translate(new OperationParameters(parameters)));

    private Parameters Translate(OperationParameters input)
    {
        var coding = Codings(input, input.String("system") ?? input.String("source")).First();
        var direction = Direction(input.String("url"), input.Boolean("reverse") ?? false, coding.System ?? input.String("system"), input.String("targetsystem") ?? input.String("target"));
        var (sourceSystem, targetSystem, mapUrl) = direction == GemDirection.Icd9ToIcd10
            ? (FhirCodeSystems.Icd9Cm, FhirCodeSystems.Icd10Cm, FhirCodeSystems.Icd9CmToIcd10CmMap)
            : (FhirCodeSystems.Icd10Cm, FhirCodeSystems.Icd9Cm, FhirCodeSystems.Icd10CmToIcd9CmMap);
        var icd9 = (Icd9CmSystemRelease)GetSystem(FhirCodeSystems.Icd9Cm).Resolve(input.String("conceptMapVersion"), null);
        var gems = icd9.Gems;
        var code = coding.Code ?? throw Outcomes.BadRequest("A coding has no code.");
        var error = direction == GemDirection.Icd9ToIcd10
            ? (CodeSets.Icd9CmCode.TryParse(code, out _, out var e9) ? null : e9)
            : (CodeSets.Icd10CmCode.TryParse(code, out _, out var e10) ? null : e10);
        if (error is not null)
        {
            throw Outcomes.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.CodeInvalid, $"The code is not a well-formed {(direction == GemDirection.Icd9ToIcd10 ? "ICD-9-CM" : "ICD-10-CM")} code: {error}");
        }

        var result = new Parameters();
        var mapping = gems.Map(code, direction);
        if (mapping is null)
        {
            result.Add("result", new FhirBoolean(false));
            result.Add("message", new FhirString($"{Outcomes.Clip(code)} is not a source code of the {gems.Release.Name} ({(direction == GemDirection.Icd9ToIcd10 ? "ICD-9-CM to ICD-10-CM" : "ICD-10-CM to ICD-9-CM")})."));
            return result;
        }

        var icd10 = GetSystem(FhirCodeSystems.Icd10Cm).Releases.Count > 0 ? GetSystem(FhirCodeSystems.Icd10Cm).Resolve(null, null) : null;
        var notes = new List<string>();
        result.Add("result", new FhirBoolean(!mapping.IsNoMap));
        foreach (var entry in mapping.Entries)
        {
            var equivalence = entry.Flags.IsNoMap ? "unmatched"
                : entry.Flags.IsApproximate || entry.Flags.IsCombination ? "inexact"
                : "equivalent";
            var match = new List<(string, DataType)> { ("equivalence", new Code(equivalence)) };
            if (!entry.Flags.IsNoMap && entry.Target is { } target)
            {
                var targetCode = direction == GemDirection.Icd9ToIcd10
                    ? entry.DisplayTarget ?? CodeSets.Icd10CmCode.ToDotted(target)
                    : entry.DisplayTarget ?? Icd9CmSystemRelease.Dotted(target.ToUpperInvariant());
                var concept = new Coding(targetSystem, targetCode);
                if (direction == GemDirection.Icd9ToIcd10 && icd10?.Find(targetCode) is { } title)
                {
                    concept.Display = title.Title;
                    concept.Version = icd10.Version;
                }

                match.Add(("concept", concept));
                if (entry.Flags.IsCombination)
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"{targetCode}: scenario {entry.Flags.Scenario}, choice list {entry.Flags.ChoiceList}"));
                }
            }

            match.Add(("source", new FhirUri(mapUrl)));
            OperationParameters.AddParts(result, "match", [.. match]);
        }

        var message = mapping.IsNoMap
            ? $"The {gems.Release.Name} have no map for {mapping.DisplaySource} ({sourceSystem} to {targetSystem})."
            : notes.Count > 0
                ? $"{mapping.DisplaySource} maps to a combination: one code of each choice list of a scenario ({string.Join("; ", notes)})."
                : mapping.IsExact
                    ? $"{mapping.DisplaySource}: an exact entry of the {gems.Release.Name}."
                    : $"{mapping.DisplaySource}: approximate entries of the {gems.Release.Name}; review the alternatives.";
        result.Parameter.Insert(1, new Parameters.ParameterComponent { Name = "message", Value = new FhirString(message) });
        return result;
    }

    private static GemDirection Direction(string? url, bool reverse, string? system, string? targetSystem)
    {
        GemDirection direction;
        if (url is not null)
        {
            var map = url.Split('|')[0];
            direction = map switch
            {
                FhirCodeSystems.Icd9CmToIcd10CmMap => GemDirection.Icd9ToIcd10,
                FhirCodeSystems.Icd10CmToIcd9CmMap => GemDirection.Icd10ToIcd9,
                _ => throw Outcomes.NotFound($"The concept map '{Outcomes.Clip(url)}' is not known here; the GEMs are {FhirCodeSystems.Icd9CmToIcd10CmMap} and {FhirCodeSystems.Icd10CmToIcd9CmMap}."),
            };
            return reverse ? (direction == GemDirection.Icd9ToIcd10 ? GemDirection.Icd10ToIcd9 : GemDirection.Icd9ToIcd10) : direction;
        }

        direction = system?.Split('|')[0] switch
        {
            FhirCodeSystems.Icd9Cm => GemDirection.Icd9ToIcd10,
            FhirCodeSystems.Icd10Cm => GemDirection.Icd10ToIcd9,
            null => throw Outcomes.BadRequest("Neither a concept map (url) nor the source code system (system) was given."),
            _ => throw Outcomes.NotFound($"No concept map here translates from '{Outcomes.Clip(system)}': the GEMs translate between {FhirCodeSystems.Icd9Cm} and {FhirCodeSystems.Icd10Cm}."),
        };
        var expected = direction == GemDirection.Icd9ToIcd10 ? FhirCodeSystems.Icd10Cm : FhirCodeSystems.Icd9Cm;
        if (targetSystem is not null && !string.Equals(targetSystem.Split('|')[0], expected, StringComparison.Ordinal))
        {
            throw Outcomes.NotFound($"No concept map here translates to '{Outcomes.Clip(targetSystem)}' from that system; the target is {expected}.");
        }

        return direction;
    }
}
