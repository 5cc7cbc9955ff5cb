namespace MedCoding.Billing.X12;

/// <summary>
/// Identifies how the payer processed a claim (CLP02); the values are the X12 codes.
/// </summary>
public enum RemittanceClaimStatus
{
    /// <summary>Processed as primary (<c>1</c>).</summary>
    ProcessedAsPrimary = 1,

    /// <summary>Processed as secondary (<c>2</c>).</summary>
    ProcessedAsSecondary = 2,

    /// <summary>Processed as tertiary (<c>3</c>).</summary>
    ProcessedAsTertiary = 3,

    /// <summary>Denied (<c>4</c>).</summary>
    Denied = 4,

    /// <summary>Processed as primary and forwarded to another payer (<c>19</c>).</summary>
    ProcessedAsPrimaryForwarded = 19,

    /// <summary>Processed as secondary and forwarded (<c>20</c>).</summary>
    ProcessedAsSecondaryForwarded = 20,

    /// <summary>Processed as tertiary and forwarded (<c>21</c>).</summary>
    ProcessedAsTertiaryForwarded = 21,

    /// <summary>Reversal of a previous payment (<c>22</c>).</summary>
    Reversal = 22,

    /// <summary>Not our claim, forwarded to another payer (<c>23</c>).</summary>
    NotOurClaimForwarded = 23,

    /// <summary>Predetermination pricing only, no payment (<c>25</c>).</summary>
    PredeterminationPricingOnly = 25,
}
