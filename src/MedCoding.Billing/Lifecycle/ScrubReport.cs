using System.Text.Json.Serialization;
using MedCoding.Claims;

namespace MedCoding.Billing.Lifecycle;

/// <summary>
/// Returns the result of scrubbing a claim (running the claim edits): its findings, errors first or not.
/// </summary>
/// <remarks>
/// This is the lifecycle's view of a claim-editor result, so that the billing domain does not depend on
/// a particular editor: map each editor finding to a <see cref="ScrubFinding"/> with its rule id,
/// severity, target and message.
/// </remarks>
/// <threadsafety>Immutable and thread-safe: the list is copied on construction.</threadsafety>
public sealed record ScrubReport
{
    /// <summary>Initializes a report.</summary>
    /// <param name="findings">The findings, none for a clean claim.</param>
    public ScrubReport(IReadOnlyList<ScrubFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings.ToArray();
        if (Findings.Any(f => f is null))
        {
            throw new ArgumentException("A finding is null.", nameof(findings));
        }
    }

    /// <summary>Gets a report without findings.</summary>
    public static ScrubReport Clean { get; } = new([]);

    /// <summary>Gets the findings.</summary>
    public IReadOnlyList<ScrubFinding> Findings { get; }

    /// <summary>Gets whether any finding is an error, which blocks submission.</summary>
    [JsonIgnore]
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <inheritdoc />
    public bool Equals(ScrubReport? other) => other is not null && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => Findings.Count;
}
