namespace MedCoding.Grouping;

/// <summary>Gets a diagnosis's present-on-admission (POA) indicator.</summary>
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
