namespace MedCoding.Encoder;

/// <summary>
/// Identifies which of the coder's indexes an <see cref="AlphabeticIndex"/> is: the ICD-10-CM Alphabetic Index of
/// diseases and injuries, its External Cause Index, Table of Drugs and Chemicals and Neoplasm Table, or the ICD-10-PCS Index.
/// </summary>
/// <remarks>Values are explicit and stable: they are written into compiled data files.</remarks>
public enum IndexKind
{
    /// <summary>The ICD-10-CM Alphabetic Index of diseases and injuries (<c>icd10cm_index_YYYY.xml</c>).</summary>
    Diseases = 1,

    /// <summary>The ICD-10-CM External Cause of Injuries Index (<c>icd10cm_eindex_YYYY.xml</c>).</summary>
    ExternalCauses = 2,

    /// <summary>
    /// The ICD-10-CM Table of Drugs and Chemicals (<c>icd10cm_drug_YYYY.xml</c>, or CMS's CSV of it): six code columns,
    /// poisoning accidental (unintentional), intentional self-harm, assault and undetermined, adverse effect, underdosing.
    /// </summary>
    Drugs = 3,

    /// <summary>
    /// The ICD-10-CM Neoplasm Table (<c>icd10cm_neoplasm_YYYY.xml</c>): six code columns, malignant primary, malignant
    /// secondary, ca in situ, benign, uncertain behavior, unspecified behavior.
    /// </summary>
    Neoplasms = 4,

    /// <summary>The ICD-10-PCS Index (<c>icd10pcs_index_YYYY.xml</c>): terms lead to codes, tables and partial codes.</summary>
    Procedures = 5,
}
