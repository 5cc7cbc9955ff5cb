namespace MedCoding.Grouping;

/// <summary>Gets the complication or comorbidity (CC/MCC) severity a secondary diagnosis can add to an inpatient case.</summary>
public enum CcSeverity
{
    /// <summary>Not a complication or comorbidity (CMS writes <c>NCC</c>).</summary>
    None = 0,

    /// <summary>A complication or comorbidity (<c>CC</c>).</summary>
    Cc = 1,

    /// <summary>A major complication or comorbidity (<c>MCC</c>).</summary>
    Mcc = 2,
}
