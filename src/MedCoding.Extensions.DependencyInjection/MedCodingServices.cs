using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.Audit;
using MedCoding.Billing.Denials;
using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Excludes1;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Sources;
using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Encoder;
using MedCoding.Gems;
using MedCoding.Grouping;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Cpt;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MedCoding;

/// <summary>
/// Registers and creates every MedCoding service from <see cref="MedCodingOptions"/>: the one place where the SDK's
/// services are composed, for <c>AddMedCoding</c> and the <c>medcoding</c> tool alike.
/// </summary>
internal static partial class MedCodingServices
{
    public static void Register(IServiceCollection services)
    {
        // 1. Code-set releases, each system a schedule of releases by date: embedded, plus the folders the options name.
        services.TryAddSingleton(sp => CreateIcd10Cm(Options(sp)));
        services.TryAddSingleton(sp => CreateIcd10Pcs(Options(sp)));
        services.TryAddSingleton(sp => CreateHcpcs(Options(sp)));
        services.TryAddSingleton(sp => CreateCpt(Options(sp)));
        services.TryAddSingleton(sp => CreateLookups(sp));

        // 2. The GEMs (the newest release: a crosswalk is consulted without a date of service) and the MS-DRG grouper.
        services.TryAddSingleton(sp => CreateGems(Options(sp)));
        services.TryAddSingleton(sp => sp.GetRequiredService<ReleaseSchedule<DiagnosisGems>>().Newest);
        services.TryAddSingleton(sp => CreateMsDrg(Options(sp)));
        services.TryAddSingleton(sp => new MsDrgGrouper(sp.GetRequiredService<ReleaseSchedule<MsDrgDefinitions>>()));
        services.TryAddSingleton<IDrgGrouper>(sp => sp.GetRequiredService<MsDrgGrouper>());
        services.TryAddSingleton(sp => new RelativeWeights(Options(sp).RelativeWeightsFile is { } weights ? RelativeWeightTable.Load(weights) : null));
        services.TryAddSingleton(sp => new CodingAuditor(sp.GetRequiredService<IDrgGrouper>(), sp.GetRequiredService<RelativeWeights>().Table, Options(sp).BaseRate));
        services.TryAddSingleton(sp => new DrgWhatIf(sp.GetRequiredService<IDrgGrouper>(), sp.GetRequiredService<Icd10CmReleaseProvider>(), sp.GetRequiredService<RelativeWeights>().Table));

        // 3. The claim editor's reference data by date: POA-exempt lists and the Medicare Code Editor's tables.
        services.TryAddSingleton(sp => CreatePoaExempt(Options(sp)));
        services.TryAddSingleton(sp => CreateMce(Options(sp)));
        services.TryAddSingleton(sp => new MedicareCodeEditor(sp.GetRequiredService<ReleaseSchedule<MceRelease>>()));

        // 4. Claim edits: the data the edits read, and the immutable editor (default edits, then registered rules).
        services.TryAddSingleton(sp => CreateClaimEditData(sp, Options(sp)));
        services.TryAddSingleton(sp => CreateClaimEditor(sp.GetRequiredService<ClaimEditData>(), sp.GetServices<IClaimEdit>(), Options(sp)));

        // 5. Billing: the denial routing table and the clock the claim lifecycle records with.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => Options(sp).CarcRoutesFile is { } carc ? CarcTable.Default.WithCsvFile(carc) : CarcTable.Default);

        // 6. The encoder: the coder's indexes searched, every code checked against the releases registered above.
        services.TryAddSingleton(sp => CreateCodeSearch(sp, Options(sp)));
    }

    internal static CodeSearch CreateCodeSearch(IServiceProvider services, MedCodingOptions options)
    {
        var builder = CodeSearch.CreateBuilder()
            .UseIcd10Cm(services.GetRequiredService<Icd10CmReleaseProvider>().Releases)
            .UseIcd10Pcs(services.GetRequiredService<ReleaseSchedule<PcsRelease>>());
        return (options.UseEmbeddedData ? builder.AddIndexes(IndexData.All).UseTitleWords(IndexData.TitleWords) : builder).Build();
    }

