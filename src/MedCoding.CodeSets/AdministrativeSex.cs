namespace MedCoding.CodeSets;

/// <summary>
/// Identifies the patient's sex as claims report it (X12 codes <c>F</c>, <c>M</c>, <c>U</c>), and as the claim edits
/// (the Medicare Code Editor's sex edits) and the MS-DRG grouper read it.
/// </summary>
/// <remarks>
/// Values are explicit and stable; the default value is <see cref="Unknown"/>.
/// <see cref="AdministrativeSexExtensions.ToClaimValue"/> and <see cref="AdministrativeSexExtensions.TryParse"/>
/// convert to and from the claim's letters.
/// </remarks>
public enum AdministrativeSex
{
    /// <summary>Unknown or not given (<c>U</c>): the sex edits do not apply, and a principal diagnosis whose MDC depends on sex cannot group.</summary>
    Unknown = 0,

    /// <summary>Female (<c>F</c>).</summary>
    Female = 1,

    /// <summary>Male (<c>M</c>).</summary>
    Male = 2,
}
