namespace MedCoding.Billing.Denials;

/// <summary>
/// Identifies why a payer adjusted a claim, grouped the way the work is divided.
/// </summary>
public enum DenialCause
{
    /// <summary>No cause in the routing table: the biller looks first.</summary>
    Unclassified = 0,

    /// <summary>Coder: the service is bundled into, or mutually exclusive with, another one (NCCI).</summary>
    Bundling = 1,

    /// <summary>Coder: the diagnosis does not support the procedure.</summary>
    DiagnosisInconsistentWithProcedure = 2,

    /// <summary>Coder: a modifier is missing, invalid or inconsistent with the procedure.</summary>
    MissingOrInvalidModifier = 3,

    /// <summary>Coder: the service is not medically necessary as coded, or exceeds the units supported.</summary>
    MedicalNecessity = 4,

    /// <summary>Coder: a code is invalid, deleted, or inconsistent with the patient's age or sex.</summary>
    InvalidCode = 5,

    /// <summary>Biller: the claim was filed after the payer's timely-filing limit.</summary>
    TimelyFiling = 20,

    /// <summary>Biller: the claim or service duplicates one already submitted.</summary>
    Duplicate = 21,

    /// <summary>Biller: the patient was not covered by this payer on the date of service.</summary>
    Eligibility = 22,

    /// <summary>Biller: another payer is primary, or the prior payer's adjudication is missing.</summary>
    CoordinationOfBenefits = 23,

    /// <summary>Biller: the claim lacks information or has billing errors.</summary>
    MissingInformation = 24,

    /// <summary>Biller: a required authorization or referral is missing.</summary>
    Authorization = 25,

    /// <summary>Biller: the service is not covered by the patient's plan.</summary>
    NotCovered = 26,

    /// <summary>No work: the amount over the contracted fee schedule.</summary>
    Contractual = 40,

    /// <summary>No work: the patient's deductible, coinsurance or copay, to bill the patient.</summary>
    PatientShare = 41,
}
