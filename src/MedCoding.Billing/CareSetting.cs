namespace MedCoding.Billing;

/// <summary>
/// Identifies where an encounter took place, which decides how it is coded and billed.
/// </summary>
public enum CareSetting
{
    /// <summary>An inpatient hospital stay (admission to discharge).</summary>
    Inpatient = 1,

    /// <summary>A hospital outpatient visit or procedure.</summary>
    Outpatient = 2,

    /// <summary>An emergency department visit.</summary>
    Emergency = 3,

    /// <summary>A visit to a physician's office.</summary>
    Office = 4,
}
