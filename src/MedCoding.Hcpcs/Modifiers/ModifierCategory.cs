namespace MedCoding.Hcpcs.Modifiers;

/// <summary>
/// Identifies what a modifier does on a claim line; a modifier may fall into several categories. The one
/// classification of modifiers in the SDK: the modifier catalogue, the claim edits (NCCI bundling, modifier
/// conflicts) and the CLI all read it.
/// </summary>
/// <remarks>
/// <para>
/// The categories are the SDK's classification, following CMS's payment policy and the NCCI Policy Manual
/// (chapter I, "NCCI-associated modifiers"); they are not a field of the HCPCS file. <see cref="ModifierCatalog.Categorize"/>
/// gives the categories of any modifier code.
/// </para>
/// <para>
/// The first four flags are groups of modifiers; the six after them each name the role of one or a few modifiers
/// that the claim edits need to recognise (<see cref="Bilateral"/> is 50 only, <see cref="Left"/> LT only...).
/// Whether a modifier is CPT (Level I) or HCPCS Level II is not a category: see <see cref="ModifierSource"/>.
/// Values are explicit and stable.
/// </para>
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

    /// <summary>May bypass an NCCI procedure-to-procedure edit whose modifier indicator is 1: the anatomic modifiers, the global surgery modifiers 24, 25, 57, 58, 78, 79, and 27, 59, 91, XE, XS, XP, XU.</summary>
    NcciAssociated = 4,

    /// <summary>Concerns the global surgical period: 24, 25, 54, 55, 56, 57, 58, 78, 79.</summary>
    GlobalSurgery = 8,

    /// <summary>A bilateral procedure: 50.</summary>
    Bilateral = 16,

    /// <summary>The professional component: 26.</summary>
    ProfessionalComponent = 32,

    /// <summary>The technical component: TC.</summary>
    TechnicalComponent = 64,

    /// <summary>A repeat of the same service on the same day: 76, 77, 91.</summary>
    Repeat = 128,

    /// <summary>The left side: LT.</summary>
    Left = 256,

    /// <summary>The right side: RT.</summary>
    Right = 512,
}
