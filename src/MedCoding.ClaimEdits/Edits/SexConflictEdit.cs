using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks SEX_CONFLICT: a diagnosis or ICD-10-PCS procedure whose Medicare Code Editor flags on the claim's date make it
/// male-only or female-only, on a claim for a patient of the other sex or of unknown sex (the MCE accepts a male-only code
/// only for a male patient, a female-only code only for a female one).
/// </summary>
/// <remarks>
/// For professional claims: on an institutional claim the Medicare Code Editor as a whole raises SEX_CONFLICT
/// (<see cref="MedicareCodeEditorEdit"/>). Reads the MCE release for the claim's date; when there is none, it reports <see cref="RuleCatalog.DataUnavailable"/>.
/// The MCE 43.1 tables carry the sex flags only on rows that end on 2024-09-30: CMS removed the sex edits from October 1, 2024,
/// so a claim of FY2025 or later has no sex conflict.
/// </remarks>
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
        if (claim.Type == Claims.ClaimType.Institutional || (claim.Diagnoses.Count == 0 && claim.Procedures.Count == 0) || DataAvailability.MceInForce(context, s_rules) is not { } mce)
        {
            return;
        }

        var date = claim.DateOfService;
        var sex = claim.Patient.Sex;
        var patient = sex switch
        {
            AdministrativeSex.Female => "a female patient",
            AdministrativeSex.Male => "a male patient",
            _ => "a patient of unknown sex",
        };
        foreach (var dx in context.Diagnoses)
        {
            if (dx.ParseError is null && mce.FindDiagnosis(dx.Code, date) is { } row && Conflict(row.Flags, sex) is { } only)
            {
                context.Report(s_rules[0], dx.Target,
                    $"{dx.Code} is a {only} diagnosis (Medicare Code Editor v{mce.Release.Version}) on a claim for {patient}.", dx.Diagnosis.Code);
            }
        }

        for (var i = 0; i < claim.Procedures.Count; i++)
        {
            var written = claim.Procedures[i].Code;
            if (mce.FindProcedure(written, date) is { } row && Conflict(row.Flags, sex) is { } only)
            {
                context.Report(s_rules[0], ClaimEditContext.ProcedureTarget(i),
                    $"{row.Code} is a {only} procedure (Medicare Code Editor v{mce.Release.Version}) on a claim for {patient}.", written);
            }
        }
    }

    private static string? Conflict(MceFlags flags, AdministrativeSex sex) =>
        flags.Contains(MceFlagNames.Male) && sex != AdministrativeSex.Male ? "male-only"
        : flags.Contains(MceFlagNames.Female) && sex != AdministrativeSex.Female ? "female-only"
        : null;
}
