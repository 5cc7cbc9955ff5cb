using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks the principal diagnosis of an institutional claim against its Medicare Code Editor flags on the claim's date:
/// DX_PRINCIPAL_UNACCEPTABLE when it is a code unacceptable as principal diagnosis (a circumstance, a status or a symptom
/// rather than the condition that occasioned the stay, e.g. F17.210 nicotine dependence), or one acceptable only with a
/// secondary diagnosis and the claim has none (the MCE's REQUIRES_SDX); DX_QUESTIONABLE_ADMISSION when it is a diagnosis
/// that rarely justifies an inpatient admission (the MCE's questionable admission).
/// </summary>
/// <remarks>
/// <para>The MCE edits inpatient claims, so professional claims, whose first-listed diagnosis follows the outpatient
/// guidelines (Z00.00 first on a preventive visit is right), are not checked.</para>
/// <para>Reads the MCE release in force on the claim's date; when there is none, it reports <see cref="RuleCatalog.DataUnavailable"/>.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PrincipalDiagnosisEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules =
        [RuleCatalog.Get(RuleCatalog.DxPrincipalUnacceptable), RuleCatalog.Get(RuleCatalog.DxQuestionableAdmission)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Claim.Type != ClaimType.Institutional || context.Claim.Diagnoses.Count == 0
            || DataAvailability.MceInForce(context, s_rules) is not { } mce
            || context.Diagnoses[0] is not { ParseError: null } principal
            || mce.FindDiagnosis(principal.Code, context.Claim.DateOfService) is not { Flags: var flags })
        {
            return;
        }

        var version = mce.Release.Version;
        if (flags.Contains(MceFlagNames.Unacceptable))
        {
            if (!flags.Contains(MceFlagNames.RequiresSecondaryDiagnosis))
            {
                context.Report(s_rules[0], principal.Target,
                    $"{principal.Code} is unacceptable as principal diagnosis (Medicare Code Editor v{version}): it does not describe the condition chiefly responsible for the admission. Make that condition the principal diagnosis and list {principal.Code} after it.",
                    principal.Diagnosis.Code);
            }
            else if (context.Claim.Diagnoses.Count == 1)
            {
                context.Report(s_rules[0], principal.Target,
                    $"{principal.Code} is acceptable as principal diagnosis only with a secondary diagnosis (Medicare Code Editor v{version}), and the claim has none: report the condition treated as a secondary diagnosis.",
                    principal.Diagnosis.Code);
            }
        }

        if (flags.Contains(MceFlagNames.QuestionableAdmission))
        {
            context.Report(s_rules[1], principal.Target,
                $"{principal.Code} as principal diagnosis is a questionable reason for an inpatient admission (Medicare Code Editor v{version}): the claim may be reviewed; check that the principal diagnosis is the condition that required the stay.",
                principal.Diagnosis.Code);
        }
    }
}
