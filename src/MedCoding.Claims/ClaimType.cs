namespace MedCoding.Claims;

/// <summary>
/// Identifies the kind of claim: the form a service is billed on.
/// </summary>
public enum ClaimType
{
    /// <summary>A professional claim (CMS-1500, 837P): physician and supplier services.</summary>
    Professional = 1,

    /// <summary>An institutional claim (UB-04, 837I): hospital and facility services.</summary>
    Institutional = 2,
}
