namespace MedCoding.Grouping;

/// <summary>Gets what a matched DRG formula did.</summary>
public enum GroupingStepOutcome
{
    /// <summary>The formula assigned a DRG.</summary>
    AssignDrg = 0,

    /// <summary>The formula sent grouping to another MDC (multiple significant trauma, HIV, unrelated O.R. ...).</summary>
    Reroute = 1,

    /// <summary>The formula found an error: the case cannot group.</summary>
    Error = 2,
}
