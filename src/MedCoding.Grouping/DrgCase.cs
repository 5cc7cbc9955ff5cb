using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// Gets one inpatient stay as the MS-DRG grouper reads it: the principal and secondary diagnoses with
/// POA, the ICD-10-PCS procedures, and the patient's age, sex and discharge status.
/// </summary>
/// <remarks>
/// The grouper reads up to 24 secondary diagnoses and 25 procedures, as the CMS grouper does; codes past
/// those limits are ignored. Codes are written without dots; a dot is tolerated.
/// </remarks>
/// <threadsafety>Immutable and thread-safe once built.</threadsafety>
public sealed record DrgCase
{
    /// <summary>Gets the most secondary diagnoses the grouper reads.</summary>
    public const int MaxSecondaryDiagnoses = InputLimits.DrgSecondaryDiagnoses;

    /// <summary>Gets the most procedures the grouper reads.</summary>
    public const int MaxProcedures = InputLimits.DrgProcedures;

    /// <summary>Gets the principal diagnosis.</summary>
    public required DrgDiagnosis PrincipalDiagnosis { get; init; }

    /// <summary>Gets the secondary diagnoses in claim order.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<DrgDiagnosis> SecondaryDiagnoses { get; init; } = [];

    /// <summary>Gets the ICD-10-PCS procedure codes in claim order.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<string> Procedures { get; init; } = [];

    /// <summary>Gets the patient's age in years on admission.</summary>
    public int Age { get; init; }

    /// <summary>Gets the patient's sex.</summary>
    /// <value><see cref="AdministrativeSex.Unknown"/> by default: a principal diagnosis whose MDC depends on sex does not group.</value>
    public AdministrativeSex Sex { get; init; }

    /// <summary>Gets the UB-04 patient discharge status (1 = home, 20 = expired ...).</summary>
    public int DischargeStatus { get; init; }

    /// <summary>Gets the discharge date, which picks the MS-DRG version in force (<see cref="MsDrgGrouper.Group(DrgCase)"/>).</summary>
    public DateOnly DischargeDate { get; init; }
}
