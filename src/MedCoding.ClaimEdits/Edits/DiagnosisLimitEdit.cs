using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks DX_LIMIT_EXCEEDED: no more diagnoses than the claim form holds.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DiagnosisLimitEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.DxLimitExceeded)];

    /// <summary>Gets the most diagnoses on a professional claim.</summary>
    /// <value>The default is 12 (837P and CMS-1500 item 21, A-L).</value>
    public int ProfessionalLimit { get; init; } = 12;

    /// <summary>Gets the most diagnoses on an institutional claim.</summary>
    /// <value>The default is 25 (837I: the principal diagnosis and 24 others).</value>
    public int InstitutionalLimit { get; init; } = 25;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var limit = claim.Type == ClaimType.Professional ? ProfessionalLimit : InstitutionalLimit;
        if (claim.Diagnoses.Count > limit)
        {
            context.Report(s_rules[0], ClaimEditContext.DiagnosisTarget(limit),
                $"The claim has {claim.Diagnoses.Count} diagnoses; a{(claim.Type == ClaimType.Professional ? " professional" : "n institutional")} claim holds at most {limit}. Diagnoses from {limit + 1} on will not be read.");
        }
    }
}
