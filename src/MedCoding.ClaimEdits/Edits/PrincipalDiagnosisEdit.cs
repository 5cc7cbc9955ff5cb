using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks the principal diagnosis of an institutional claim against the Medicare Code Editor's lists:
/// DX_PRINCIPAL_UNACCEPTABLE when it is a code unacceptable as principal diagnosis (a circumstance, a status or a
/// symptom rather than the condition that occasioned the stay, e.g. F17.210 nicotine dependence), and
/// DX_QUESTIONABLE_ADMISSION when it is a diagnosis that rarely justifies an inpatient admission (e.g. I10).
/// </summary>
/// <remarks>
/// The MCE edits inpatient claims, so professional claims, whose first-listed diagnosis follows the outpatient
/// guidelines (Z00.00 first on a preventive visit is right), are not checked.
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
        if (context.Data.Mce is not { } mce || context.Claim.Type != ClaimType.Institutional
            || context.Diagnoses.Count == 0 || context.Diagnoses[0] is not { ParseError: null } principal)
        {
            return;
        }

        if (mce.ListsDiagnosis(MceCodeLists.PrincipalUnacceptable, principal.Code))
        {
            context.Report(s_rules[0], principal.Target,
                $"{principal.Code} is unacceptable as principal diagnosis (Medicare Code Editor v{mce.Version}): it does not describe the condition chiefly responsible for the admission. Make that condition the principal diagnosis and list {principal.Code} after it.",
                principal.Diagnosis.Code);
        }

        if (mce.ListsDiagnosis(MceCodeLists.PrincipalQuestionableAdmit, principal.Code))
        {
            context.Report(s_rules[1], principal.Target,
                $"{principal.Code} as principal diagnosis is a questionable reason for an inpatient admission (Medicare Code Editor v{mce.Version}): the claim may be reviewed; check that the principal diagnosis is the condition that required the stay.",
                principal.Diagnosis.Code);
        }
    }
}
