// MedCoding.Sdk web sample: an ASP.NET Core minimal API over the code sets, the claim editor, the grouper and the audit.
// Run it with: dotnet run --project samples/WebApi -- --urls http://127.0.0.1:5080
//   GET  /codes/icd10cm/E11.65?date=2025-11-03     one code, in the release in force on the date
//   GET  /codes/icd10cm/E11/children               the codes directly below it
//   POST /claims/scrub                              the claim edits' findings for a claim (JSON)
//   GET  /search?q=diabetes+type+2+with+hyperglycemia  codes from a coder's words, each checked against the release in force
//   POST /audit                                     the coding audit of one coder/auditor pair, or of a batch with its summary (JSON)
//   POST /drg/whatif?limit=10                       every single change of an inpatient case that gives another DRG (JSON)
// Bad input gets an RFC 7807 problem details response that names the field, never patient data. Every error is problem
// details: 400, 404, 413 (body over the limit, chunked or not), 415 (not JSON), 429 (rate limit), 504 (request timeout).
using MedCoding;
using MedCoding.Fhir;
using MedCoding.Samples.WebApi;

var builder = WebApplication.CreateBuilder(args);

// 1. Register the SDK: the embedded ICD-10-CM releases, plus whatever the "MedCoding" configuration section adds
//    (e.g. MedCoding:HcpcsFolders:0, MedCoding:PractitionerPtpFiles:0, MedCoding:HospitalMueFile, MedCoding:RelativeWeightsFile,
//    MedCoding:BaseRate). Options are validated when the host starts: a folder that does not exist stops the start-up
//    with a message naming the setting.
builder.Services.AddMedCoding(options => builder.Configuration.GetSection("MedCoding").Bind(options));
builder.Services.AddMedCodingFhir();   // the FHIR terminology service over the same releases (FhirEndpoints.cs: /fhir)

// 2. Problem details (RFC 7807) for every error, including unhandled ones, and a health check for the load balancer.
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();

// 3. The limits a service runs under ("Service" configuration section, ServiceLimits.cs): the request body size
//    (Kestrel, chunked bodies too), a request timeout and a rate limit per client address.
builder.AddServiceLimits();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseServiceLimits();

// 4. The endpoints, each group in its own file: code lookups, the claim scrubber, the encoder's search, the coding audit
//    and the DRG what-if.
app.MapHealthChecks("/health").DisableRateLimiting();
app.MapCodeEndpoints();
app.MapClaimEndpoints();
app.MapSearchEndpoints();
app.MapAuditEndpoints();
app.MapWhatIfEndpoints();
app.MapFhirEndpoints();

// 5. Load the data before listening (WarmUp.cs): no request waits for it, or spends its timeout on it.
app.WarmUpServices().Run();
