namespace MedCoding.Billing.X12;

/// <summary>
/// Identifies who an adjustment is charged to (CAS01 claim adjustment group code).
/// </summary>
public enum AdjustmentGroup
{
    /// <summary><c>CO</c>: contractual obligation; the provider writes it off and may not bill the patient.</summary>
    ContractualObligation = 1,

    /// <summary><c>PR</c>: patient responsibility; billed to the patient (deductible, coinsurance, copay).</summary>
    PatientResponsibility = 2,

    /// <summary><c>OA</c>: other adjustment, when neither CO nor PR applies.</summary>
    OtherAdjustment = 3,

    /// <summary><c>PI</c>: payer-initiated reduction the payer believes the patient is not responsible for, outside a contract.</summary>
    PayerInitiatedReduction = 4,
}
