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
    /// each code's own dates and flags. The FY2020 v37 lists join the schedule as a release of their own
    /// (<c>schedule.With(lists.Release, lists.ToRelease())</c>, <see cref="MceCodeLists.ToRelease"/>).
    /// </summary>
    public ReleaseSchedule<MceRelease>? Mce { get; init; }

    /// <summary>Gets the POA-exempt lists by fiscal year.</summary>
    public IPoaExemptSource? PoaExempt { get; init; }
}
