using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks the ICD-10-PCS procedures of an institutional claim against the Medicare Code Editor's coverage lists:
/// PROC_NONCOVERED for a procedure Medicare never covers, or does not cover for a patient over 60 (lumbar
/// artificial disc replacement); PROC_LIMITED_COVERAGE for one whose coverage Medicare limits (organ
/// transplants, heart assist implants).
/// </summary>
/// <remarks>
/// The MCE's other non-covered edits depend on diagnoses or the length of stay, which its simple lists do not
/// carry, and are not checked. The message names the list, never the patient's age.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ProcedureCoverageEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules =
        [RuleCatalog.Get(RuleCatalog.ProcNoncovered), RuleCatalog.Get(RuleCatalog.ProcLimitedCoverage)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        if (context.Data.Mce is not { } mce || claim.Type != ClaimType.Institutional || claim.Procedures.Count == 0)
        {
            return;
        }

        for (var i = 0; i < claim.Procedures.Count; i++)
        {
            var written = claim.Procedures[i].Code;
            var code = written.Trim().ToUpperInvariant();
            var target = ClaimEditContext.ProcedureTarget(i);
            if (mce.ListsProcedure(MceCodeLists.NoncoveredAlways, code))
            {
                context.Report(s_rules[0], target, $"{code} is a procedure Medicare does not cover (Medicare Code Editor v{mce.Version}).", written);
            }
            else if (mce.ListsProcedure(MceCodeLists.NoncoveredOver60, code) && claim.Patient.AgeOn(claim.Procedures[i].Date ?? claim.DateOfService) > 60)
            {
                context.Report(s_rules[0], target, $"{code} is not covered by Medicare for a patient over 60 (Medicare Code Editor v{mce.Version}).", written);
            }

            if (mce.ListsProcedure(MceCodeLists.LimitedCoverage, code))
            {
                context.Report(s_rules[1], target,
                    $"{code} is a procedure whose Medicare coverage is limited (Medicare Code Editor v{mce.Version}): Medicare pays only when its coverage conditions are met (for a transplant, an approved transplant center); expect review.",
                    written);
            }
        }
    }
}
