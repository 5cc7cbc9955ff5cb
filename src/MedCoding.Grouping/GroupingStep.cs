namespace MedCoding.Grouping;

/// <summary>Gets one decision on the grouping path: a DRG formula that matched and what it did.</summary>
/// <param name="Mdc">The MDC whose formulas were being read (0 = pre-MDC, 29 = unrelated O.R., 99 = errors).</param>
/// <param name="Rank">The formula's rank in that MDC (the surgical hierarchy).</param>
/// <param name="Formula">The formula as CMS writes it.</param>
/// <param name="Description">What the match did, in words.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record GroupingStep(int Mdc, int Rank, string Formula, string Description)
{
    /// <summary>Returns the step as one line of text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"MDC {Mdc:00} rank {Rank}: {Formula} -> {Description}";
}
