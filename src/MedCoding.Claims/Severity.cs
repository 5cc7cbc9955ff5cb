namespace MedCoding.Claims;

/// <summary>
/// Identifies how serious a finding about a claim is: whether it blocks submission. The claim edits report
/// findings with it, and the billing lifecycle's scrub report carries it.
/// </summary>
/// <remarks>Values are explicit and stable.</remarks>
public enum Severity
{
    /// <summary>Review: the claim may be paid, but a coder should look (a possible duplicate, an exempt code with a POA value); the claim can be submitted.</summary>
    Warning = 1,

    /// <summary>The payer will reject the claim or deny the line as it stands: the claim cannot be submitted.</summary>
    Error = 2,
}
