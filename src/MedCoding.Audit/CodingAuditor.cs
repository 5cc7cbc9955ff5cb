using MedCoding.CodeSets;
using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>
/// Gets the coding audit: compares a coder's version of an inpatient case with an auditor's, classifies every
/// difference, groups both with the MS-DRG grouper and reports the DRG shift, the codes that caused it and, with relative
/// weights and a base rate, the payment difference.
/// </summary>
/// <remarks>
/// <para>
/// Both versions are grouped with the grouper's version in force on each one's discharge date (see
/// <see cref="MsDrgGrouper.Group(DrgCase)"/>). The shift is <see cref="DrgShift.Up"/> when the auditor's DRG is worth more
/// (the coder under-coded): by relative weight when the table weighs both DRGs, else by counted CC/MCC severity within one
/// MS-DRG family, else by DRG number within the family; DRGs of two families without weights are
/// <see cref="DrgShift.Indeterminate"/>.
/// </para>
/// <para>Load once and share: any number of threads may audit at once if the grouper allows it (ours does).</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CodingAuditor
{
    /// <summary>Initializes an auditor.</summary>
    /// <param name="grouper">The MS-DRG grouper.</param>
    /// <param name="weights">The relative weights (CMS's Table 5), or <see langword="null"/> to order DRGs by severity within a family.</param>
    /// <param name="baseRate">The hospital's base rate in dollars, for the payment difference; needs <paramref name="weights"/>.</param>
    /// <exception cref="ArgumentException">A base rate without weights.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A base rate that is not positive.</exception>
    public CodingAuditor(IDrgGrouper grouper, RelativeWeightTable? weights = null, decimal? baseRate = null)
    {
        ArgumentNullException.ThrowIfNull(grouper);
        if (baseRate is { } rate)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate, nameof(baseRate));
            if (weights is null)
            {
                throw new ArgumentException("A base rate needs relative weights to price a DRG.", nameof(baseRate));
            }
        }

        Grouper = grouper;
        Weights = weights;
        BaseRate = baseRate;
    }

    /// <summary>Gets the grouper both versions are grouped with.</summary>
    public IDrgGrouper Grouper { get; }

    /// <summary>Gets the relative weights, or <see langword="null"/>.</summary>
    public RelativeWeightTable? Weights { get; }

    /// <summary>Gets the base rate in dollars, or <see langword="null"/>.</summary>
    public decimal? BaseRate { get; }

    /// <summary>Returns the audit of one encounter.</summary>
    /// <param name="coded">The coder's version.</param>
    /// <param name="audited">The auditor's version.</param>
    /// <returns>The differences, both groupings, the shift and its causes, and the payment difference when weights and a base rate are given.</returns>
    /// <exception cref="NoReleaseInForceException">No MS-DRG version is in force on a version's discharge date.</exception>
    public EncounterAudit Audit(DrgCase coded, DrgCase audited)
    {
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(audited);
        var codedResult = Grouper.Group(coded);
        var auditedResult = Grouper.Group(audited);
        var differences = CaseDifferences.Compare(coded, audited, out var codesCoded, out var codesKept);
        var codedWeight = Weights?.WeightOf(codedResult.Drg);
        var auditedWeight = Weights?.WeightOf(auditedResult.Drg);
        return new EncounterAudit
        {
            Coded = coded,
            Audited = audited,
            CodedResult = codedResult,
            AuditedResult = auditedResult,
            Differences = differences,
            Shift = DrgComparison.Shift(codedResult, auditedResult, Weights),
            ShiftCauses = ShiftCauses.Find(coded, codedResult, audited, auditedResult),
            CodedWeight = codedWeight,
            AuditedWeight = auditedWeight,
            PaymentDifference = BaseRate is { } rate && codedWeight is { } from && auditedWeight is { } to ? decimal.Round((to - from) * rate, 2) : null,
            CodesCoded = codesCoded,
            CodesKept = codesKept,
        };
    }

    /// <summary>Returns the audit of a batch of encounters: each one's audit and the accuracy rates per coder and overall.</summary>
    /// <param name="pairs">The encounters, each with its coder and both versions.</param>
    /// <returns>The audits, in input order, and their summaries.</returns>
    /// <exception cref="NoReleaseInForceException">No MS-DRG version is in force on a version's discharge date.</exception>
    public BatchAudit AuditBatch(IEnumerable<AuditPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var audits = pairs.Select(p => new PairAudit(p, Audit(p.Coded, p.Audited))).ToList();
        var coders = audits
            .GroupBy(a => a.Pair.Coder, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => AccuracySummary.Of(g.Select(a => a.Audit)), StringComparer.Ordinal);
        return new BatchAudit(audits, AccuracySummary.Of(audits.Select(a => a.Audit)), coders);
    }
}
