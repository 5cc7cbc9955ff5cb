namespace MedCoding.CodeSets;

/// <summary>
/// Returns the names coders use for each <see cref="CodeSystem"/>.
/// </summary>
public static class CodeSystemExtensions
{
    /// <summary>
    /// Returns the official display name of a code system, such as <c>ICD-10-CM</c>.
    /// </summary>
    /// <param name="system">The code system.</param>
    /// <returns>The display name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined value.</exception>
    public static string DisplayName(this CodeSystem system) => system switch
    {
        CodeSystem.Icd10Cm => "ICD-10-CM",
        CodeSystem.Icd10Pcs => "ICD-10-PCS",
        CodeSystem.HcpcsLevel2 => "HCPCS Level II",
        CodeSystem.Cpt => "CPT",
        CodeSystem.Icd9Cm => "ICD-9-CM",
        CodeSystem.DiagnosisGems => "Diagnosis GEMs",
        CodeSystem.PoaExemptList => "POA-exempt list",
        CodeSystem.MedicareCodeEditor => "MCE",
        CodeSystem.MsDrg => "MS-DRG",
        CodeSystem.Icd10CmIndex => "ICD-10-CM Index",
        CodeSystem.Icd10CmExternalCauseIndex => "ICD-10-CM External Cause Index",
        CodeSystem.Icd10CmDrugTable => "ICD-10-CM Table of Drugs and Chemicals",
        CodeSystem.Icd10CmNeoplasmTable => "ICD-10-CM Neoplasm Table",
        CodeSystem.Icd10PcsIndex => "ICD-10-PCS Index",
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown code system."),
    };
}
