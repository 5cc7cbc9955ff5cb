namespace MedCoding.Billing.Denials;

/// <summary>
/// Identifies the job that must act on an adjustment.
/// </summary>
public enum Job
{
    /// <summary>Nobody: an expected adjustment (contractual write-off, deductible, copay) to post, not to work.</summary>
    None = 0,

    /// <summary>The coder: the codes, modifiers or documentation must be reviewed.</summary>
    Coder = 1,

    /// <summary>The biller: coverage, filing, duplicates, coordination of benefits or missing claim data.</summary>
    Biller = 2,
}
