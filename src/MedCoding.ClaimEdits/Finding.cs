using MedCoding.Claims;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns one finding of a claim edit: what is wrong, where, how serious, and where possible how to fix it.
/// </summary>
/// <remarks>
/// Findings never carry patient data: the message names codes, positions and rules, never the birth date.
/// </remarks>
/// <param name="RuleId">
/// The error code: the stable rule id from <see cref="RuleCatalog"/> (<c>DX_EXCLUDES1</c>), or the code a
/// caller mapped it to with <see cref="ClaimEditorBuilder.WithErrorCode"/>.
/// </param>
/// <param name="Severity">Whether the payer will reject or deny (error), or a coder should review (warning).</param>
/// <param name="Target">
/// What the finding concerns, as a path into the claim's JSON form: <c>diagnoses[1]</c>, <c>lines[0]</c>,
/// <c>procedures[0]</c>, or <c>claim</c> for the claim as a whole (0-based, like FluentValidation's property names).
/// </param>
/// <param name="Message">A message a coder understands.</param>
/// <param name="AttemptedValue">The code or modifier at fault as written on the claim, if any.</param>
/// <param name="Suggestions">Codes or values that would fix the finding (the billable codes under a header), possibly empty.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Target,
    string Message,
    string? AttemptedValue,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>Gets a value indicating whether the finding is an error.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>Returns the finding on one line, e.g. <c>error DX_NOT_BILLABLE diagnoses[0]: ...</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{(IsError ? "error" : "warning")} {RuleId} {Target}: {Message}";
}
