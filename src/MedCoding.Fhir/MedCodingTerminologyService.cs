using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Specification.Terminology;
using MedCoding.Fhir.Systems;
using Task = System.Threading.Tasks.Task;

namespace MedCoding.Fhir;

/// <summary>
/// Returns the FHIR terminology operations over MedCoding.Sdk's code systems as Firely's
/// <see cref="ITerminologyService"/>: <c>$lookup</c>, <c>$validate-code</c> (code system and value set),
/// <c>$subsumes</c>, <c>$expand</c> of the implicit value sets and <c>$translate</c> through the GEMs, over
/// ICD-10-CM, ICD-10-PCS, HCPCS Level II, ICD-9-CM (the GEMs' codes) and, from a licensed file only, CPT.
/// </summary>
/// <remarks>
/// <para>A request selects a release by its <c>version</c> ("2026" for FY2026, "2025-04" for the April 2025 update,
/// "FY2026" too) or by a <c>date</c> of service (the release in force that day); with neither, the newest.</para>
/// <para>Bad input (an unknown system, version or value set, a malformed code, a missing parameter) is a
/// <see cref="FhirOperationException"/> with an <see cref="OperationOutcome"/> and a 4xx <see cref="FhirOperationException.Status"/>;
/// messages name codes and releases, nothing else from the request. An unknown or header code given to
/// <c>$validate-code</c> is its answer (<c>result</c> false with a message), not an error.</para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads; register it as a singleton.</threadsafety>
public sealed partial class MedCodingTerminologyService : ITerminologyService
{
    private readonly Dictionary<string, TerminologySystem> _systems;
    private readonly TimeProvider _time;

    /// <summary>Creates the service over the given releases.</summary>
    /// <param name="sources">The releases of each code system.</param>
    /// <param name="timeProvider">The clock that stamps expansions and capability statements; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    public MedCodingTerminologyService(TerminologySources sources, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Sources = sources;
        _time = timeProvider ?? TimeProvider.System;
        TerminologySystem[] systems =
        [
            TerminologySystem.Create(FhirCodeSystems.Icd10Cm, "ICD10CM", "ICD-10-CM", "CDC National Center for Health Statistics and CMS", sources.Icd10Cm, (s, r, c) => new Icd10CmSystemRelease(s, r, c)),
            TerminologySystem.Create(FhirCodeSystems.Icd10Pcs, "ICD10PCS", "ICD-10-PCS", "Centers for Medicare & Medicaid Services", sources.Icd10Pcs, (s, r, c) => new PcsSystemRelease(s, r, c)),
            TerminologySystem.Create(FhirCodeSystems.HcpcsLevel2, "HCPCSLevelII", "HCPCS Level II", "Centers for Medicare & Medicaid Services", sources.Hcpcs, (s, r, c) => new HcpcsSystemRelease(s, r, c)),
            TerminologySystem.Create(FhirCodeSystems.Icd9Cm, "ICD9CM", "ICD-9-CM (diagnoses of the GEMs)", "Centers for Medicare & Medicaid Services (GEMs)", sources.Gems, (s, r, c) => new Icd9CmSystemRelease(s, r, c)),
            TerminologySystem.Create(
                FhirCodeSystems.Cpt,
                "CPT",
                "CPT",
                "American Medical Association",
                sources.Cpt,
                (s, r, c) => new CptSystemRelease(s, r, c),
                "CPT is not available on this server: CPT is the AMA's, and no licensed CPT file was configured (AddCpt or MedCoding:CptFile)."),
        ];
        _systems = systems.ToDictionary(s => s.Url, StringComparer.Ordinal);
    }

    /// <summary>Gets the releases the service answers from.</summary>
    public TerminologySources Sources { get; }

    /// <summary>Returns a service over the embedded data packages (<see cref="TerminologySources.Embedded"/>).</summary>
    /// <returns>A new service; the releases it reads are shared and loaded on first use.</returns>
    public static MedCodingTerminologyService CreateDefault() => new(TerminologySources.Embedded);

    /// <summary>Returns the versions of a code system the service holds, oldest first.</summary>
    /// <param name="system">The code system's URL (<see cref="FhirCodeSystems"/>).</param>
    /// <returns>The versions ("2025", "2025-04", "2026" ...); empty for CPT without a licensed file.</returns>
    /// <exception cref="FhirOperationException">The system is not one of <see cref="FhirCodeSystems.All"/> (404).</exception>
    public IReadOnlyList<string> GetVersions(string system) => GetSystem(system).Releases.Select(r => r.Version).ToArray();

    /// <inheritdoc />
    /// <remarks>The closure table operation is not supported: the result is a faulted task (400, not-supported).</remarks>
    public Task<Resource> Closure(Parameters parameters, bool useGet = false) =>
        Task.FromException<Resource>(Outcomes.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported, "$closure is not supported by this terminology service."));

    internal TerminologySystem GetSystem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            throw Outcomes.BadRequest("No code system was given (the 'system' parameter, or a Coding's system).");
        }

        var key = url.Trim();
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            key = key[..bar];
        }

        return _systems.TryGetValue(key, out var system)
            ? system
            : throw Outcomes.Error(
                HttpStatusCode.NotFound,
                OperationOutcome.IssueType.NotFound,
                $"The code system '{Outcomes.Clip(url)}' is not known here; this server answers for {string.Join(", ", _systems.Keys)}.");
    }

    /// <summary>Returns the version a canonical carries after a bar (<c>url|version</c>), or <see langword="null"/>.</summary>
    internal static string? VersionOfCanonical(string? canonical)
    {
        var bar = canonical?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar >= 0 && bar + 1 < canonical!.Length ? canonical[(bar + 1)..] : null;
    }

    private static Task<T> Run<T>(Func<T> operation)
    {
        try
        {
            return Task.FromResult(operation());
        }
        catch (FhirOperationException e)
        {
            return Task.FromException<T>(e);
        }
    }

    private static (string Code, string? System, string? Version, string? Display) RequireCoding(OperationParameters input, string codeName = "code", string codingName = "coding")
    {
        if (input.Coding(codingName) is { } coding)
        {
            return (coding.Code ?? throw Outcomes.BadRequest($"The parameter '{codingName}' has no code."), coding.System, coding.Version, coding.Display);
        }

        return input.String(codeName) is { } code
            ? (code, null, null, null)
            : throw Outcomes.BadRequest($"No code was given (the '{codeName}' or '{codingName}' parameter).");
    }

    private static CodeEntryResult FindCode(SystemRelease release, string code)
    {
        if (release.CheckFormat(code) is { } error)
        {
            return new CodeEntryResult(null, $"'{Outcomes.Clip(code)}' is not a well-formed {release.System.Title} code: {error}");
        }

        return release.Find(code) is { } entry
            ? new CodeEntryResult(entry, null)
            : new CodeEntryResult(null, $"{Outcomes.Clip(code)} is not a code of {release.Release.Name}.");
    }

    private static CodeSets.CodeEntry RequireCode(SystemRelease release, string code, string parameter)
    {
        if (release.CheckFormat(code) is { } error)
        {
            throw Outcomes.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.CodeInvalid, $"The parameter '{parameter}' is not a well-formed {release.System.Title} code: {error}");
        }

        return release.Find(code) ?? throw Outcomes.Error(
            HttpStatusCode.NotFound, OperationOutcome.IssueType.CodeInvalid, $"{Outcomes.Clip(code)} is not a code of {release.Release.Name}.");
    }

    private readonly record struct CodeEntryResult(CodeSets.CodeEntry? Entry, string? Problem);
}
