using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>
/// Gets the audit of one inpatient encounter: every difference between the coder's version and the auditor's, the
/// grouping of each, the DRG shift and the codes that caused it, and with relative weights the payment difference.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record EncounterAudit
{
    /// <summary>Gets the coder's version of the case.</summary>
    public required DrgCase Coded { get; init; }

    /// <summary>Gets the auditor's version of the case.</summary>
    public required DrgCase Audited { get; init; }

    /// <summary>Gets the grouping of the coder's version: its DRG, MDC, counted CC/MCC level and explanation.</summary>
    public required DrgResult CodedResult { get; init; }

    /// <summary>Gets the grouping of the auditor's version.</summary>
    public required DrgResult AuditedResult { get; init; }

    /// <summary>Gets every difference, principal diagnosis first, then secondary diagnoses, procedures and discharge status.</summary>
    public required IReadOnlyList<CodingDifference> Differences { get; init; }

    /// <summary>Gets the direction of the DRG from the coder's version to the auditor's (see <see cref="DrgShift"/>).</summary>
    public required DrgShift Shift { get; init; }

    /// <summary>Gets the codes that moved the DRG, as the two groupings' explanations show (empty when the DRG did not change).</summary>
    public required IReadOnlyList<ShiftCause> ShiftCauses { get; init; }

    /// <summary>Gets the relative weight of the coder's DRG, or <see langword="null"/> without weights or when the table does not weigh it.</summary>
    public decimal? CodedWeight { get; init; }

    /// <summary>Gets the relative weight of the auditor's DRG, or <see langword="null"/>.</summary>
    public decimal? AuditedWeight { get; init; }

    /// <summary>Gets the auditor's payment minus the coder's (weight difference times base rate), or <see langword="null"/> without both weights and a base rate.</summary>
    public decimal? PaymentDifference { get; init; }

    /// <summary>Gets how many codes the coder reported: the principal and secondary diagnoses and the procedures.</summary>
    public required int CodesCoded { get; init; }

    /// <summary>Gets how many of the coder's codes the auditor kept, in any position.</summary>
    public required int CodesKept { get; init; }

    /// <summary>Gets whether the auditor changed nothing.</summary>
    public bool IsUnchanged => Differences.Count == 0;

    /// <summary>Gets whether both versions group to the same DRG.</summary>
    public bool SameDrg => CodedResult.Drg == AuditedResult.Drg;

    /// <summary>Gets whether the auditor kept the coder's principal diagnosis.</summary>
    public bool SamePrincipalDiagnosis => Codes.Normalize(Coded.PrincipalDiagnosis.Code) == Codes.Normalize(Audited.PrincipalDiagnosis.Code);
}
