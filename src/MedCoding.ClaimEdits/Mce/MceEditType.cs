namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns the Medicare Code Editor's verdict on a claim as a whole: whether its edits stop payment (prepayment), are
/// reviewed after payment (postpayment), both, none, or the claim could not be edited at all (its discharge date).
/// </summary>
public enum MceEditType
{
    /// <summary><c>NONE</c>: no counted edit has an edit type (no edit, or only <c>INVALID_ADMIT_DX</c>).</summary>
    None,

    /// <summary><c>PREPAYMENT</c>: every typed edit stops payment; the claim is returned to the hospital.</summary>
    Prepayment,

    /// <summary><c>POSTPAYMENT</c>: every typed edit is reviewed after payment.</summary>
    Postpayment,

    /// <summary><c>BOTH</c>: prepayment and postpayment edits.</summary>
    Both,

    /// <summary><c>INVALID_DISCHARGE_DATE</c>: the discharge date is missing or outside the dates the MCE version edits; no edit was applied.</summary>
    InvalidDischargeDate,
}
