namespace MedCoding.Hcpcs.Modifiers;

/// <summary>
/// Identifies what a modifier does on a claim line; a modifier may fall into several categories.
/// </summary>
/// <remarks>
/// The categories are the SDK's classification, following CMS's payment policy and the NCCI Policy Manual
/// (chapter I, "NCCI-associated modifiers"); they are not a field of the HCPCS file.
/// </remarks>
[Flags]
public enum ModifierCategory
{
    /// <summary>None of the categories below: an informational or statistical modifier.</summary>
    None = 0,

    /// <summary>Changes how the line is priced (26, TC, 50, 51, 52, 53, 62, 80, AS...).</summary>
    Pricing = 1,

    /// <summary>Names the part of the body treated: LT, RT, E1-E4, FA and F1-F9, TA and T1-T9, LC, LD, LM, RC, RI.</summary>
    Anatomic = 2,

    /// <summary>May bypass an NCCI procedure-to-procedure edit: the anatomic modifiers, the global surgery modifiers 24, 25, 57, 58, 78, 79, and 27, 59, 91, XE, XS, XP, XU.</summary>
    NcciAssociated = 4,

    /// <summary>Concerns the global surgical period: 24, 25, 54, 55, 56, 57, 58, 78, 79.</summary>
    GlobalSurgery = 8,
}
