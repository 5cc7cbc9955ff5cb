using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Encoder;
using MedCoding.Gems;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Cpt;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;

namespace MedCoding.Fhir;

/// <summary>
/// Gets the releases the terminology service answers from: each code system a schedule of releases by date, CPT only
/// when a licensed file was loaded, and optionally the encoder's search for the <c>filter</c> of <c>$expand</c>.
/// </summary>
/// <remarks>
/// <para><see cref="Embedded"/> gives the releases embedded in the data packages (no CPT, no search). With
/// dependency injection, <c>AddMedCodingFhir()</c> builds the sources from the registered services instead.</para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class TerminologySources
{
    private readonly Lazy<CodeSearch>? _search;

    /// <summary>Creates the sources from one schedule per system.</summary>
    /// <param name="icd10Cm">The ICD-10-CM releases.</param>
    /// <param name="icd10Pcs">The ICD-10-PCS releases.</param>
    /// <param name="hcpcs">The HCPCS Level II releases.</param>
    /// <param name="gems">The diagnosis GEMs (ICD-9-CM and the two <c>ConceptMap</c>s).</param>
    /// <param name="cpt">The licensed CPT releases, or <see langword="null"/> (or an empty schedule) when none was configured.</param>
    /// <param name="search">Returns the encoder's search, used by the <c>filter</c> of <c>$expand</c> on ICD-10-CM and ICD-10-PCS; called once, on the first such filter; <see langword="null"/> for a plain word match.</param>
    /// <exception cref="ArgumentNullException">A required schedule is <see langword="null"/>.</exception>
    public TerminologySources(
        ReleaseSchedule<Icd10CmRelease> icd10Cm,
        ReleaseSchedule<PcsRelease> icd10Pcs,
        ReleaseSchedule<HcpcsLevel2Release> hcpcs,
        ReleaseSchedule<DiagnosisGems> gems,
        ReleaseSchedule<CptRelease>? cpt = null,
        Func<CodeSearch>? search = null)
    {
        ArgumentNullException.ThrowIfNull(icd10Cm);
        ArgumentNullException.ThrowIfNull(icd10Pcs);
        ArgumentNullException.ThrowIfNull(hcpcs);
        ArgumentNullException.ThrowIfNull(gems);
        Icd10Cm = icd10Cm;
        Icd10Pcs = icd10Pcs;
        Hcpcs = hcpcs;
        Gems = gems;
        Cpt = cpt ?? ReleaseSchedule<CptRelease>.None(CodeSystem.Cpt);
        _search = search is null ? null : new Lazy<CodeSearch>(search, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the sources over the embedded data packages: every ICD-10-CM, ICD-10-PCS, HCPCS and GEMs release, no CPT, no search.</summary>
    public static TerminologySources Embedded => EmbeddedHolder.Instance;

    /// <summary>Gets the ICD-10-CM releases.</summary>
    public ReleaseSchedule<Icd10CmRelease> Icd10Cm { get; }

    /// <summary>Gets the ICD-10-PCS releases.</summary>
    public ReleaseSchedule<PcsRelease> Icd10Pcs { get; }

    /// <summary>Gets the HCPCS Level II releases.</summary>
    public ReleaseSchedule<HcpcsLevel2Release> Hcpcs { get; }

    /// <summary>Gets the diagnosis GEMs releases.</summary>
    public ReleaseSchedule<DiagnosisGems> Gems { get; }

    /// <summary>Gets the licensed CPT releases; empty when no licensed file was configured.</summary>
    public ReleaseSchedule<CptRelease> Cpt { get; }

    /// <summary>Gets the encoder's search (built on first use), or <see langword="null"/>.</summary>
    public CodeSearch? Search => _search?.Value;

    /// <summary>Gets a value indicating whether a search was given, without building it.</summary>
    public bool HasSearch => _search is not null;

    private static class EmbeddedHolder
    {
        internal static readonly TerminologySources Instance = new(
            Icd10CmData.Default.Releases, Icd10PcsData.Default, HcpcsData.Default, GemsData.Default);

        // An explicit static constructor keeps the type from being marked beforefieldinit: the sources are created on first use.
        static EmbeddedHolder()
        {
        }
    }
}
