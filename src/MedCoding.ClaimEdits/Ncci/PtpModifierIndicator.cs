namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Identifies whether an NCCI-associated modifier may bypass a PTP edit (the file's "Modifier" column).
/// </summary>
public enum PtpModifierIndicator
{
    /// <summary>0: no modifier bypasses the edit; the column 2 code is never paid with the column 1 code.</summary>
    NotAllowed = 0,

    /// <summary>1: an NCCI-associated modifier bypasses the edit when the circumstances justify it.</summary>
    Allowed = 1,

    /// <summary>9: the edit does not apply (it was deleted back to its effective date).</summary>
    NotApplicable = 9,
}
