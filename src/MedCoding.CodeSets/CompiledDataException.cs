namespace MedCoding.CodeSets;

/// <summary>
/// The exception thrown when a compiled data file (written by <c>medcoding data compile</c> or
/// <c>Icd10CmRelease</c>) cannot be read: it is truncated, corrupted,
/// not a compiled data file at all, or written in a format version this library does not read.
/// </summary>
/// <remarks>
/// Derives from <see cref="IOException"/> (the BCL's <see cref="InvalidDataException"/> is sealed), so
/// handlers of file errors catch it. A load that throws this exception returns nothing: a release is never
/// half loaded.
/// </remarks>
public sealed class CompiledDataException : IOException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="problem">What kind of problem was found.</param>
    /// <param name="message">What was wrong and what was expected.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CompiledDataException(CompiledDataProblem problem, string message, Exception? innerException = null)
        : base(MessageText.Line(message), innerException)
    {
        Problem = problem;
    }

    /// <summary>Gets what kind of problem was found.</summary>
    public CompiledDataProblem Problem { get; }
}

/// <summary>
/// Identifies why a compiled data file was rejected.
/// </summary>
public enum CompiledDataProblem
{
    /// <summary>The file does not start with the compiled-data magic bytes: it is some other file.</summary>
    WrongMagic = 1,

    /// <summary>The file was written in a format version this library does not read (usually a newer one).</summary>
    UnsupportedVersion = 2,

    /// <summary>The file ends before the length its header announces.</summary>
    Truncated = 3,

    /// <summary>The payload does not match the checksum in the header: the file was altered or damaged.</summary>
    ChecksumMismatch = 4,

    /// <summary>The checksum matched but the content is not what the format describes (a writer bug, or a required field is missing).</summary>
    Malformed = 5,
}
