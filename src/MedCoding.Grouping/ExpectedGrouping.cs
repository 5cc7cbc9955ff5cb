namespace MedCoding.Grouping;

/// <summary>Gets the grouping CMS's grouper gave a case in an expected-results file.</summary>
/// <param name="Drg">The expected DRG.</param>
/// <param name="Mdc">The expected MDC.</param>
/// <param name="ReturnCode">The expected return code.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ExpectedGrouping(int Drg, int Mdc, GrouperReturnCode ReturnCode)
{
    /// <summary>Returns whether a result has the same DRG, MDC and return code.</summary>
    /// <param name="result">The result to compare.</param>
    /// <returns><see langword="true"/> when all three agree.</returns>
    public bool Matches(DrgResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Drg == Drg && result.Mdc == Mdc && result.ReturnCode == ReturnCode;
    }
}
