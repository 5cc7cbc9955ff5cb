using MedCoding.Billing.Denials;
using MedCoding.ClaimEdits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MedCoding;

/// <summary>
/// Returns the registration of MedCoding.Sdk in an <see cref="IServiceCollection"/>: the one composition root of the
/// SDK. The <c>medcoding</c> tool builds its services through it too, so the two cannot drift.
/// </summary>
/// <remarks>
/// <para>Every service is a singleton: the code-set data is loaded once, on first use, and shared by every request.
/// Every registration uses <c>TryAdd</c>, so a host that registers its own service of one of these types (before or
/// after <c>AddMedCoding</c>) keeps it.</para>
/// </remarks>
/// <example>
/// <code>
/// builder.Services.AddMedCoding()                     // every code system, the claim editor, the grouper, billing
///     .AddCpt("/data/cpt/cpt2026.txt")
///     .AddNcci(NcciProvider.Practitioner, ["/data/ncci/ccipra-v321r0-f1.txt"], "/data/ncci/mue-practitioner.txt")
///     .AddClaimEditRule&lt;PriorAuthorizationEdit&gt;();
/// </code>
/// </example>
public static class MedCodingServiceCollectionExtensions
{
    /// <summary>
    /// Registers every MedCoding service over the embedded data (and whatever <paramref name="configure"/> adds): the
    /// code-set releases of each system by date, the code lookups, the GEMs, the claim editor with every default edit,
    /// the MS-DRG grouper, the billing services and the encoder's <see cref="MedCoding.Encoder.CodeSearch"/> (the embedded indexes); and validates
    /// <see cref="MedCodingOptions"/> when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options, or <see langword="null"/> for the embedded data alone.</param>
    /// <returns>A builder for the optional parts (CPT, NCCI tables, payer rules).</returns>
    /// <remarks>Calling it again is safe: the services are registered once, and each <paramref name="configure"/> is applied in order.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static MedCodingBuilder AddMedCoding(this IServiceCollection services, Action<MedCodingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MedCodingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var builder = new MedCodingBuilder(services);
        if (services.Any(d => d.ServiceType == typeof(MedCodingMarker)))
        {
            return builder;
        }

        services.AddSingleton<MedCodingMarker>();
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MedCodingOptions>, MedCodingOptionsValidator>());
        MedCodingServices.Register(services);
        return builder;
    }

    /// <summary>
    /// Registers a custom claim edit (a payer's own rule), which the <see cref="ClaimEditor"/> runs after the default
    /// edits. The edit is a singleton; registering the same type twice adds it once.
    /// </summary>
    /// <typeparam name="TRule">The edit; it may take services in its constructor and must be thread-safe.</typeparam>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddClaimEditRule<TRule>(this IServiceCollection services)
        where TRule : class, IClaimEdit
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimEdit, TRule>());
        return services;
    }

    /// <summary>
    /// Registers an instance of a custom claim edit, which the <see cref="ClaimEditor"/> runs after the default edits.
    /// An edit of the same type already registered is kept, and this one ignored.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="rule">The edit; it must be thread-safe.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="rule"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddClaimEditRule(this IServiceCollection services, IClaimEdit rule)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(rule);
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IClaimEdit), rule));
        return services;
    }

    /// <summary>Marks a service collection to which <see cref="AddMedCoding"/> has registered its services.</summary>
    internal sealed class MedCodingMarker;
}
