namespace MedCoding.Audit;

/// <summary>
/// Gets the accuracy rates of a set of audited encounters (one coder's or all): code level (share of the coder's codes
/// the auditor kept), encounter level (share of encounters the auditor did not change), DRG level (share with the same
/// DRG) and principal-diagnosis level (share with the same principal diagnosis); the differences by class, the shifts by
/// direction, and the payment difference.
/// </summary>
/// <remarks>Each rate is 0 over no encounters (or no codes).</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record AccuracySummary
{
    /// <summary>Gets the number of encounters.</summary>
    public required int Encounters { get; init; }

    /// <summary>Gets the number of codes the coder reported.</summary>
    public required int CodesCoded { get; init; }

    /// <summary>Gets the number of those the auditor kept.</summary>
    public required int CodesKept { get; init; }

    /// <summary>Gets the number of encounters the auditor did not change.</summary>
    public required int EncountersUnchanged { get; init; }

    /// <summary>Gets the number of encounters whose two versions group to the same DRG.</summary>
    public required int SameDrg { get; init; }

    /// <summary>Gets the number of encounters whose principal diagnosis the auditor kept.</summary>
    public required int SamePrincipalDiagnosis { get; init; }

    /// <summary>Gets the number of differences of each class (only the classes met).</summary>
    public required IReadOnlyDictionary<DifferenceKind, int> Differences { get; init; }

    /// <summary>Gets the number of encounters of each shift direction (every direction, 0 when not met).</summary>
    public required IReadOnlyDictionary<DrgShift, int> Shifts { get; init; }

    /// <summary>Gets the sum of the payment differences (auditor minus coder), or <see langword="null"/> when no encounter was priced.</summary>
    public decimal? PaymentDifference { get; init; }

    /// <summary>Gets the share of the coder's codes the auditor kept.</summary>
    public double CodeAccuracy => Rate(CodesKept, CodesCoded);

    /// <summary>Gets the share of encounters the auditor did not change.</summary>
    public double EncounterAccuracy => Rate(EncountersUnchanged, Encounters);

    /// <summary>Gets the share of encounters with the same DRG (DRG agreement).</summary>
    public double DrgAccuracy => Rate(SameDrg, Encounters);

    /// <summary>Gets the share of encounters with the same principal diagnosis.</summary>
    public double PrincipalDiagnosisAccuracy => Rate(SamePrincipalDiagnosis, Encounters);

    /// <summary>Gets the number of encounters the coder over-coded: the auditor's DRG is worth less (<see cref="DrgShift.Down"/>).</summary>
    public int OverCoded => Shifts[DrgShift.Down];

    /// <summary>Gets the number of encounters the coder under-coded: the auditor's DRG is worth more (<see cref="DrgShift.Up"/>).</summary>
    public int UnderCoded => Shifts[DrgShift.Up];

    /// <summary>Returns the summary of a set of audits.</summary>
    /// <param name="audits">The audits.</param>
    /// <returns>The summary.</returns>
    public static AccuracySummary Of(IEnumerable<EncounterAudit> audits)
    {
        ArgumentNullException.ThrowIfNull(audits);
        int encounters = 0, coded = 0, kept = 0, unchanged = 0, sameDrg = 0, samePdx = 0;
        var differences = new SortedDictionary<DifferenceKind, int>();
        var shifts = Enum.GetValues<DrgShift>().ToDictionary(s => s, _ => 0);
        decimal? payment = null;
        foreach (var audit in audits)
        {
            encounters++;
            coded += audit.CodesCoded;
            kept += audit.CodesKept;
            unchanged += audit.IsUnchanged ? 1 : 0;
            sameDrg += audit.SameDrg ? 1 : 0;
            samePdx += audit.SamePrincipalDiagnosis ? 1 : 0;
            shifts[audit.Shift]++;
            foreach (var difference in audit.Differences)
            {
                differences[difference.Kind] = differences.GetValueOrDefault(difference.Kind) + 1;
            }

            if (audit.PaymentDifference is { } amount)
            {
                payment = (payment ?? 0) + amount;
            }
        }

        return new AccuracySummary
        {
            Encounters = encounters,
            CodesCoded = coded,
            CodesKept = kept,
            EncountersUnchanged = unchanged,
            SameDrg = sameDrg,
            SamePrincipalDiagnosis = samePdx,
            Differences = differences,
            Shifts = shifts,
            PaymentDifference = payment,
        };
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
