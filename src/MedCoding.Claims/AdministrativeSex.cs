namespace MedCoding.Claims;

/// <summary>
/// Identifies the patient's sex as claims report it (X12 codes F, M, U).
/// </summary>
public enum AdministrativeSex
{
    /// <summary>Female (<c>F</c>).</summary>
    Female = 1,

    /// <summary>Male (<c>M</c>).</summary>
    Male = 2,

    /// <summary>Unknown (<c>U</c>).</summary>
    Unknown = 3,
}
