using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;
using MedCoding.ClaimEdits.Sources;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks PROC_UNKNOWN: each ICD-10-PCS procedure is valid on its date, and each line's CPT/HCPCS code is
/// known (or, without a code list, has the shape of one).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ProcedureCodeEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.ProcUnknown)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        if (context.Data.Icd10Pcs is { } pcs)
        {
            for (var i = 0; i < claim.Procedures.Count; i++)
            {
                var procedure = claim.Procedures[i];
                var date = procedure.Date ?? claim.DateOfService;
                if (pcs.TryGetInForceOn(date, out var release, out _)
                    && !(PcsCode.TryParse(procedure.Code, out var parsed) && release.Find(parsed) is { Kind: EntryKind.Code }))
                {
                    context.Report(s_rules[0], ClaimEditContext.ProcedureTarget(i),
                        $"{procedure.Code} is not a valid ICD-10-PCS code on the date of the procedure.", procedure.Code);
                }
            }
        }

        var services = context.Data.ServiceCodes ?? ServiceCodeSet.ShapeOnly;
        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            if (services.Check(line.Code, claim.DateOfServiceOf(line)) == ServiceCodeStatus.Unknown)
            {
                context.Report(s_rules[0], ClaimEditContext.LineTarget(i),
                    $"{line.Code} is not a known CPT or HCPCS code on the line's date of service.", line.Code);
            }
        }
    }
}
