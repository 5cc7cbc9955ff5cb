using MedCoding.Billing.Denials;
using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Excludes1;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Sources;
using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Hcpcs;
using MedCoding.Icd10Pcs;
using MedCoding.Icd10Cm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MedCoding;

/// <summary>
/// Returns the registration of MedCoding.Sdk in an <see cref="IServiceCollection"/>.
/// </summary>
/// <remarks>
/// <para>Every service is a singleton: the code-set data is loaded once, on first use, and shared by every request.
/// Every registration uses <c>TryAdd</c>, so a host that registers its own <see cref="Icd10CmReleaseProvider"/>,
/// <see cref="ClaimEditData"/>, <see cref="ClaimEditor"/>, <see cref="CarcTable"/> or <see cref="TimeProvider"/>
/// (before or after <c>AddMedCoding</c>) keeps it.</para>
/// </remarks>
/// <example>
/// <code>
/// builder.Services.AddMedCoding(options =&gt;
/// {
///     options.Icd10PcsFolder = "/data/icd10pcs/2026";
///     options.PtpFiles.Add("/data/ncci/ccipra-v321r0-f1.txt");
/// });
/// builder.Services.AddClaimEditRule&lt;PriorAuthorizationEdit&gt;();
/// </code>
/// </example>
public static class MedCodingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ICD-10-CM releases (<see cref="Icd10CmReleaseProvider"/>, the embedded data by default), the code
    /// lookups (<see cref="CodeLookups"/>), the claim editor (<see cref="ClaimEditor"/> over <see cref="ClaimEditData"/>)
    /// and the billing services (<see cref="CarcTable"/>, <see cref="TimeProvider"/>), and validates
    /// <see cref="MedCodingOptions"/> when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options, or <see langword="null"/> for the embedded data alone.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>Calling it again is safe: the services are registered once, and each <paramref name="configure"/> is applied in order.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddMedCoding(this IServiceCollection services, Action<MedCodingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MedCodingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(MedCodingMarker)))
        {
            return services;
        }

        services.AddSingleton<MedCodingMarker>();
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MedCodingOptions>, MedCodingOptionsValidator>());

        // 1. Code-set data: loaded once, shared.
        services.TryAddSingleton(sp => CreateReleaseProvider(Options(sp)));
        services.TryAddSingleton<IIcd10CmReleaseSource>(sp => new Icd10CmReleaseProviderSource(sp.GetRequiredService<Icd10CmReleaseProvider>()));
        services.TryAddSingleton(sp => CreateLookups(sp.GetRequiredService<Icd10CmReleaseProvider>(), Options(sp)));

        // 2. Claim edits: the data the edits read, and the immutable editor (default edits, then registered rules).
        services.TryAddSingleton(sp => CreateClaimEditData(sp.GetRequiredService<IIcd10CmReleaseSource>(), sp.GetRequiredService<CodeLookups>(), Options(sp)));
        services.TryAddSingleton(sp => CreateClaimEditor(sp.GetRequiredService<ClaimEditData>(), sp.GetServices<IClaimEdit>(), Options(sp)));

        // 3. Billing: the denial routing table and the clock the claim lifecycle records with.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => Options(sp).CarcRoutesFile is { } carc ? CarcTable.Default.WithCsvFile(carc) : CarcTable.Default);
        return services;
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

    private static MedCodingOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<MedCodingOptions>>().Value;

    internal static Icd10CmReleaseProvider CreateReleaseProvider(MedCodingOptions options)
    {
        if (options.UseEmbeddedData && options.Icd10CmFolders.Count == 0 && options.Icd10CmCompiledFiles.Count == 0)
        {
            return Icd10CmData.Default;
        }

        var provider = options.UseEmbeddedData ? Icd10CmData.CreateProvider() : new Icd10CmReleaseProvider();
        foreach (var file in options.Icd10CmCompiledFiles)
        {
            provider.Add(Icd10CmRelease.FromFile(file));
        }

        foreach (var folder in options.Icd10CmFolders)
        {
            var files = Icd10CmFiles.Find(folder);
            var release = files.Month is { } month && files.TabularListPath is null
                ? Release.ForUpdate(CodeSystem.Icd10Cm, files.Year, month)
                : Release.ForFiscalYear(CodeSystem.Icd10Cm, files.Year);
            provider.Add(release, () => Icd10CmRelease.Load(files, release));
        }

        return provider;
    }

    private static CodeLookups CreateLookups(Icd10CmReleaseProvider icd10Cm, MedCodingOptions options)
    {
        var pcsFolder = options.Icd10PcsFolder;
        var hcpcsFolder = options.HcpcsFolder;
        return new CodeLookups(
            icd10Cm,
            pcsFolder is null ? null : new Lazy<PcsRelease>(() => PcsRelease.LoadFolder(pcsFolder), LazyThreadSafetyMode.ExecutionAndPublication),
            hcpcsFolder is null ? null : new Lazy<HcpcsLevel2Release>(() => HcpcsLevel2Release.LoadFolder(hcpcsFolder), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    private static ClaimEditData CreateClaimEditData(IIcd10CmReleaseSource icd10Cm, CodeLookups lookups, MedCodingOptions options)
    {
        var ptp = options.PtpFiles.Count == 0 ? null : PtpEditTable.Load(options.PtpFiles, NcciProvider.Practitioner);
        var mue = options.MueFile is null ? null : MueTable.Load(options.MueFile, NcciProvider.Practitioner);
        var pcs = lookups.Icd10Pcs;
        var hcpcs = lookups.HcpcsLevel2;
        return new ClaimEditData
        {
            Icd10Cm = icd10Cm,
            FallbackExcludes1 = options.UseNewestTabularListForExcludes1 && icd10Cm.FindNewestWithTabularList() is { } withNotes ? Excludes1Index.For(withNotes) : null,
            Icd10Pcs = pcs is null ? null : new PcsReleaseSet([pcs]),
            ServiceCodes = hcpcs is null ? ServiceCodeSet.ShapeOnly : new ServiceCodeSet([hcpcs]),
            Modifiers = hcpcs is null ? null : ModifierCatalogSource.Create(hcpcs),
            PractitionerPtp = ptp,
            HospitalPtp = ptp,
            PractitionerMue = mue,
            HospitalMue = mue,
            Mce = options.MceFile is null ? null : MceCodeLists.Load(options.MceFile),
        };
    }

    private static ClaimEditor CreateClaimEditor(ClaimEditData data, IEnumerable<IClaimEdit> rules, MedCodingOptions options)
    {
        var builder = ClaimEditor.CreateBuilder(data).AddDefaultEdits();
        foreach (var rule in rules)
        {
            builder.Add(rule);
        }

        options.ConfigureClaimEditor?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Marks a service collection to which <see cref="AddMedCoding"/> has registered its services.</summary>
    internal sealed class MedCodingMarker;
}
