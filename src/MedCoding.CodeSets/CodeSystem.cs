namespace MedCoding.CodeSets;

/// <summary>
/// Identifies a medical code system, or a data set CMS releases with one (GEMs, POA-exempt list, MCE, MS-DRG): what a
/// <see cref="Release"/> is a release of.
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

    /// <summary>The ICD-9-CM/ICD-10-CM diagnosis General Equivalence Mappings (GEMs), released by CMS with ICD-10-CM.</summary>
    DiagnosisGems = 6,

    /// <summary>CMS's list of ICD-10-CM codes exempt from present-on-admission reporting, released each fiscal year.</summary>
    PoaExemptList = 7,

    /// <summary>The Medicare Code Editor (MCE) tables, released with each MS-DRG version.</summary>
    MedicareCodeEditor = 8,

    /// <summary>The MS-DRG classification: the grouper's tables, one release per MS-DRG version.</summary>
    MsDrg = 9,

    /// <summary>The ICD-10-CM Alphabetic Index of diseases and injuries, released by CDC with each fiscal year's ICD-10-CM.</summary>
    Icd10CmIndex = 10,

    /// <summary>The ICD-10-CM External Cause of Injuries Index.</summary>
    Icd10CmExternalCauseIndex = 11,

    /// <summary>The ICD-10-CM Table of Drugs and Chemicals.</summary>
    Icd10CmDrugTable = 12,

    /// <summary>The ICD-10-CM Neoplasm Table.</summary>
    Icd10CmNeoplasmTable = 13,

    /// <summary>The ICD-10-PCS Index, released by CMS with each fiscal year's ICD-10-PCS.</summary>
    Icd10PcsIndex = 14,
}
