using MedCoding.CodeSets;
using MedCoding.Hcpcs;
using MedCoding.Icd10Pcs;
using MedCoding.Icd10Cm;

namespace MedCoding;

/// <summary>
/// Returns the code lookups an application has data for: ICD-10-CM always, ICD-10-PCS and HCPCS Level II when
/// <see cref="MedCodingOptions"/> names their folders.
/// </summary>
/// <remarks>Registered as a singleton by <see cref="MedCodingServiceCollectionExtensions.AddMedCoding"/>; ICD-10-PCS and
/// HCPCS Level II are loaded from their folders the first time they are asked for.</remarks>
/// <threadsafety>Immutable and thread-safe; the lazy loads happen once.</threadsafety>
public sealed class CodeLookups
{
    private readonly Lazy<PcsRelease>? _icd10Pcs;
    private readonly Lazy<HcpcsLevel2Release>? _hcpcsLevel2;

    /// <summary>Initializes the lookups over releases already loaded.</summary>
    /// <param name="icd10Cm">The ICD-10-CM releases.</param>
    /// <param name="icd10Pcs">The ICD-10-PCS release, or <see langword="null"/>.</param>
    /// <param name="hcpcsLevel2">The HCPCS Level II release, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="icd10Cm"/> is <see langword="null"/>.</exception>
    public CodeLookups(Icd10CmReleaseProvider icd10Cm, PcsRelease? icd10Pcs = null, HcpcsLevel2Release? hcpcsLevel2 = null)
        : this(icd10Cm, icd10Pcs is null ? null : new Lazy<PcsRelease>(icd10Pcs), hcpcsLevel2 is null ? null : new Lazy<HcpcsLevel2Release>(hcpcsLevel2))
    {
    }

    internal CodeLookups(Icd10CmReleaseProvider icd10Cm, Lazy<PcsRelease>? icd10Pcs, Lazy<HcpcsLevel2Release>? hcpcsLevel2)
    {
        ArgumentNullException.ThrowIfNull(icd10Cm);
        Icd10Cm = icd10Cm;
        _icd10Pcs = icd10Pcs;
        _hcpcsLevel2 = hcpcsLevel2;
        var systems = new List<CodeSystem> { CodeSystem.Icd10Cm };
        if (icd10Pcs is not null)
        {
            systems.Add(CodeSystem.Icd10Pcs);
        }

        if (hcpcsLevel2 is not null)
        {
            systems.Add(CodeSystem.HcpcsLevel2);
        }

        Systems = systems.AsReadOnly();
    }

    /// <summary>Gets the ICD-10-CM releases, from which the one in force on a date of service is taken.</summary>
    public Icd10CmReleaseProvider Icd10Cm { get; }

    /// <summary>Gets the ICD-10-PCS release, loading it on first use, or <see langword="null"/> when none is configured.</summary>
    public PcsRelease? Icd10Pcs => _icd10Pcs?.Value;

    /// <summary>Gets the HCPCS Level II release, loading it on first use, or <see langword="null"/> when none is configured.</summary>
    public HcpcsLevel2Release? HcpcsLevel2 => _hcpcsLevel2?.Value;

    /// <summary>Gets the code systems there is data for, ICD-10-CM first.</summary>
    public IReadOnlyList<CodeSystem> Systems { get; }

    /// <summary>
    /// Returns the lookup of a code system: the release in force on a date of service, or the newest release when no
    /// date is given.
    /// </summary>
    /// <param name="system">The code system.</param>
    /// <param name="dateOfService">The date of service, or <see langword="null"/> for the newest release.</param>
    /// <returns>The lookup, or <see langword="null"/> when there is no data for the system or no release in force on the date.</returns>
    public ICodeLookup? Find(CodeSystem system, DateOnly? dateOfService = null)
    {
        ICodeLookup? lookup = system switch
        {
            CodeSystem.Icd10Cm when dateOfService is { } day => Icd10Cm.TryGetForDate(day, out var inForce, out _) ? inForce : null,
            CodeSystem.Icd10Cm => Icd10Cm.Schedule.Count > 0 ? Icd10Cm.Newest : null,
            CodeSystem.Icd10Pcs => Icd10Pcs,
            CodeSystem.HcpcsLevel2 => HcpcsLevel2,
            _ => null,
        };
        return lookup is not null && system != CodeSystem.Icd10Cm && dateOfService is { } date && !lookup.Release.IsInForceOn(date) ? null : lookup;
    }
}
