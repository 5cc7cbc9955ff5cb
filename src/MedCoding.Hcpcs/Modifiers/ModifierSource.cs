namespace MedCoding.Hcpcs.Modifiers;

/// <summary>
/// Identifies which code set a modifier belongs to.
/// </summary>
public enum ModifierSource
{
    /// <summary>A CPT (Level I) modifier: two digits (<c>25</c>, <c>59</c>).</summary>
    Cpt = 1,

    /// <summary>A HCPCS Level II modifier: two characters, at least one a letter (<c>LT</c>, <c>XS</c>, <c>E1</c>, <c>F5</c>).</summary>
    HcpcsLevel2 = 2,
}
