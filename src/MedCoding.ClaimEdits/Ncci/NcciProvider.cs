namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Identifies which NCCI PTP or MUE file a table came from.
/// </summary>
public enum NcciProvider
{
    /// <summary>Practitioner services (and ambulatory surgical centers): professional claims.</summary>
    Practitioner = 1,

    /// <summary>Hospital outpatient services (OPPS): institutional claims.</summary>
    Hospital = 2,

    /// <summary>Durable medical equipment suppliers (MUE only).</summary>
    DurableMedicalEquipment = 3,
}
