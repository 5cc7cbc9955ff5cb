namespace MedCoding.Cli;

/// <summary>The process exit codes of <c>medcoding</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was found.</summary>
    public const int Success = 0;

    /// <summary>
    /// At least one code was not found or was malformed; the others were answered. For a case file (<c>drg group</c>,
    /// <c>mce</c>): at least one row could not be read and was skipped, or a result differs from the file's expected one
    /// (<c>mce --check</c>, <c>drg group</c>); the other cases were answered.
    /// </summary>
    public const int NotFound = 1;

    /// <summary>The command line was wrong, an input file is missing or unreadable (a case file without its header), or the data could not be loaded.</summary>
    public const int Failure = 2;

    /// <summary><c>scrub</c>: no error was found, but some checks could not run (no data in force on the claim's date): the claim was not fully checked.</summary>
    public const int NotFullyChecked = 3;
}
