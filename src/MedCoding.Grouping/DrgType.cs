namespace MedCoding.Grouping;

/// <summary>Gets whether a DRG is medical or surgical.</summary>
public enum DrgType
{
    /// <summary>Neither: the ungroupable DRG 999 (CMS writes <c>NA</c>).</summary>
    None = 0,

    /// <summary>A medical DRG (<c>MEDICAL</c>).</summary>
    Medical = 1,

    /// <summary>A surgical DRG, reached through an O.R. procedure (<c>SURGICAL</c>).</summary>
    Surgical = 2,
}
