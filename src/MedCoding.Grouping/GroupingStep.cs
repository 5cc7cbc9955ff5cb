namespace MedCoding.Grouping;

/// <summary>Gets one decision on the grouping path: a DRG formula that matched and what it did.</summary>
/// <param name="Mdc">The MDC whose formulas were being read (0 = pre-MDC, 29 = unrelated O.R., 99 = errors).</param>
/// <param name="Rank">The formula's rank in that MDC (the surgical hierarchy).</param>
/// <param name="Formula">The formula as CMS writes it.</param>
/// <param name="Outcome">What the match did.</param>
/// <param name="Target">The DRG assigned, or the MDC rerouted to; 0 for an error.</param>
/// <param name="TargetTitle">The title of the DRG or MDC, or the CMS name of the return code for an error.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record GroupingStep(int Mdc, int Rank, string Formula, GroupingStepOutcome Outcome, int Target, string TargetTitle)
{
    /// <summary>Gets what the match did, in words: <c>DRG 470 Major Hip and Knee Joint Replacement ...</c>, <c>reroute to MDC 24 ...</c> or <c>cannot group: DX_CANNOT_BE_PDX</c>.</summary>
    public string Description => Outcome switch
    {
        GroupingStepOutcome.AssignDrg => $"DRG {Target:000} {TargetTitle}",
        GroupingStepOutcome.Reroute => $"reroute to MDC {Target:00} {TargetTitle}".TrimEnd(),
        _ => $"cannot group: {TargetTitle}",
    };

    /// <summary>Returns the step as one line of text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"MDC {Mdc:00} rank {Rank}: {Formula} -> {Description}";
}
