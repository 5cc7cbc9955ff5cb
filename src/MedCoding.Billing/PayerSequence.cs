namespace MedCoding.Billing;

/// <summary>
/// Identifies which payer this is for the patient (SBR01): primary, secondary or tertiary.
/// </summary>
public enum PayerSequence
{
    /// <summary>The primary payer (<c>P</c>).</summary>
    Primary = 1,

    /// <summary>The secondary payer (<c>S</c>).</summary>
    Secondary = 2,

    /// <summary>The tertiary payer (<c>T</c>).</summary>
    Tertiary = 3,
}
