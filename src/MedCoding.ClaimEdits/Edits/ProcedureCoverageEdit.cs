using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks the ICD-10-PCS procedures of an institutional claim against their Medicare Code Editor flags on the claim's date:
/// PROC_NONCOVERED for a procedure Medicare does not cover (always; for a patient over 60; with certain diagnoses on the
/// claim; a pancreas transplant without a kidney transplant or type 1 diabetes; the artificial-heart pair outside a clinical
/// trial), else PROC_LIMITED_COVERAGE for one whose coverage Medicare limits (organ transplants, heart assist implants; the
/// artificial-heart pair in a clinical trial).
/// </summary>
/// <remarks>
/// <para>The conditions are the MCE's, as verified on CMS's MCE 43.1 cases (<c>msdrg/v43/mce/cases/README.md</c>, items 12
/// and 13). Reads the MCE release in force on the claim's date; when there is none, it reports
/// <see cref="RuleCatalog.DataUnavailable"/>. The message names the condition, never the patient's age.</para>
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
        if (claim.Type != ClaimType.Institutional || claim.Procedures.Count == 0 || DataAvailability.MceInForce(context, s_rules) is not { } mce)
        {
            return;
        }

        var date = claim.DateOfService;
        var version = mce.Release.Version;
        var procedures = new MceCode?[claim.Procedures.Count];
        for (var i = 0; i < procedures.Length; i++)
        {
            procedures[i] = mce.FindProcedure(claim.Procedures[i].Code, date);
        }

        var diagnoses = context.Diagnoses.Select(dx => dx.ParseError is null ? mce.FindDiagnosis(dx.Code, date) : null).Where(r => r is not null).Select(r => r!.Value).ToArray();
        bool AnyDiagnosis(string flag) => diagnoses.Any(d => d.Flags.Contains(flag));
        bool AnyProcedure(string flag) => procedures.Any(p => p is { } row && row.Flags.Contains(flag));
        var artificialHeartPair = AnyProcedure(MceFlagNames.ArtificialHeartFirst) && AnyProcedure(MceFlagNames.ArtificialHeartSecond);
        var clinicalTrial = AnyDiagnosis(MceFlagNames.ClinicalTrial);

        for (var i = 0; i < procedures.Length; i++)
        {
            if (procedures[i] is not { } row)
            {
                continue;
            }

            var written = claim.Procedures[i].Code;
            var target = ClaimEditContext.ProcedureTarget(i);
            var heart = IsArtificialHeart(row.Flags);
            var noncovered = NonCovered(row, claim.Patient.AgeOn(claim.Procedures[i].Date ?? date) > 60);
            if (noncovered is not null)
            {
                context.Report(s_rules[0], target, noncovered, written);
            }
            else if (row.Flags.Contains(MceFlagNames.LimitedCoverage) || (heart && artificialHeartPair && clinicalTrial))
            {
                context.Report(s_rules[1], target,
                    $"{row.Code} is a procedure whose Medicare coverage is limited (Medicare Code Editor v{version}): Medicare pays only when its coverage conditions are met (for a transplant, an approved transplant center); expect review.",
                    written);
            }
        }

        string? NonCovered(MceCode row, bool over60)
        {
            var (code, flags) = (row.Code, row.Flags);
            if (flags.Contains(MceFlagNames.NonCovered))
            {
                return $"{code} is a procedure Medicare does not cover (Medicare Code Editor v{version}).";
            }

            if (flags.Contains(MceFlagNames.NonCoveredUnlessKidneyTransplantOrType1Diabetes) && !AnyProcedure(MceFlagNames.KidneyTransplant) && !AnyDiagnosis(MceFlagNames.Type1Diabetes))
            {
                return $"{code} is not covered by Medicare unless the claim also has a kidney transplant or a diagnosis of type 1 diabetes (Medicare Code Editor v{version}).";
            }

            foreach (var flag in (ReadOnlySpan<string>)[MceFlagNames.NonCoveredWithDiagnosis6, MceFlagNames.NonCoveredWithSterilization, MceFlagNames.NonCoveredWithDiagnosis7])
            {
                if (flags.Contains(flag) && diagnoses.FirstOrDefault(d => d.Flags.Contains(flag)) is { Code: not null } diagnosis)
                {
                    return $"{code} is not covered by Medicare with {Icd10CmCode.ToDotted(diagnosis.Code)} on the claim (Medicare Code Editor v{version}).";
                }
            }

            if (flags.Contains(MceFlagNames.NonCoveredOver60) && over60)
            {
                return $"{code} is not covered by Medicare for a patient over 60 (Medicare Code Editor v{version}).";
            }

            return IsArtificialHeart(flags) && artificialHeartPair && !clinicalTrial
                ? $"{code} with the other procedure of the artificial-heart pair is covered by Medicare only in a clinical trial, and no diagnosis of the claim records one (Medicare Code Editor v{version})."
                : null;
        }
    }

    private static bool IsArtificialHeart(MceFlags flags) =>
        flags.Contains(MceFlagNames.ArtificialHeartFirst) || flags.Contains(MceFlagNames.ArtificialHeartSecond);
}
