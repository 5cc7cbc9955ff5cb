using MedCoding.ClaimEdits.Mce;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks the first-listed (principal) diagnosis: DX_MANIFESTATION_FIRST when it is a manifestation code,
/// which is sequenced after its underlying condition (the flag of the Medicare Code Editor release in force on the claim's
/// date, if any, and titles "in diseases classified elsewhere"); DX_EXTERNAL_CAUSE_FIRST when it is an external cause code
/// (V00-Y99), which is never first-listed. For professional claims: on an institutional claim the Medicare Code Editor raises
/// both (MANIFESTATION_AS_PDX, E_CODE_AS_PDX; <see cref="MedicareCodeEditorEdit"/>).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DiagnosisSequenceEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules =
        [RuleCatalog.Get(RuleCatalog.DxManifestationFirst), RuleCatalog.Get(RuleCatalog.DxExternalCauseFirst)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Claim.Type == Claims.ClaimType.Institutional || context.Diagnoses.Count == 0 || context.Diagnoses[0] is not { ParseError: null } first)
        {
            return;
        }

        const string role = "first-listed";
        var manifestation = DataAvailability.FindMceInForce(context)?.FindDiagnosis(first.Code, context.Claim.DateOfService) is { } row && row.Flags.Contains(MceFlagNames.Manifestation)
            || (first.Entry?.Title.Contains("in diseases classified elsewhere", StringComparison.OrdinalIgnoreCase) ?? false);
        if (manifestation)
        {
            context.Report(s_rules[0], first.Target,
                $"{first.Code} is a manifestation code and cannot be the {role} diagnosis: list the underlying condition first, then {first.Code}.",
                first.Diagnosis.Code);
        }

        if (first.Code.Value[0] is 'V' or 'W' or 'X' or 'Y')
        {
            context.Report(s_rules[1], first.Target,
                $"{first.Code} is an external cause code (V00-Y99): it is never the {role} diagnosis; list the injury or condition first.",
                first.Diagnosis.Code);
        }
    }
}
