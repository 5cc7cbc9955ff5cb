using System.Collections.Frozen;
using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Identifies what a modifier does, as far as the claim edits care. A modifier may be in several categories.
/// </summary>
[Flags]
public enum ModifierCategories
{
    /// <summary>None of the categories below.</summary>
    None = 0,

    /// <summary>A CPT (Level I) modifier: two digits.</summary>
    LevelI = 1,

    /// <summary>A HCPCS Level II modifier.</summary>
    LevelII = 2,

    /// <summary>Names a body site or side (LT, RT, E1-E4, FA-F9, TA-T9, LC, LD, LM, RC, RI).</summary>
    Anatomic = 4,

    /// <summary>A bilateral procedure (50).</summary>
    Bilateral = 8,

    /// <summary>Bypasses an NCCI PTP edit whose modifier indicator is 1 (the NCCI Policy Manual's list).</summary>
    NcciAssociated = 16,

    /// <summary>The professional component (26).</summary>
    ProfessionalComponent = 32,

    /// <summary>The technical component (TC).</summary>
    TechnicalComponent = 64,

    /// <summary>A repeat of the same service on the same day (76, 77, 91).</summary>
    Repeat = 128,

    /// <summary>The left side (LT).</summary>
    Left = 256,

    /// <summary>The right side (RT).</summary>
    Right = 512,
}
