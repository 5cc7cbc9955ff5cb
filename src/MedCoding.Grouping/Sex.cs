namespace MedCoding.Grouping;

/// <summary>Gets the patient's sex as the grouper reads it.</summary>
public enum Sex
{
    /// <summary>Not given or not known; a principal diagnosis whose MDC depends on sex cannot group.</summary>
    Unknown = 0,

    /// <summary>Male (<c>M</c>).</summary>
    Male = 1,

    /// <summary>Female (<c>F</c>).</summary>
    Female = 2,
}
