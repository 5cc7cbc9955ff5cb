using System.Text.Json;
using MedCoding.CodeSets;
using MedCoding.Fhir.Systems;

namespace MedCoding.Fhir;

public sealed partial class MedCodingTerminologyService
{
    /// <summary>
    /// Writes the <c>CodeSystem</c> resource of one release as FHIR JSON, concept by concept, without building the
    /// resource in memory: the same resource as <see cref="ExportCodeSystem(string, string)"/> serialized by Firely's
    /// serializer, and the way to export where Firely's reflection-based serializer cannot run (the native
    /// <c>medcoding</c> tool).
    /// </summary>
    /// <param name="output">The stream to write UTF-8 JSON to; left open.</param>
    /// <param name="system">The code system's URL (<see cref="FhirCodeSystems"/>).</param>
    /// <param name="version">The version ("2026", "2025-04"); the newest when <see langword="null"/>.</param>
    /// <returns>The release written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="Hl7.Fhir.Rest.FhirOperationException">The system or version is unknown, or the system is unavailable (404).</exception>
    public Release WriteCodeSystem(Stream output, string system, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var release = GetSystem(system).Resolve(version, null);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        json.WriteStartObject();
        json.WriteString("resourceType", "CodeSystem");
        json.WriteString("url", release.System.Url);
        json.WriteString("version", release.Version);
        json.WriteString("name", release.System.Name);
        json.WriteString("title", release.Release.Name);
        json.WriteString("status", "active");
        json.WriteBoolean("experimental", false);
        json.WriteString("publisher", release.System.Publisher);
        json.WriteString("description", Description(release));
        json.WriteBoolean("caseSensitive", false);
        json.WriteString("valueSet", release.System.Url + "?fhir_vs");
        if (release.IsHierarchical)
        {
            json.WriteString("hierarchyMeaning", "is-a");
        }

        json.WriteString("content", "complete");
        json.WriteNumber("count", release.ConceptCount);
        json.WriteStartArray("property");
        foreach (var (code, uri, description, type) in PropertyDefinitions(release))
        {
            json.WriteStartObject();
            json.WriteString("code", code);
            if (uri is not null)
            {
                json.WriteString("uri", uri);
            }

            json.WriteString("description", description);
            json.WriteString("type", type);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("concept");
        var concepts = release.IsHierarchical ? release.Concepts.Where(e => release.GetParent(e) is null) : release.Concepts;
        foreach (var entry in concepts)
        {
            WriteConcept(json, release, entry, nested: release.IsHierarchical);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return release.Release;
    }

    private static string Description(SystemRelease release) =>
        $"{release.Release.Name}, in force {release.Release.EffectiveFrom:yyyy-MM-dd} to {release.Release.EffectiveThrough:yyyy-MM-dd}; exported by MedCoding.Sdk from the official release files.";

    private static IEnumerable<(string Code, string? Uri, string Description, string Type)> PropertyDefinitions(SystemRelease release)
    {
        yield return ("notSelectable", "http://hl7.org/fhir/concept-properties#notSelectable", "A header: in the code system, not a code to report.", "boolean");
        yield return ("inactive", "http://hl7.org/fhir/concept-properties#inactive", "Terminated (HCPCS).", "boolean");
        yield return ("kind", null, "category, subcategory, code, extension or table.", "code");
        if (release is Icd10CmSystemRelease { Content.HasTabularList: true })
        {
            foreach (var kind in Enum.GetValues<NoteKind>())
            {
                yield return (kind.ElementName(), null, $"The Tabular List's {kind.ElementName()} notes.", "string");
            }
        }
    }

    private static void WriteConcept(Utf8JsonWriter json, SystemRelease release, CodeEntry entry, bool nested)
    {
        json.WriteStartObject();
        json.WriteString("code", release.CodeOf(entry));
        json.WriteString("display", release.DisplayOf(entry));
        if (release.ShortTitleOf(entry) is { } shortTitle)
        {
            json.WriteStartArray("designation");
            json.WriteStartObject();
            json.WriteStartObject("use");
            json.WriteString("system", FhirCodeSystems.DesignationUse);
            json.WriteString("code", "short-title");
            json.WriteString("display", ShortTitleUse.Display);
            json.WriteEndObject();
            json.WriteString("value", shortTitle);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        var notes = release.GetNotes(entry);
        var selectable = release.IsSelectable(entry);
        var inactive = release.IsInactive(entry);
        if (!selectable || inactive || release.IsHierarchical || notes.Count > 0)
        {
            json.WriteStartArray("property");
            if (!selectable)
            {
                WriteProperty(json, "notSelectable", "valueBoolean", null, true);
            }

            if (inactive)
            {
                WriteProperty(json, "inactive", "valueBoolean", null, true);
            }

            if (release.IsHierarchical)
            {
                WriteProperty(json, "kind", "valueCode", KindName(entry.Kind), false);
            }

            foreach (var note in notes)
            {
                WriteProperty(json, note.Kind.ElementName(), "valueString", note.Text, false);
            }

            json.WriteEndArray();
        }

        if (nested)
        {
            var first = true;
            foreach (var child in release.GetChildren(entry))
            {
                if (first)
                {
                    json.WriteStartArray("concept");
                    first = false;
                }

                WriteConcept(json, release, child, nested: true);
            }

            if (!first)
            {
                json.WriteEndArray();
            }
        }

        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, string code, string valueName, string? text, bool flag)
    {
        json.WriteStartObject();
        json.WriteString("code", code);
        if (text is null)
        {
            json.WriteBoolean(valueName, flag);
        }
        else
        {
            json.WriteString(valueName, text);
        }

        json.WriteEndObject();
    }
}
