using MedCoding.CodeSets;
using MedCoding.Hcpcs;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;

namespace MedCoding;

/// <summary>
/// Returns the code lookups of every code system the application has data for (ICD-10-CM, ICD-10-PCS, HCPCS Level II),
/// each a schedule of releases from which the one in force on a date of service answers.
/// </summary>
/// <remarks>Registered as a singleton by <see cref="MedCodingServiceCollectionExtensions.AddMedCoding"/>; each release is
/// loaded the first time it is asked for.</remarks>
/// <threadsafety>Immutable and thread-safe; the lazy loads happen once.</threadsafety>
public sealed class CodeLookups
{
    /// <summary>Initializes the lookups.</summary>
    /// <param name="icd10Cm">The ICD-10-CM releases.</param>
    /// <param name="icd10Pcs">The ICD-10-PCS releases, or <see langword="null"/> for none.</param>
    /// <param name="hcpcsLevel2">The HCPCS Level II releases, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="icd10Cm"/> is <see langword="null"/>.</exception>
    public CodeLookups(Icd10CmReleaseProvider icd10Cm, ReleaseSchedule<PcsRelease>? icd10Pcs = null, ReleaseSchedule<HcpcsLevel2Release>? hcpcsLevel2 = null)
    {
        ArgumentNullException.ThrowIfNull(icd10Cm);
        Icd10Cm = icd10Cm;
        Icd10Pcs = icd10Pcs ?? ReleaseSchedule<PcsRelease>.None(CodeSystem.Icd10Pcs);
        HcpcsLevel2 = hcpcsLevel2 ?? ReleaseSchedule<HcpcsLevel2Release>.None(CodeSystem.HcpcsLevel2);
        var systems = new List<CodeSystem> { CodeSystem.Icd10Cm };
        if (Icd10Pcs.Count > 0)
        {
            systems.Add(CodeSystem.Icd10Pcs);
        }

        if (HcpcsLevel2.Count > 0)
        {
            systems.Add(CodeSystem.HcpcsLevel2);
        }

        Systems = systems.AsReadOnly();
    }

    /// <summary>Gets the ICD-10-CM releases, from which the one in force on a date of service is taken.</summary>
    public Icd10CmReleaseProvider Icd10Cm { get; }

    /// <summary>Gets the ICD-10-PCS releases (empty when there are none).</summary>
    public ReleaseSchedule<PcsRelease> Icd10Pcs { get; }

    /// <summary>Gets the HCPCS Level II releases (empty when there are none).</summary>
    public ReleaseSchedule<HcpcsLevel2Release> HcpcsLevel2 { get; }

    /// <summary>Gets the code systems there is data for, ICD-10-CM first.</summary>
    public IReadOnlyList<CodeSystem> Systems { get; }

    /// <summary>
    /// Returns the lookup of a code system: the release in force on a date of service, or the newest release when no
    /// date is given.
    /// </summary>
    /// <param name="system">The code system.</param>
    /// <param name="dateOfService">The date of service, or <see langword="null"/> for the newest release.</param>
    /// <returns>The lookup, or <see langword="null"/> when there is no data for the system or no release in force on the date.</returns>
    public ICodeLookup? Find(CodeSystem system, DateOnly? dateOfService = null) => system switch
    {
        CodeSystem.Icd10Cm => Find(Icd10Cm.Releases, dateOfService),
        CodeSystem.Icd10Pcs => Find(Icd10Pcs, dateOfService),
        CodeSystem.HcpcsLevel2 => Find(HcpcsLevel2, dateOfService),
        _ => null,
    };

    private static T? Find<T>(ReleaseSchedule<T> schedule, DateOnly? date)
        where T : class =>
        date is { } day
            ? schedule.TryGetInForceOn(day, out var inForce, out _) ? inForce : null
            : schedule.Count > 0 ? schedule.Newest : null;
}
