using System.Text;

namespace MedCoding.CodeSets;

/// <summary>
/// Returns text safe to put in an error message: on one line, control characters escaped, and bounded in length.
/// Every message the SDK builds from input quotes the input through <see cref="Quote(string?, int)"/>, and every
/// exception of the SDK passes its message through <see cref="Line(string?, int)"/>.
/// </summary>
/// <remarks>
/// A control character is written as C# writes it in a literal (<c>\r</c>, <c>\n</c>, <c>\t</c>, <c>\0</c>) or as
/// <c>\uXXXX</c>; so are the line and paragraph separators (U+2028, U+2029) and unpaired surrogates. Text cut short ends
/// in an ellipsis (U+2026).
/// </remarks>
/// <threadsafety>Static and thread-safe.</threadsafety>
public static class MessageText
{
    /// <summary>Gets the most characters of a value a message quotes; the rest is left out and an ellipsis shows it.</summary>
    public const int MaxValueLength = 40;

    /// <summary>Gets the most characters of a whole message; the rest is left out and an ellipsis shows it.</summary>
    public const int MaxMessageLength = 400;

    private const char Ellipsis = '\u2026';

    /// <summary>Returns a value quoted for a message: in single quotes, escaped and cut to <paramref name="maxLength"/> characters.</summary>
    /// <param name="value">The value, as read from the input; <see langword="null"/> is written <c>(none)</c>.</param>
    /// <param name="maxLength">The most characters of the value to keep.</param>
    /// <returns>The quoted value, e.g. <c>'E11.65'</c>, <c>'a\rb'</c> or <c>'aaaaaaaa…'</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Quote(string? value, int maxLength = MaxValueLength) =>
        value is null ? "(none)" : Quote(value.AsSpan(), maxLength);

    /// <summary>Returns a value quoted for a message: in single quotes, escaped and cut to <paramref name="maxLength"/> characters.</summary>
    /// <param name="value">The value, as read from the input.</param>
    /// <param name="maxLength">The most characters of the value to keep.</param>
    /// <returns>The quoted value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Quote(ReadOnlySpan<char> value, int maxLength = MaxValueLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var text = new StringBuilder(Math.Min(value.Length, maxLength) + 8);
        text.Append('\'');
        Append(text, value, maxLength);
        return text.Append('\'').ToString();
    }

    /// <summary>Returns one character quoted for a message, escaped when it is a control character.</summary>
    /// <param name="value">The character.</param>
    /// <returns>The quoted character, e.g. <c>'X'</c> or <c>'\r'</c>.</returns>
    public static string Quote(char value) => Quote([value]);

    /// <summary>Returns a value read as UTF-8 bytes quoted for a message (invalid bytes become U+FFFD).</summary>
    /// <param name="utf8Value">The value's bytes, as read from a data file.</param>
    /// <param name="maxLength">The most characters of the value to keep.</param>
    /// <returns>The quoted value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Quote(ReadOnlySpan<byte> utf8Value, int maxLength = MaxValueLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        // Decode no more than the part that can be shown (4 bytes a character at most, and one more to know it was cut).
        var part = utf8Value.Length > (maxLength + 1) * 4 ? utf8Value[..((maxLength + 1) * 4)] : utf8Value;
        return Quote(Encoding.UTF8.GetString(part).AsSpan(), maxLength);
    }

    /// <summary>Returns a message on one line: control characters escaped and cut to <paramref name="maxLength"/> characters.</summary>
    /// <param name="message">The message; <see langword="null"/> gives an empty string.</param>
    /// <param name="maxLength">The most characters to keep.</param>
    /// <returns>The message, unchanged when it already is one safe line short enough.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Line(string? message, int maxLength = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (message is null)
        {
            return string.Empty;
        }

        if (message.Length <= maxLength && !NeedsEscape(message))
        {
            return message;
        }

        var text = new StringBuilder(Math.Min(message.Length, maxLength) + 8);
        Append(text, message, maxLength);
        return text.ToString();
    }

    /// <summary>
    /// Returns why a file could not be read, in the SDK's words rather than .NET's (whose messages are long, localised,
    /// and quote the path again).
    /// </summary>
    /// <param name="exception">The I/O or access error.</param>
    /// <returns>A short clause, e.g. "the file does not exist".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static string DescribeIOError(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            FileNotFoundException => "the file does not exist",
            DirectoryNotFoundException => "its folder does not exist",
            UnauthorizedAccessException => "access to it is denied (or it is a folder)",
            PathTooLongException => "the path is too long",
            EndOfStreamException => "it ends too early",
            _ => $"an I/O error ({exception.GetType().Name})",
        };
    }

    /// <summary>
    /// Returns the message of an SDK type's own argument check without the text .NET appends to it
    /// (<c> (Parameter 'name')</c>), on one line, for a message that wraps it.
    /// </summary>
    /// <param name="exception">The exception, thrown by the SDK's own code with a message of its own.</param>
    /// <returns>The message, e.g. "Institutional details are required for, and only for, an institutional claim.".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static string WithoutParameter(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        return Line(exception.ParamName is { } name ? message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : message);
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends the value escaped, at most <paramref name="maxLength"/> characters of escaped text, then an ellipsis if any is left out.</summary>
    private static void Append(StringBuilder text, ReadOnlySpan<char> value, int maxLength)
    {
        var written = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = !IsUnsafe(value, i) && char.IsHighSurrogate(c);
            var escape = IsUnsafe(value, i)
                ? c switch
                {
                    '\r' => @"\r",
                    '\n' => @"\n",
                    '\t' => @"\t",
                    '\0' => @"\0",
                    _ => $"\\u{(int)c:X4}",
                }
                : null;
            var length = escape?.Length ?? (pair ? 2 : 1);
            if (written + length > maxLength)
            {
                text.Append(Ellipsis);
                return;
            }

            if (escape is not null)
            {
                text.Append(escape);
            }
            else
            {
                text.Append(c);
                if (pair)
                {
                    text.Append(value[++i]);
                }
            }

            written += length;
        }
    }

    private static bool IsUnsafe(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
