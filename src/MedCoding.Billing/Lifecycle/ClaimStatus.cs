namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Identifies where a claim is in its life, from draft to closed.
/// </summary>
/// <remarks>See <see cref="ClaimTransitions"/> for the moves allowed between them.</remarks>
public enum ClaimStatus
{
    /// <summary>Being built or corrected by the biller.</summary>
    Draft = 1,

    /// <summary>Run through the claim edits; submittable only when the scrub found no errors.</summary>
    Scrubbed = 2,

    /// <summary>Sent to the clearinghouse.</summary>
    Submitted = 3,

    /// <summary>Accepted by the clearinghouse and forwarded to the payer.</summary>
    Accepted = 4,

    /// <summary>Rejected by the clearinghouse (front-end edit); to be corrected and resubmitted.</summary>
    Rejected = 5,

    /// <summary>Adjudicated and paid in full (after contractual adjustments).</summary>
    Paid = 6,

    /// <summary>Adjudicated and paid in part: some lines or amounts denied.</summary>
    PartiallyPaid = 7,

    /// <summary>Adjudicated and denied.</summary>
    Denied = 8,

    /// <summary>An appeal of the payer's decision is pending.</summary>
    Appealed = 9,

    /// <summary>Worked to the end; nothing more to do.</summary>
    Closed = 10,

    /// <summary>Replaced by a corrected claim (frequency 7).</summary>
    Replaced = 11,

    /// <summary>Voided (frequency 8).</summary>
    Voided = 12,
}
