namespace MedCoding.Icd10Pcs;

/// <summary>
/// Identifies one of the seven character positions (axes) of an ICD-10-PCS code.
/// </summary>
/// <remarks>
/// The names are those of the Medical and Surgical section. Other sections call some positions
/// otherwise (Imaging has Type, Contrast; Placement has Body Region, Device...): the title a table gives
/// each position is in <see cref="PcsAxisValue.AxisTitle"/>. Values are the 1-based positions.
/// </remarks>
public enum PcsAxis
{
    /// <summary>Character 1: the section (<c>0</c> = Medical and Surgical).</summary>
    Section = 1,

    /// <summary>Character 2: the body system (or section qualifier).</summary>
    BodySystem = 2,

    /// <summary>Character 3: the root operation (or type, modality).</summary>
    RootOperation = 3,

    /// <summary>Character 4: the body part (or body region, treatment site).</summary>
    BodyPart = 4,

    /// <summary>Character 5: the approach (or contrast, duration, qualifier).</summary>
    Approach = 5,

    /// <summary>Character 6: the device (or substance, equipment, function).</summary>
    Device = 6,

    /// <summary>Character 7: the qualifier.</summary>
    Qualifier = 7,
}
