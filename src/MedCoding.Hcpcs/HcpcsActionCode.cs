namespace MedCoding.Hcpcs;

/// <summary>
/// Identifies the change made to a code in this release: the HCPCS action code (column 293 of the alpha-numeric file).
/// </summary>
public enum HcpcsActionCode
{
    /// <summary><c>A</c>: code added.</summary>
    Added = 1,

    /// <summary><c>B</c>: change in both an administrative data field and the long description.</summary>
    AdministrativeDataAndLongDescriptionChanged = 2,

    /// <summary><c>C</c>: change in the long description.</summary>
    LongDescriptionChanged = 3,

    /// <summary><c>D</c>: code discontinued.</summary>
    Discontinued = 4,

    /// <summary><c>F</c>: change in an administrative data field.</summary>
    AdministrativeDataChanged = 5,

    /// <summary><c>N</c>: no maintenance for this code.</summary>
    NoChange = 6,

    /// <summary><c>P</c>: payment change (MOG, pricing indicator, anesthesia base units, ASC).</summary>
    PaymentChanged = 7,

    /// <summary><c>R</c>: discontinued code re-activated.</summary>
    Reactivated = 8,

    /// <summary><c>S</c>: change in the short description.</summary>
    ShortDescriptionChanged = 9,

    /// <summary><c>T</c>: miscellaneous change (BETOS, type of service).</summary>
    MiscellaneousChange = 10,
}
