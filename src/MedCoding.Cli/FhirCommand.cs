using System.CommandLine;
using Hl7.Fhir.Rest;
using MedCoding.Fhir;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding fhir codesystem --system icd10cm [--version 2026] --out FILE</c>: writes the FHIR <c>CodeSystem</c> resource
/// of one release (every concept, nested by its hierarchy) as JSON, from the same terminology service an application
/// registers with <c>AddMedCodingFhir()</c>.
/// </summary>
internal static class FhirCommand
{
    /// <summary>The code systems by their command-line names.</summary>
    private static readonly Dictionary<string, string> s_systems = new(StringComparer.Ordinal)
    {
        ["icd10cm"] = FhirCodeSystems.Icd10Cm,
        ["icd10pcs"] = FhirCodeSystems.Icd10Pcs,
        ["hcpcs"] = FhirCodeSystems.HcpcsLevel2,
        ["icd9cm"] = FhirCodeSystems.Icd9Cm,
        ["cpt"] = FhirCodeSystems.Cpt,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var system = new Option<string>("--system")
        {
            Description = "The code system: icd10cm, icd10pcs, hcpcs, icd9cm (the GEMs' ICD-9-CM codes) or cpt (with --cpt).",
            Required = true,
        };
        system.AcceptOnlyFromAmong([.. s_systems.Keys]);
        var version = new Option<string>("--version")
        {
            Description = "The release: 2026 (FY2026), 2025-04 (the April 2025 update) ...; the newest when left out.",
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "The JSON file to write.",
            Required = true,
        };
        var cpt = new Option<FileInfo>("--cpt")
        {
            Description = "Your licensed CPT file (code TAB descriptor), for --system cpt.",
        };
        var codeSystem = new Command("codesystem", "Write the FHIR CodeSystem resource of one release (every concept with its hierarchy, short title and properties) as JSON.")
        {
            system, version, output, cpt,
        };
        codeSystem.SetAction(parse =>
        {
            var file = parse.GetRequiredValue(output);
            // The composition of CliServices, plus the FHIR terminology service (AddMedCodingFhir calls AddMedCoding).
            var collection = new ServiceCollection();
            collection.AddMedCodingFhir(options => options.CptFile = parse.GetValue(cpt)?.FullName);
            using var services = collection.BuildServiceProvider();
            var service = services.GetRequiredService<MedCodingTerminologyService>();
            try
            {
                // Written concept by concept: Firely's serializer reflects over its model, which the native tool cannot.
                var url = s_systems[parse.GetRequiredValue(system)];
                using var buffer = new MemoryStream();
                var release = service.WriteCodeSystem(buffer, url, parse.GetValue(version));
                using (var stream = file.Create())
                {
                    buffer.Position = 0;
                    buffer.CopyTo(stream);
                }

                stdout.WriteLine($"{file.FullName}: {release.Name}");
                return ExitCodes.Success;
            }
            catch (FhirOperationException e)
            {
                stderr.WriteLine($"medcoding fhir: {e.Message}");
                return ExitCodes.Failure;
            }
        });

        return new Command("fhir", "FHIR terminology resources over the code systems (MedCoding.Fhir).") { codeSystem };
    }
}
