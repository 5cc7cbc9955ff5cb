using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm;

/// <summary>
/// Returns the answer to "this code, on this date of service": found and billable, found but a header,
/// not valid in the release in force that day, malformed, or no release in force that day.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CodeOnDate
{
    internal CodeOnDate(string input, DateOnly dateOfService, CodeOnDateStatus status, Release? release, Icd10CmRelease? source, CodeEntry? entry, string message)
    {
        Input = input;
        DateOfService = dateOfService;
        Status = status;
        Release = release;
        Source = source;
        Entry = entry;
        Message = message;
    }

    /// <summary>Gets the code as given.</summary>
    public string Input { get; }

    /// <summary>Gets the date of service asked about.</summary>
    public DateOnly DateOfService { get; }

    /// <summary>Gets the answer.</summary>
    public CodeOnDateStatus Status { get; }

    /// <summary>
    /// Gets the release that was asked: the one in force on the date, with the dates it is in force (a release ends early
    /// when a mid-year update replaces it), or <see langword="null"/> when none is in force that day.
    /// </summary>
    public Release? Release { get; }

    /// <summary>Gets the loaded release that was asked, or <see langword="null"/> when none is in force that day.</summary>
    public Icd10CmRelease? Source { get; }

    /// <summary>Gets the entry, when the code is in the release.</summary>
    public CodeEntry? Entry { get; }

    /// <summary>Gets a value indicating whether the code is in the release in force on the date (billable or a header).</summary>
    public bool IsFound => Entry is not null;

    /// <summary>Gets a value indicating whether the code may be reported on a claim with this date of service.</summary>
    public bool IsBillable => Status == CodeOnDateStatus.Billable;

    /// <summary>Gets the answer in words, naming the release asked.</summary>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The answer in words.</returns>
    public override string ToString() => Message;
}

/// <summary>
/// Identifies the answer to "this code, on this date of service".
/// </summary>
public enum CodeOnDateStatus
{
    /// <summary>The code is in the release in force and is billable (valid for HIPAA-covered transactions).</summary>
    Billable = 1,

    /// <summary>The code is in the release in force but is a header: code to a greater specificity.</summary>
    Header = 2,

    /// <summary>The code is well formed but not in the release in force on that date.</summary>
    NotInRelease = 3,

    /// <summary>The input is not an ICD-10-CM code.</summary>
    Malformed = 4,

    /// <summary>No known release is in force on that date (before the first, after the last, or in a gap).</summary>
    NoReleaseInForce = 5,
}
