using Hl7.Fhir.Specification.Terminology;
using MedCoding.CodeSets;
using MedCoding.Encoder;
using MedCoding.Gems;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Cpt;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedCoding.Fhir;

/// <summary>
/// Registers the FHIR terminology service in a service collection, over the releases <c>AddMedCoding()</c> registers.
/// </summary>
/// <remarks>
/// <para>This lives in <c>MedCoding.Fhir</c> rather than in <c>AddMedCoding()</c> so that the dependency-injection package
/// does not depend on Firely's SDK: only an application that asks for FHIR takes it.</para>
/// </remarks>
public static class MedCodingFhirServiceCollectionExtensions
{
    /// <summary>
    /// Returns the services with MedCoding (<c>AddMedCoding</c>) and its FHIR terminology service registered:
    /// <see cref="TerminologySources"/>, <see cref="MedCodingTerminologyService"/> and Firely's <see cref="ITerminologyService"/>,
    /// singletons over the registered ICD-10-CM, ICD-10-PCS, HCPCS, GEMs and CPT releases and the encoder's search.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures MedCoding's options, as for <c>AddMedCoding</c>; optional.</param>
    /// <returns>The builder <c>AddMedCoding</c> returns, for <c>AddCpt</c> and the rest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>Registrations use <c>TryAdd</c>: a host's own wins, and repeated calls are safe.</remarks>
    public static MedCodingBuilder AddMedCodingFhir(this IServiceCollection services, Action<MedCodingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddMedCoding(configure);
        services.TryAddSingleton(sp => new TerminologySources(
            sp.GetRequiredService<Icd10CmReleaseProvider>().Releases,
            sp.GetRequiredService<ReleaseSchedule<PcsRelease>>(),
            sp.GetRequiredService<ReleaseSchedule<HcpcsLevel2Release>>(),
            sp.GetRequiredService<ReleaseSchedule<DiagnosisGems>>(),
            sp.GetRequiredService<ReleaseSchedule<CptRelease>>(),
            sp.GetRequiredService<CodeSearch>));
        services.TryAddSingleton(sp => new MedCodingTerminologyService(sp.GetRequiredService<TerminologySources>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton<ITerminologyService>(sp => sp.GetRequiredService<MedCodingTerminologyService>());
        return builder;
    }
}
