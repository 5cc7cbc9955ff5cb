namespace MedCoding.Billing;

/// <summary>
/// Identifies how a dependent patient is related to the subscriber (PAT01 individual relationship code).
/// </summary>
/// <remarks>The values are the X12 codes, except <see cref="Other"/> (<c>G8</c>).</remarks>
public enum PatientRelationship
{
    /// <summary>Spouse (<c>01</c>).</summary>
    Spouse = 1,

    /// <summary>Child (<c>19</c>).</summary>
    Child = 19,

    /// <summary>Employee (<c>20</c>).</summary>
    Employee = 20,

    /// <summary>Unknown (<c>21</c>).</summary>
    Unknown = 21,

    /// <summary>Organ donor (<c>39</c>).</summary>
    OrganDonor = 39,

    /// <summary>Cadaver donor (<c>40</c>).</summary>
    CadaverDonor = 40,

    /// <summary>Life partner (<c>53</c>).</summary>
    LifePartner = 53,

    /// <summary>Other relationship (<c>G8</c>).</summary>
    Other = 100,
}
