namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns one claim edit: a class that checks a claim and reports findings. Built-in edits live in
/// <see cref="Edits"/>; payer-specific edits implement this interface too.
/// </summary>
/// <remarks>
/// <para>An edit reads the claim and the data through the <see cref="ClaimEditContext"/> and reports
/// through <see cref="ClaimEditContext.Report"/>; it never changes the claim (the claim model is immutable).</para>
/// <para>Implementations must be thread-safe: one editor checks many claims at once.</para>
/// </remarks>
public interface IClaimEdit
{
    /// <summary>Gets the rules this edit can report; their rule sets decide when the edit runs.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Checks one claim and reports what is wrong.</summary>
    /// <param name="context">The claim, the data in force on its date of service, and where to report.</param>
    void Check(ClaimEditContext context);
}
