namespace MedCoding.Fuzz;

/// <summary>
/// The crashes the replay has found and that are not fixed yet: each a target and the exception type it throws where
/// the parser's own typed exception belongs. The replay reports them without failing; a fixed one must be taken off
/// this list (the replay fails when a listed crash no longer occurs, so the list cannot go stale).
/// </summary>
internal static class KnownFailures
{
    /// <summary>Target name and the full name of the exception type, e.g. <c>("order-file", "System.IndexOutOfRangeException")</c>.</summary>
    public static readonly IReadOnlyList<(string Target, string Exception)> Crashes =
    [
    ];

    public static bool IsKnown(string target, Exception e) =>
        Crashes.Contains((target, e.GetType().FullName!));
}
