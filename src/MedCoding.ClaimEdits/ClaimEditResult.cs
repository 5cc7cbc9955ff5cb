using MedCoding.Claims;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns the outcome of running the claim edits over one claim (the shape of FluentValidation's <c>ValidationResult</c>).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ClaimEditResult
{
    internal ClaimEditResult(IReadOnlyList<Finding> findings, IReadOnlyList<string>? uncheckedRules = null)
    {
        Findings = findings;
        UncheckedRules = uncheckedRules ?? [];
        var errors = 0;
        foreach (var finding in findings)
        {
            if (finding.IsError)
            {
                errors++;
            }
        }

        ErrorCount = errors;
    }

    /// <summary>Gets every finding, in the order of the edits and then of the claim.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no edit found an error (warnings may remain).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>
    /// Gets the ids of the rules that ran but could not check this claim because the data they need is not available
    /// for it (no release in force on its date, or no data configured): each is named by a
    /// <see cref="RuleCatalog.DataUnavailable"/> finding too, unless that rule was disabled.
    /// </summary>
    /// <value>Catalogue ids (<c>POA_MISSING</c>, <c>AGE_CONFLICT</c>...), in the order the edits ran; empty when every rule that ran could check the claim.</value>
    public IReadOnlyList<string> UncheckedRules { get; }

    /// <summary>
    /// Gets a value indicating whether every rule that ran could check the claim. <see langword="false"/> means that the
    /// absence of some findings proves nothing (see <see cref="UncheckedRules"/>): a claim can be valid and not fully checked.
    /// </summary>
    public bool IsFullyChecked => UncheckedRules.Count == 0;

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the findings of severity <see cref="Severity.Error"/>.</summary>
    public IEnumerable<Finding> Errors => Findings.Where(f => f.IsError);

    /// <summary>Gets the findings of severity <see cref="Severity.Warning"/>.</summary>
    public IEnumerable<Finding> Warnings => Findings.Where(f => !f.IsError);

    /// <summary>Returns the findings of one rule.</summary>
    /// <param name="ruleId">The rule id (or the error code it was mapped to).</param>
    /// <returns>The findings with that id.</returns>
    public IEnumerable<Finding> For(string ruleId) => Findings.Where(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal));

    /// <summary>Returns the number of findings and errors, and of rules that could not check the claim.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        IsFullyChecked ? $"{Findings.Count} findings, {ErrorCount} errors" : $"{Findings.Count} findings, {ErrorCount} errors, {UncheckedRules.Count} rules not checked";
}
