namespace MedCoding.CodeSets;

/// <summary>
/// The exception thrown when a code asked for by indexer is not in a release.
/// </summary>
/// <remarks>Derives from <see cref="KeyNotFoundException"/> so existing handlers keep working.</remarks>
public sealed class CodeNotFoundException : KeyNotFoundException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="code">The code that was asked for.</param>
    /// <param name="release">The release that was searched.</param>
    /// <param name="reason">Why the code was not found.</param>
    public CodeNotFoundException(string code, Release release, string reason)
        : base($"{code} was not found in {release?.Name}: {reason}")
    {
        ArgumentNullException.ThrowIfNull(release);
        Code = code;
        Release = release;
    }

    /// <summary>Gets the code that was asked for.</summary>
    public string Code { get; }

    /// <summary>Gets the release that was searched.</summary>
    public Release Release { get; }
}
