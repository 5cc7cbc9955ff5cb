using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>Gets the kind of a single what-if change.</summary>
public enum WhatIfChangeKind
{
    /// <summary>One diagnosis (principal or secondary) replaced by another billable code of its category.</summary>
    Replace = 1,

    /// <summary>One secondary diagnosis made the principal, the old principal taking its place among the secondaries.</summary>
    Resequence = 2,
}

/// <summary>Gets what drove a what-if change to another DRG, as the grouper's explanation shows it (any combination).</summary>
[Flags]
public enum WhatIfDrivers
{
    /// <summary>Nothing named: the DRG changed for none of the reasons below.</summary>
    None = 0,

    /// <summary>The changed diagnosis became a counted CC that sets the severity.</summary>
    BecameCc = 1,

    /// <summary>The changed diagnosis became a counted MCC that sets the severity.</summary>
    BecameMcc = 2,

    /// <summary>A secondary diagnosis excluded as a CC/MCC by the old principal diagnosis counts with the new one.</summary>
    CcExclusionLifted = 4,

    /// <summary>The MDC changed.</summary>
    MdcChanged = 8,

    /// <summary>The counted CC/MCC severity fell.</summary>
    SeverityLost = 16,

    /// <summary>The principal diagnosis led to another base DRG (another family) in the same MDC.</summary>
    BaseDrgChanged = 32,

    /// <summary>The procedure that drives the surgical DRG changed, or a procedure began or stopped driving one.</summary>
    DrivingProcedureChanged = 64,
}

/// <summary>Gets one single change to a case that gives another DRG, with the grouping that confirms it.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record WhatIfChange
{
    /// <summary>Gets the kind of change.</summary>
    public required WhatIfChangeKind Kind { get; init; }

    /// <summary>Gets the position changed: <c>pdx</c>, or <c>sdx1</c>... (for a resequence, the secondary made principal).</summary>
    public required string Position { get; init; }

    /// <summary>Gets the code at that position before the change, as the case gives it (without dots).</summary>
    public required string From { get; init; }

    /// <summary>Gets the code at that position after the change: the replacement, or for a resequence the new principal diagnosis.</summary>
    public required string To { get; init; }

    /// <summary>Gets the changed case.</summary>
    public required DrgCase Case { get; init; }

    /// <summary>Gets the grouping of the changed case: its DRG, MDC and explanation.</summary>
    public required DrgResult Result { get; init; }

    /// <summary>Gets what drove the DRG change.</summary>
    public required WhatIfDrivers Drivers { get; init; }

    /// <summary>Gets the counted CC/MCC severity gained (negative when lost): 2 from none to MCC.</summary>
    public required int SeverityGained { get; init; }

    /// <summary>Gets the relative weight of the new DRG minus the case's, or <see langword="null"/> without weights for both.</summary>
    public decimal? WeightDifference { get; init; }
}

/// <summary>Gets the DRG what-if of one case: its own grouping and every single change that gives another DRG, ranked.</summary>
/// <param name="Case">The case.</param>
/// <param name="Baseline">The case's own grouping.</param>
/// <param name="Changes">The changes that alter the DRG: by weight gained when weights are given, else by severity gained, then in case order.</param>
/// <param name="Tried">The number of changes tried, including those that keep the DRG.</param>
/// <param name="Groupings">The number of groupings run, the case's own included: fewer than <paramref name="Tried"/> when codes the grouper reads alike were grouped once.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record WhatIfAnalysis(DrgCase Case, DrgResult Baseline, IReadOnlyList<WhatIfChange> Changes, int Tried, int Groupings);
