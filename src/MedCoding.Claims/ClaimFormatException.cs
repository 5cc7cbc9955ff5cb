using MedCoding.CodeSets;

namespace MedCoding.Claims;

/// <summary>
/// The exception thrown when claim JSON is malformed or a field has the wrong shape.
/// </summary>
/// <remarks>
/// The message names the field (<c>lines[0].units</c>) and what was expected, and never repeats the
/// value: claims carry patient data. It is one line of at most <see cref="MessageText.MaxMessageLength"/> characters:
/// a field name taken from the input (an unknown field) is escaped and cut short (<see cref="MessageText"/>).
/// </remarks>
public sealed class ClaimFormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="field">The path of the field at fault, e.g. <c>lines[0].units</c>; empty for the document as a whole.</param>
    /// <param name="problem">What was wrong and what was expected.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ClaimFormatException(string field, string problem, Exception? innerException = null)
        : base(Describe(field, problem), innerException)
    {
        Field = MessageText.Line(field, MaxFieldLength);
        Problem = MessageText.Line(problem);
    }

    private const int MaxFieldLength = 120;

    /// <summary>Gets the path of the field at fault, e.g. <c>lines[0].units</c>.</summary>
    public string Field { get; }

    /// <summary>Gets what was wrong, without the field.</summary>
    public string Problem { get; }

    private static string Describe(string field, string problem) =>
        MessageText.Line(string.IsNullOrEmpty(field) ? problem : $"{MessageText.Line(field, MaxFieldLength)}: {problem}");
}
