using Hl7.Fhir.Model;
using MedCoding.CodeSets;
using CodeSystem = Hl7.Fhir.Model.CodeSystem;
using MedCoding.Fhir.Systems;

namespace MedCoding.Fhir;

public sealed partial class MedCodingTerminologyService
{
    /// <summary>Returns the <c>CodeSystem</c> resource of one release: every concept, nested by its hierarchy, with its short title and properties.</summary>
    /// <param name="system">The code system's URL (<see cref="FhirCodeSystems"/>).</param>
    /// <param name="version">The version ("2026", "2025-04"); the newest when <see langword="null"/>.</param>
    /// <returns>A complete <c>CodeSystem</c> (<c>content</c> = complete; ICD-10-CM and ICD-10-PCS nested by <c>is-a</c>).</returns>
    /// <exception cref="Hl7.Fhir.Rest.FhirOperationException">The system or version is unknown, or the system is unavailable (404).</exception>
    public CodeSystem ExportCodeSystem(string system, string? version = null)
    {
        var release = GetSystem(system).Resolve(version, null);
        var resource = new CodeSystem
        {
            Url = release.System.Url,
            Version = release.Version,
            Name = release.System.Name,
            Title = release.Release.Name,
            Status = PublicationStatus.Active,
            Experimental = false,
            Publisher = release.System.Publisher,
            Description = new Markdown(Description(release)),
            CaseSensitive = false,
            ValueSet = release.System.Url + "?fhir_vs",
            HierarchyMeaning = release.IsHierarchical ? CodeSystem.CodeSystemHierarchyMeaning.IsA : null,
            Content = CodeSystemContentMode.Complete,
            Count = release.ConceptCount,
        };
        resource.Property.Add(new CodeSystem.PropertyComponent { Code = "notSelectable", Uri = "http://hl7.org/fhir/concept-properties#notSelectable", Type = CodeSystem.PropertyType.Boolean, Description = "A header: in the code system, not a code to report." });
        resource.Property.Add(new CodeSystem.PropertyComponent { Code = "inactive", Uri = "http://hl7.org/fhir/concept-properties#inactive", Type = CodeSystem.PropertyType.Boolean, Description = "Terminated (HCPCS)." });
        resource.Property.Add(new CodeSystem.PropertyComponent { Code = "kind", Type = CodeSystem.PropertyType.Code, Description = "category, subcategory, code, extension or table." });
        if (release is Icd10CmSystemRelease { Content.HasTabularList: true })
        {
            foreach (var kind in Enum.GetValues<NoteKind>())
            {
                resource.Property.Add(new CodeSystem.PropertyComponent { Code = kind.ElementName(), Type = CodeSystem.PropertyType.String, Description = $"The Tabular List's {kind.ElementName()} notes." });
            }
        }

        if (release.IsHierarchical)
        {
            foreach (var root in release.Concepts.Where(e => release.GetParent(e) is null))
            {
                resource.Concept.Add(Concept(release, root, nested: true));
            }
        }
        else
        {
            foreach (var entry in release.Concepts)
            {
                resource.Concept.Add(Concept(release, entry, nested: false));
            }
        }

        return resource;
    }

