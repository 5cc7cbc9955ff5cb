using System.Globalization;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks the present-on-admission indicators of an institutional claim: POA_MISSING when a code that is
/// not exempt has none, POA_INVALID when the value is not a defined <see cref="PresentOnAdmission"/> (or is 1,
/// "exempt", for a code that is not), POA_EXEMPT_REPORTED when a code on the POA-exempt list carries Y, N, U or W.
/// </summary>
/// <remarks>
/// Reads the POA-exempt list in force on the claim's date (<see cref="ClaimEditData.PoaExempt"/>). When there is none (no
/// list for that fiscal year, or no lists configured), the edit cannot run and says so: a
/// <see cref="RuleCatalog.DataUnavailable"/> finding names its rules and the date.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PresentOnAdmissionEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules =
        [RuleCatalog.Get(RuleCatalog.PoaMissing), RuleCatalog.Get(RuleCatalog.PoaInvalid), RuleCatalog.Get(RuleCatalog.PoaExemptReported)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        if (claim.Type != ClaimType.Institutional || claim.Diagnoses.Count == 0)
        {
            return;
        }

        if (context.Data.PoaExempt is not { } source)
        {
            context.ReportDataUnavailable(s_rules, DataAvailability.NotConfigured("POA-exempt list", nameof(ClaimEditData.PoaExempt), claim.DateOfService));
            return;
        }

        if (source.FindInForceOn(claim.DateOfService) is not { } list)
        {
            context.ReportDataUnavailable(s_rules, new NoReleaseInForceException(CodeSystem.PoaExemptList, claim.DateOfService, source.Releases).Message);
            return;
        }

        foreach (var dx in context.Diagnoses)
        {
            if (dx.ParseError is not null)
            {
                continue;
            }

            var exempt = list.Contains(dx.Code);
            var poa = dx.Diagnosis.PresentOnAdmission;
            if (!Enum.IsDefined(poa))
            {
                var value = ((int)poa).ToString(CultureInfo.InvariantCulture);
                context.Report(s_rules[1], dx.Target, $"The value {value} is not a present-on-admission indicator for {dx.Code}: use Y, N, U or W{(exempt ? ", or leave it blank (the code is exempt)" : string.Empty)}.", value);
            }
            else if (exempt && poa.IsReported())
            {
                context.Report(s_rules[2], dx.Target, $"{dx.Code} is exempt from POA reporting: leave its indicator blank (or 1) rather than {poa.ToClaimValue()}.", poa.ToClaimValue());
            }
            else if (!exempt && poa == PresentOnAdmission.NotReported)
            {
                context.Report(s_rules[0], dx.Target, $"{dx.Code} needs a present-on-admission indicator (Y, N, U or W): it is not on the POA-exempt list.");
            }
            else if (!exempt && poa == PresentOnAdmission.Exempt)
            {
                context.Report(s_rules[1], dx.Target, $"{dx.Code} is not exempt from POA reporting, so 1 (exempt) is not valid: use Y, N, U or W.", poa.ToClaimValue());
            }
        }
    }
}
