namespace MedCoding.Billing;

/// <summary>
/// Identifies the claim frequency code (CLM05-3, the third digit of the type of bill): original, replacement or void.
/// </summary>
/// <remarks>The values are the X12 codes.</remarks>
public enum ClaimFrequency
{
    /// <summary>An original claim (<c>1</c>).</summary>
    Original = 1,

    /// <summary>A replacement of a prior claim (<c>7</c>); names the payer's claim number of the claim it replaces.</summary>
    Replacement = 7,

    /// <summary>A void or cancel of a prior claim (<c>8</c>); names the payer's claim number of the claim it voids.</summary>
    Void = 8,
}
