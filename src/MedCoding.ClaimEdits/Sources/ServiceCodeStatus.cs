using System.Collections.Frozen;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Identifies what is known about a CPT or HCPCS code on a service line.
/// </summary>
public enum ServiceCodeStatus
{
    /// <summary>Not a code: wrong shape, or absent from the code list that covers it.</summary>
    Unknown = 0,

    /// <summary>In the code list that covers it.</summary>
    Known = 1,

    /// <summary>The shape of a code, but no list is loaded to check it against (CPT without a licensed file).</summary>
    WellFormed = 2,
}
