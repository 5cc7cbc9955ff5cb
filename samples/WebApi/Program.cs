// MedCoding.Sdk web sample: an ASP.NET Core minimal API over the code sets and the claim editor.
// Run it with: dotnet run --project samples/WebApi -- --urls http://127.0.0.1:5080
//   GET  /codes/icd10cm/E11.65?date=2025-11-03     one code, in the release in force on the date
//   GET  /codes/icd10cm/E11/children               the codes directly below it
//   POST /claims/scrub                              the claim edits' findings for a claim (JSON)
//   GET  /search?q=diabetes+type+2+with+hyperglycemia  codes from a coder's words, each checked against the release in force
// Bad input gets an RFC 7807 problem details response that names the field, never patient data.
using MedCoding;
using MedCoding.Fhir;
using MedCoding.Samples.WebApi;

var builder = WebApplication.CreateBuilder(args);

// 1. Register the SDK: the embedded ICD-10-CM releases, plus whatever the "MedCoding" configuration section adds
//    (e.g. MedCoding:HcpcsFolders:0, MedCoding:PractitionerPtpFiles:0, MedCoding:HospitalMueFile). Options are validated when the
//    host starts: a folder that does not exist stops the start-up with a message naming the setting.
builder.Services.AddMedCoding(options => builder.Configuration.GetSection("MedCoding").Bind(options));
builder.Services.AddMedCodingFhir();   // the FHIR terminology service over the same releases (FhirEndpoints.cs: /fhir)

// 2. Problem details (RFC 7807) for every error, including unhandled ones, and a health check for the load balancer.
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

// 3. The endpoints: code lookups, the claim scrubber and the encoder's search (CodeEndpoints.cs, ClaimEndpoints.cs, SearchEndpoints.cs).
app.MapHealthChecks("/health");
app.MapCodeEndpoints();
app.MapClaimEndpoints();
app.MapSearchEndpoints();
app.MapFhirEndpoints();

app.Run();
