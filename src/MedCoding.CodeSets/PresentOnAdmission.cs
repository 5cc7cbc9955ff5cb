namespace MedCoding.CodeSets;

/// <summary>
/// Identifies a diagnosis's present-on-admission (POA) indicator, as claims report it and as the claim edits and
/// the MS-DRG grouper read it.
/// </summary>
/// <remarks>
/// Values are explicit and stable. <see cref="PresentOnAdmissionExtensions.ToClaimValue"/> and
/// <see cref="PresentOnAdmissionExtensions.TryParse"/> convert to and from the claim's letters
/// (<c>Y</c>, <c>N</c>, <c>U</c>, <c>W</c>, <c>1</c>, blank).
/// </remarks>
public enum PresentOnAdmission
{
    /// <summary>No indicator was reported (blank).</summary>
    NotReported = 0,

    /// <summary><c>Y</c>: present at the time of inpatient admission.</summary>
    Yes = 1,

    /// <summary><c>N</c>: not present at the time of inpatient admission.</summary>
    No = 2,

    /// <summary><c>U</c>: documentation is insufficient to tell.</summary>
    Unknown = 3,

    /// <summary><c>W</c>: clinically undetermined.</summary>
    ClinicallyUndetermined = 4,

    /// <summary><c>1</c>: the code is exempt from POA reporting.</summary>
    Exempt = 5,
}
