using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks SEX_CONFLICT: a diagnosis or ICD-10-PCS procedure on the Medicare Code Editor's female-only or
/// male-only list for a patient of the other sex. A patient of unknown sex is not checked.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record SexConflictEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.SexConflict)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        if (context.Data.Mce is not { } mce || claim.Patient.Sex == AdministrativeSex.Unknown)
        {
            return;
        }

        var (otherList, listName, sexName) = claim.Patient.Sex == AdministrativeSex.Female
            ? (MceCodeLists.MaleOnly, "male-only", "female")
            : (MceCodeLists.FemaleOnly, "female-only", "male");
        foreach (var dx in context.Diagnoses)
        {
            if (dx.ParseError is null && mce.ListsDiagnosis(otherList, dx.Code))
            {
                context.Report(s_rules[0], dx.Target,
                    $"{dx.Code} is a {listName} diagnosis (Medicare Code Editor v{mce.Version}) on a claim for a {sexName} patient.", dx.Diagnosis.Code);
            }
        }

        for (var i = 0; i < claim.Procedures.Count; i++)
        {
            var code = claim.Procedures[i].Code.Trim().ToUpperInvariant();
            if (mce.ListsProcedure(otherList, code))
            {
                context.Report(s_rules[0], ClaimEditContext.ProcedureTarget(i),
                    $"{code} is a {listName} procedure (Medicare Code Editor v{mce.Version}) on a claim for a {sexName} patient.", claim.Procedures[i].Code);
            }
        }
    }
}
