// MedCoding.Sdk console sample: look a code up, walk the ICD-10-CM hierarchy, scrub a claim.
// Run it with: dotnet run --project samples/ConsoleSample
using MedCoding;
using MedCoding.ClaimEdits;
using MedCoding.Claims.Json;
using MedCoding.Icd10Cm;
using Microsoft.Extensions.DependencyInjection;

// 1. Register the SDK. With no arguments it uses the ICD-10-CM releases embedded in MedCoding.Data:
//    nothing to download. Everything is a singleton: the data is loaded once and shared.
var services = new ServiceCollection();
services.AddMedCoding();
using var provider = services.BuildServiceProvider();

// 2. Take the release in force on the date of service (FY2026 runs from 2025-10-01 to 2026-09-30).
var releases = provider.GetRequiredService<Icd10CmReleaseProvider>();
var dateOfService = new DateOnly(2025, 11, 3);
var release = releases.GetForDate(dateOfService);
Console.WriteLine($"Release in force on {dateOfService:yyyy-MM-dd}: {release.VersionId}");

// 3. Look a code up, in any form a coder types it (E11.65, e1165).
var code = release["e1165"];
Console.WriteLine($"{code.Name}: {code.Title} ({(code.IsBillable ? "billable" : "header")})");

// 4. Walk the hierarchy: up through the ancestors, then down from the category to its children.
foreach (var ancestor in release.GetAncestors(code))
{
    Console.WriteLine($"  under {ancestor.Name}: {ancestor.Title}");
}

var category = release["E11"];
Console.WriteLine($"{category.Name} has {release.GetChildren(category).Count} children:");
foreach (var child in release.GetChildren(category))
{
    Console.WriteLine($"  {child.Name,-8} {child.Title}");
}

// 5. Scrub a claim: E11.6 is a header (not billable), so the editor reports DX_NOT_BILLABLE with the
//    billable codes under it as suggestions. Findings name codes and positions, never patient data.
var claim = ClaimJson.Parse("""
    {
      "type": "professional",
      "dateOfService": "2025-11-03",
      "patient": { "birthDate": "1950-02-01", "sex": "F" },
      "diagnoses": [ { "code": "E11.6" }, { "code": "I10" } ],
      "lines": [
        { "code": "99214", "units": 1, "diagnosisPointers": [1, 2], "placeOfService": "11", "charge": 150.00 }
      ]
    }
    """);
var editor = provider.GetRequiredService<ClaimEditor>();
var result = editor.Check(claim);
Console.WriteLine($"Scrub: {result}");
foreach (var finding in result.Findings)
{
    Console.WriteLine($"  {finding}");
    if (finding.Suggestions.Count > 0)
    {
        Console.WriteLine($"    suggest: {string.Join(", ", finding.Suggestions.Take(5))}");
    }
}

// 6. The exit code says whether the claim would go out clean.
return result.IsValid ? 0 : 1;
