namespace MedCoding.Billing;

/// <summary>
/// Returns a payer's deadlines: how long after the service a claim may be filed, and how long after a decision an appeal may be filed.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PayerSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="timelyFilingDays">Days after the date of service (institutional: the through date) within which the claim must be filed.</param>
    /// <param name="appealDays">Days after the payer's decision within which an appeal must be filed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not between 1 and 3650 days.</exception>
    public PayerSettings(int timelyFilingDays, int appealDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timelyFilingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timelyFilingDays, 3650);
        ArgumentOutOfRangeException.ThrowIfLessThan(appealDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(appealDays, 3650);
        TimelyFilingDays = timelyFilingDays;
        AppealDays = appealDays;
    }

    /// <summary>Gets the settings of original Medicare: 365 days to file, 120 days to ask for a redetermination.</summary>
    public static PayerSettings Medicare { get; } = new(365, 120);

    /// <summary>Gets the days after the date of service within which the claim must be filed.</summary>
    public int TimelyFilingDays { get; }

    /// <summary>Gets the days after the payer's decision within which an appeal must be filed.</summary>
    public int AppealDays { get; }

    /// <summary>Returns the last day a claim for a service on <paramref name="serviceDate"/> may be filed.</summary>
    /// <param name="serviceDate">The date of service (institutional: the statement through date).</param>
    /// <returns>The last day, inclusive.</returns>
    public DateOnly TimelyFilingDeadline(DateOnly serviceDate) => serviceDate.AddDays(TimelyFilingDays);

    /// <summary>Returns the last day an appeal of a decision made on <paramref name="decisionDate"/> may be filed.</summary>
    /// <param name="decisionDate">The date of the payer's decision (the remittance date).</param>
    /// <returns>The last day, inclusive.</returns>
    public DateOnly AppealDeadline(DateOnly decisionDate) => decisionDate.AddDays(AppealDays);
}
