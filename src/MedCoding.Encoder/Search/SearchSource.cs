namespace MedCoding.Encoder;

/// <summary>
/// Identifies where a search result comes from: which index, table or list a coder would have opened.
/// </summary>
public enum SearchSource
{
    /// <summary>The ICD-10-CM Alphabetic Index to Diseases and Injuries (JSON <c>index</c>).</summary>
    Index = 1,

    /// <summary>The ICD-10-CM External Cause of Injuries Index (JSON <c>external</c>).</summary>
    ExternalCause = 2,

    /// <summary>A cell of the ICD-10-CM Table of Drugs and Chemicals (JSON <c>drug</c>).</summary>
    Drug = 3,

    /// <summary>A cell of the ICD-10-CM Neoplasm Table (JSON <c>neoplasm</c>).</summary>
    Neoplasm = 4,

    /// <summary>The ICD-10-PCS Index, or an ICD-10-PCS code typed as such (JSON <c>pcs</c>).</summary>
    Pcs = 5,

    /// <summary>A title of the ICD-10-CM release in force, or a code typed as such (JSON <c>tabular</c>).</summary>
    Tabular = 6,
}
