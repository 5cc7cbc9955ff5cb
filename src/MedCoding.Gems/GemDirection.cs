namespace MedCoding.Gems;

/// <summary>
/// Identifies the direction of a General Equivalence Mapping.
/// </summary>
public enum GemDirection
{
    /// <summary>ICD-9-CM to ICD-10-CM, the forward mapping (<c>2018_I9gem.txt</c>).</summary>
    Icd9ToIcd10 = 1,

    /// <summary>ICD-10-CM to ICD-9-CM, the backward mapping (<c>2018_I10gem.txt</c>).</summary>
    Icd10ToIcd9 = 2,
}
