namespace MedCoding.Grouping;

/// <summary>Gets the severity a secondary diagnosis can add to a case.</summary>
public enum Severity
{
    /// <summary>Not a complication or comorbidity (CMS writes <c>NCC</c>).</summary>
    None = 0,

    /// <summary>A complication or comorbidity (<c>CC</c>).</summary>
    Cc = 1,

    /// <summary>A major complication or comorbidity (<c>MCC</c>).</summary>
    Mcc = 2,
}
