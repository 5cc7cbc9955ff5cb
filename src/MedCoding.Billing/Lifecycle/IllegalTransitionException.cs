namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// The exception thrown when a claim is asked to make a move its lifecycle does not allow.
/// </summary>
/// <remarks>The message names the statuses and the reason, never the claim's patient data.</remarks>
public sealed class IllegalTransitionException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The status asked for.</param>
    /// <param name="reason">Why the move is not allowed.</param>
    public IllegalTransitionException(ClaimStatus from, ClaimStatus to, string reason)
        : base($"A claim cannot move from {from} to {to}: {reason}")
    {
        From = from;
        To = to;
        Reason = reason;
    }

    /// <summary>Gets the current status.</summary>
    public ClaimStatus From { get; }

    /// <summary>Gets the status asked for.</summary>
    public ClaimStatus To { get; }

    /// <summary>Gets why the move is not allowed.</summary>
    public string Reason { get; }
}
