namespace MedCoding.Hcpcs;

/// <summary>
/// Identifies a code's Medicare coverage status: the HCPCS coverage code (column 230 of the alpha-numeric file).
/// </summary>
public enum HcpcsCoverage
{
    /// <summary><c>C</c>: carrier judgment.</summary>
    CarrierJudgment = 1,

    /// <summary><c>D</c>: special coverage instructions apply.</summary>
    SpecialCoverageInstructions = 2,

    /// <summary><c>I</c>: not payable by Medicare.</summary>
    NotPayableByMedicare = 3,

    /// <summary><c>M</c>: non-covered by Medicare.</summary>
    NotCoveredByMedicare = 4,

    /// <summary><c>S</c>: non-covered by Medicare statute.</summary>
    NotCoveredByStatute = 5,
}
