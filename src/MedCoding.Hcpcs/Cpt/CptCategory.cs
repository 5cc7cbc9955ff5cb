namespace MedCoding.Hcpcs.Cpt;

/// <summary>
/// Identifies the kind of CPT code its shape shows.
/// </summary>
public enum CptCategory
{
    /// <summary>Category I: five digits (<c>99213</c>), services and procedures.</summary>
    CategoryI = 1,

    /// <summary>Category II: four digits and F (<c>1234F</c>), performance measurement.</summary>
    CategoryII = 2,

    /// <summary>Category III: four digits and T (<c>0123T</c>), emerging technology.</summary>
    CategoryIII = 3,

    /// <summary>Proprietary Laboratory Analyses: four digits and U (<c>0001U</c>).</summary>
    ProprietaryLaboratoryAnalysis = 4,
}
