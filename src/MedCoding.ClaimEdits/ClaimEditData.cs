using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;
using MedCoding.ClaimEdits.Excludes1;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Sources;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns the code sets and edit tables the claim edits read. Every part is optional: an edit whose
/// data is missing does not run (no NCCI table, no PTP findings); the ICD-10-CM, POA and Medicare Code Editor edits
/// report that they could not run (<see cref="RuleCatalog.DataUnavailable"/>) rather than stay silent.
/// </summary>
/// <threadsafety>Immutable once built (init-only properties); thread-safe when its sources are.</threadsafety>
public sealed class ClaimEditData
{
    private readonly Lazy<ReleaseSchedule<MceRelease>?> _mceSchedule;

    /// <summary>Initializes empty data: set the parts the edits should read.</summary>
    public ClaimEditData()
    {
        _mceSchedule = new Lazy<ReleaseSchedule<MceRelease>?>(ScheduleMce, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the ICD-10-CM releases, from which the one in force on each date of service is taken.</summary>
    public ReleaseSchedule<Icd10CmRelease>? Icd10Cm { get; init; }

    /// <summary>
    /// Gets the Excludes1 notes to use when the release in force has no Tabular List (only its order
    /// file): the notes of the newest release that has one. <see langword="null"/> to check Excludes1 only
    /// against releases with their own Tabular List.
    /// </summary>
    public Excludes1Index? FallbackExcludes1 { get; init; }

    /// <summary>Gets the ICD-10-PCS releases, for the procedures of institutional claims: the one in force on each procedure's date answers.</summary>
    public ReleaseSchedule<PcsRelease>? Icd10Pcs { get; init; }

    /// <summary>Gets the CPT and HCPCS codes, for service lines.</summary>
    public IServiceCodeSource? ServiceCodes { get; init; }

    /// <summary>Gets the modifiers.</summary>
    public IModifierSource? Modifiers { get; init; }

    /// <summary>Gets the NCCI PTP edits for practitioner services (professional claims).</summary>
    public PtpEditTable? PractitionerPtp { get; init; }

    /// <summary>Gets the NCCI PTP edits for hospital outpatient services (institutional claims).</summary>
    public PtpEditTable? HospitalPtp { get; init; }

    /// <summary>Gets the MUE values for practitioner services (professional claims).</summary>
    public MueTable? PractitionerMue { get; init; }

    /// <summary>Gets the MUE values for outpatient hospital services (institutional claims).</summary>
    public MueTable? HospitalMue { get; init; }

    /// <summary>
    /// Gets the Medicare Code Editor releases by date (for example <c>MedCoding.Data.MceData.Default</c>: MCE 43.1, in force
    /// for FY2026): the age, sex, principal-diagnosis and coverage edits read the release in force on the claim's date, with
    /// each code's own dates and flags.
    /// </summary>
    public ReleaseSchedule<MceRelease>? MceReleases { get; init; }

    /// <summary>
    /// Gets the Medicare Code Editor "simple" lists of one version (the v37 file): scheduled beside
    /// <see cref="MceReleases"/> as a release in force for its own fiscal year (v37: FY2020, <see cref="MceCodeLists.ToRelease"/>).
    /// </summary>
    public MceCodeLists? Mce { get; init; }

    /// <summary>Gets the age ranges of the age edits of <see cref="Mce"/>, whose file does not give them (the 43.1 tables do).</summary>
    /// <value>The default is <see cref="MceAgeRanges.Default"/> (newborn 0, pediatric 0-17, maternity 12-55, adult 15-124: the v37 definitions).</value>
    public MceAgeRanges MceAgeRanges { get; init; } = MceAgeRanges.Default;

    /// <summary>Gets the POA-exempt lists by fiscal year.</summary>
    public IPoaExemptSource? PoaExempt { get; init; }

    /// <summary>Gets every Medicare Code Editor release: <see cref="MceReleases"/> and <see cref="Mce"/>, or <see langword="null"/> when neither is set.</summary>
    /// <exception cref="ArgumentException"><see cref="Mce"/>'s release starts on the same date as another release of <see cref="MceReleases"/>.</exception>
    internal ReleaseSchedule<MceRelease>? MceSchedule => _mceSchedule.Value;

    private ReleaseSchedule<MceRelease>? ScheduleMce()
    {
        if (Mce is not { } lists)
        {
            return MceReleases;
        }

        var schedule = MceReleases ?? ReleaseSchedule<MceRelease>.None(CodeSystem.MedicareCodeEditor);
        var ranges = MceAgeRanges;
        return schedule.With(lists.Release, () => lists.ToRelease(ranges));
    }
}