    internal static Icd10CmReleaseProvider CreateIcd10Cm(MedCodingOptions options)
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
            provider.AddFolder(folder);
        }

        return provider;
    }

    internal static ReleaseSchedule<PcsRelease> CreateIcd10Pcs(MedCodingOptions options)
    {
        var schedule = options.UseEmbeddedData ? Icd10PcsData.Default : ReleaseSchedule<PcsRelease>.None(CodeSystem.Icd10Pcs);
        foreach (var folder in options.Icd10PcsFolders)
        {
            var release = Release.ForFiscalYear(CodeSystem.Icd10Pcs, PcsFiles.Find(folder).Year);
            schedule = schedule.With(release, () => PcsRelease.LoadFolder(folder, release));
        }

        return schedule;
    }

    internal static ReleaseSchedule<HcpcsLevel2Release> CreateHcpcs(MedCodingOptions options)
    {
        var schedule = options.UseEmbeddedData ? HcpcsData.Default : ReleaseSchedule<HcpcsLevel2Release>.None(CodeSystem.HcpcsLevel2);
        foreach (var folder in options.HcpcsFolders)
        {
            var release = HcpcsLevel2Release.LoadFolder(folder);
            schedule = schedule.With(release.Release, release);
        }

        return schedule;
    }

    internal static ReleaseSchedule<CptRelease> CreateCpt(MedCodingOptions options)
    {
        var schedule = ReleaseSchedule<CptRelease>.None(CodeSystem.Cpt);
        if (options.CptFile is not { } file)
        {
            return schedule;
        }

        var year = options.CptYear ?? (CptYearInName().Match(Path.GetFileNameWithoutExtension(file)) is { Success: true } match
            ? int.Parse(match.ValueSpan, CultureInfo.InvariantCulture)
            : throw new DataFileException(file, null, "The CPT year is neither set (CptYear) nor in the file's name (cpt2026.txt)."));
        var cpt = CptRelease.Load(file, year);
        return schedule.With(cpt.Release, cpt);
    }

    internal static ReleaseSchedule<DiagnosisGems> CreateGems(MedCodingOptions options)
    {
        var schedule = options.UseEmbeddedData ? GemsData.Default : ReleaseSchedule<DiagnosisGems>.None(CodeSystem.DiagnosisGems);
        if (options.GemsFolder is { } folder)
        {
            var gems = DiagnosisGems.LoadFolder(folder);
            schedule = schedule.With(gems.Release, gems);
        }

        return schedule;
    }

    internal static ReleaseSchedule<MsDrgDefinitions> CreateMsDrg(MedCodingOptions options)
    {
        var schedule = options.UseEmbeddedData ? MsDrgData.Default : ReleaseSchedule<MsDrgDefinitions>.None(CodeSystem.MsDrg);
        foreach (var folder in options.MsDrgFolders)
        {
            var definitions = MsDrgDefinitions.Load(folder);
            schedule = schedule.With(definitions.Release, definitions);
        }

        return schedule;
    }

    internal static ReleaseSchedule<PoaExemptList> CreatePoaExempt(MedCodingOptions options)
    {
        var schedule = options.UseEmbeddedData ? PoaExemptData.Default : ReleaseSchedule<PoaExemptList>.None(CodeSystem.PoaExemptList);
        foreach (var folder in options.PoaExemptFolders)
        {
            if (Directory.GetFiles(folder, "POAexemptCodesFY*.txt").Length > 0)
            {
                var list = PoaExemptList.LoadFolder(folder);
                schedule = schedule.With(list.Release, list);
            }
        }

        return schedule;
    }

    internal static ReleaseSchedule<MceRelease> CreateMce(MedCodingOptions options)
    {
        var schedule = options.UseEmbeddedData ? MceData.Default : ReleaseSchedule<MceRelease>.None(CodeSystem.MedicareCodeEditor);
        if (options.MceFile is { } file)
        {
            var v37 = MceCodeLists.Load(file).ToRelease();
            schedule = schedule.With(v37.Release, v37);
        }

        return schedule;
    }

    private static CodeLookups CreateLookups(IServiceProvider services) => new(
        services.GetRequiredService<Icd10CmReleaseProvider>(),
        services.GetRequiredService<ReleaseSchedule<PcsRelease>>(),
        services.GetRequiredService<ReleaseSchedule<HcpcsLevel2Release>>());

    private static ClaimEditData CreateClaimEditData(IServiceProvider services, MedCodingOptions options)
    {
        var icd10Cm = services.GetRequiredService<Icd10CmReleaseProvider>().Releases;
        var hcpcs = services.GetRequiredService<ReleaseSchedule<HcpcsLevel2Release>>();
        return new ClaimEditData
        {
            Icd10Cm = icd10Cm,
            FallbackExcludes1 = options.UseNewestTabularListForExcludes1 && icd10Cm.FindNewestWithTabularList() is { } withNotes ? Excludes1Index.For(withNotes) : null,
            Icd10Pcs = services.GetRequiredService<ReleaseSchedule<PcsRelease>>(),
            ServiceCodes = new ServiceCodeSet(hcpcs, services.GetRequiredService<ReleaseSchedule<CptRelease>>()),
            Modifiers = hcpcs.Count == 0 ? null : ModifierCatalogSource.Create(hcpcs.Newest),
            PractitionerPtp = options.PractitionerPtpFiles.Count == 0 ? null : PtpEditTable.Load(options.PractitionerPtpFiles, NcciProvider.Practitioner),
            HospitalPtp = options.HospitalPtpFiles.Count == 0 ? null : PtpEditTable.Load(options.HospitalPtpFiles, NcciProvider.Hospital),
            PractitionerMue = options.PractitionerMueFile is { } practitionerMue ? MueTable.Load(practitionerMue, NcciProvider.Practitioner) : null,
            HospitalMue = options.HospitalMueFile is { } hospitalMue ? MueTable.Load(hospitalMue, NcciProvider.Hospital) : null,
            Mce = services.GetRequiredService<ReleaseSchedule<MceRelease>>(),
            PoaExempt = new PoaExemptLists(services.GetRequiredService<ReleaseSchedule<PoaExemptList>>()),
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

    private static MedCodingOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<MedCodingOptions>>().Value;

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CptYearInName();

    /// <summary>The relative weights the options name, read once for the auditor and the what-if; <see langword="null"/> without a file.</summary>
    internal sealed record RelativeWeights(RelativeWeightTable? Table);
}