    /// <summary>Returns the <c>CapabilityStatement</c> of a terminology server on this service: the operations on <c>CodeSystem</c>, <c>ValueSet</c> and <c>ConceptMap</c>.</summary>
    /// <param name="baseUrl">The server's base URL (<c>http://host/fhir</c>).</param>
    /// <returns>A new statement, dated now.</returns>
    public CapabilityStatement GetCapabilityStatement(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        static CapabilityStatement.OperationComponent Op(string name, string definition) =>
            new() { Name = name, Definition = "http://hl7.org/fhir/OperationDefinition/" + definition };

        var rest = new CapabilityStatement.RestComponent { Mode = CapabilityStatement.RestfulCapabilityMode.Server };
        rest.Resource.Add(new CapabilityStatement.ResourceComponent
        {
            Type = "CodeSystem",
            Operation = [Op("lookup", "CodeSystem-lookup"), Op("validate-code", "CodeSystem-validate-code"), Op("subsumes", "CodeSystem-subsumes")],
        });
        rest.Resource.Add(new CapabilityStatement.ResourceComponent
        {
            Type = "ValueSet",
            Operation = [Op("expand", "ValueSet-expand"), Op("validate-code", "ValueSet-validate-code")],
        });
        rest.Resource.Add(new CapabilityStatement.ResourceComponent
        {
            Type = "ConceptMap",
            Operation = [Op("translate", "ConceptMap-translate")],
        });
        return new CapabilityStatement
        {
            Url = baseUrl.TrimEnd('/') + "/metadata",
            Name = "MedCodingTerminologyServer",
            Title = "MedCoding.Sdk terminology server",
            Status = PublicationStatus.Active,
            DateElement = new FhirDateTime(_time.GetUtcNow()),
            Kind = CapabilityStatementKind.Instance,
            Instantiates = ["http://hl7.org/fhir/CapabilityStatement/terminology-server"],
            Software = new CapabilityStatement.SoftwareComponent { Name = "MedCoding.Sdk" },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "US code systems by release: ICD-10-CM, ICD-10-PCS, HCPCS Level II, ICD-9-CM (GEMs), CPT from a licensed file", Url = baseUrl },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["application/fhir+json"],
            Rest = [rest],
        };
    }

    /// <summary>Returns the <c>TerminologyCapabilities</c>: each code system with its versions (the newest the default), expansion with paging, translation.</summary>
    /// <returns>A new resource, dated now.</returns>
    public TerminologyCapabilities GetTerminologyCapabilities()
    {
        var capabilities = new TerminologyCapabilities
        {
            Name = "MedCodingTerminologyCapabilities",
            Title = "MedCoding.Sdk terminology capabilities",
            Status = PublicationStatus.Active,
            DateElement = new FhirDateTime(_time.GetUtcNow()),
            Kind = CapabilityStatementKind.Instance,
            LockedDate = false,
            Expansion = new TerminologyCapabilities.ExpansionComponent { Hierarchical = false, Paging = true, Incomplete = false, TextFilter = new Markdown("A code's start, or every word's start in the title; ICD-10-CM and ICD-10-PCS ranked by the encoder's search where configured.") },
            CodeSearch = TerminologyCapabilities.CodeSearchSupport.All,
            ValidateCode = new TerminologyCapabilities.ValidateCodeComponent { Translations = false },
            Translation = new TerminologyCapabilities.TranslationComponent { NeedsMap = false },
        };
        foreach (var system in _systems.Values)
        {
            var entry = new TerminologyCapabilities.CodeSystemComponent { Uri = system.Url, Subsumption = true };
            for (var i = 0; i < system.Releases.Count; i++)
            {
                var version = new TerminologyCapabilities.VersionComponent
                {
                    Code = system.Releases[i].Version,
                    IsDefault = i == system.Releases.Count - 1,
                    Property = ["parent", "child", "notSelectable", "inactive", "kind"],
                };
                entry.Version.Add(version);
            }

            capabilities.CodeSystem.Add(entry);
        }

        return capabilities;
    }

    private static CodeSystem.ConceptDefinitionComponent Concept(SystemRelease release, CodeEntry entry, bool nested)
    {
        var concept = new CodeSystem.ConceptDefinitionComponent
        {
            Code = release.CodeOf(entry),
            Display = release.DisplayOf(entry),
        };
        if (release.ShortTitleOf(entry) is { } shortTitle)
        {
            concept.Designation.Add(new CodeSystem.DesignationComponent { Use = ShortTitleUse, Value = shortTitle });
        }

        if (!release.IsSelectable(entry))
        {
            concept.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = "notSelectable", Value = new FhirBoolean(true) });
        }

        if (release.IsInactive(entry))
        {
            concept.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = "inactive", Value = new FhirBoolean(true) });
        }

        if (release.IsHierarchical)
        {
            concept.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = "kind", Value = new Code(KindName(entry.Kind)) });
        }

        foreach (var note in release.GetNotes(entry))
        {
            concept.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = note.Kind.ElementName(), Value = new FhirString(note.Text) });
        }

        if (nested)
        {
            foreach (var child in release.GetChildren(entry))
            {
                concept.Concept.Add(Concept(release, child, nested: true));
            }
        }

        return concept;
    }
}
