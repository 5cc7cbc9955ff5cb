namespace MedCoding.ClaimEdits;

/// <summary>
/// Identifies how serious a finding is.
/// </summary>
public enum Severity
{
    /// <summary>Review: the claim may be paid, but a coder should look (a possible duplicate, an exempt code with a POA value).</summary>
    Warning = 1,

    /// <summary>The payer will reject the claim or deny the line as it stands.</summary>
    Error = 2,
}
