namespace MedCoding.CodeSets;

/// <summary>
/// Identifies a medical code system.
/// </summary>
/// <remarks>Values are explicit and stable: they are written into compiled data files.</remarks>
public enum CodeSystem
{
    /// <summary>ICD-10-CM: the US clinical modification of ICD-10, for diagnoses.</summary>
    Icd10Cm = 1,

    /// <summary>ICD-10-PCS: the US procedure coding system for inpatient procedures.</summary>
    Icd10Pcs = 2,

    /// <summary>HCPCS Level II: services, supplies and drugs not covered by CPT.</summary>
    HcpcsLevel2 = 3,

    /// <summary>CPT: the AMA's Current Procedural Terminology (HCPCS Level I).</summary>
    Cpt = 4,

    /// <summary>ICD-9-CM diagnoses, kept for the historical crosswalks.</summary>
    Icd9Cm = 5,
}
