namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Identifies how serious a scrub finding is.
/// </summary>
public enum ScrubSeverity
{
    /// <summary>The claim would be rejected or denied: it cannot be submitted.</summary>
    Error = 1,

    /// <summary>Worth a look, but the claim can be submitted.</summary>
    Warning = 2,
}
