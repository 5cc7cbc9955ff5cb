using System.Diagnostics.CodeAnalysis;

namespace MedCoding.CodeSets;

/// <summary>
/// Returns a normalised ICD-9-CM diagnosis code value: upper case, without the dot, as the GEMs files write it (<c>25000</c>).
/// </summary>
/// <remarks>
/// <para>ICD-9-CM diagnosis codes come in three shapes, each with its dot in its own place:</para>
/// <list type="table">
/// <item><term>numeric</term><description>three digits, then up to two after the dot: <c>250.00</c>, <c>001.0</c>, <c>042</c></description></item>
/// <item><term>V codes</term><description>V and two digits, then up to two after the dot: <c>V01.0</c>, <c>V58.67</c></description></item>
/// <item><term>E codes</term><description>E and three digits, then up to one after the dot: <c>E800.0</c>, <c>E849</c></description></item>
/// </list>
/// <para>
/// <c>"250.00"</c>, <c>"25000"</c> and <c>" 250.00 "</c> all give the same code, whose <see cref="ToString"/> is
/// <c>250.00</c>. Whether the code exists is a question for a code set such as the GEMs.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct Icd9CmCode : IEquatable<Icd9CmCode>
{
    private readonly string? _value;

    private Icd9CmCode(string value) => _value = value;

    /// <summary>Gets the code without its dot, e.g. <c>25000</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (empty) value rather than a parsed code.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>
    /// Returns the code parsed from user input, or the reason it was rejected.
    /// </summary>
    /// <param name="text">The input, e.g. <c>"250.00"</c>.</param>
    /// <returns>The parse result.</returns>
    public static ParseResult<Icd9CmCode> Normalize(string? text) =>
        TryParse(text, out var code, out var error)
            ? ParseResult<Icd9CmCode>.ForValue(code, text)
            : ParseResult<Icd9CmCode>.ForError(error, text ?? string.Empty);

    /// <summary>
    /// Returns the code parsed from user input.
    /// </summary>
    /// <param name="text">The input, e.g. <c>"250.00"</c>.</param>
    /// <returns>The normalised code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not the shape of an ICD-9-CM diagnosis code; the message says why.</exception>
    public static Icd9CmCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code, out var error) ? code : throw new FormatException(error);
    }

    /// <summary>
    /// Parses user input into a code, giving the reason on failure.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="code">The normalised code, or the default value.</param>
    /// <param name="error">Why the input was rejected, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the input is the shape of an ICD-9-CM diagnosis code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Icd9CmCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "No code was given.";
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 7)
        {
            error = $"Too long: {trimmed.Length} characters, but an ICD-9-CM diagnosis code has at most 5 (6 with the dot).";
            return false;
        }

        var first = char.ToUpperInvariant(trimmed[0]);
        var stemLength = first == 'E' ? 4 : 3;
        var maxLength = 5;
        Span<char> buffer = stackalloc char[8];
        var written = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = char.ToUpperInvariant(trimmed[i]);
            if (c == '.')
            {
                if (i != stemLength || i == trimmed.Length - 1 || trimmed[(i + 1)..].Contains('.'))
                {
                    error = first == 'E'
                        ? "Misplaced dot: in an ICD-9-CM E code the dot comes after the fourth character (E800.0)."
                        : "Misplaced dot: in an ICD-9-CM diagnosis code the dot comes after the third character (250.00, V01.0).";
                    return false;
                }

                continue;
            }

            var expectDigit = i > 0 || (first != 'E' && first != 'V');
            if (expectDigit && !char.IsAsciiDigit(c))
            {
                error = $"Unexpected character {MessageText.Quote(trimmed[i])} at position {i + 1}: an ICD-9-CM diagnosis code is digits, with an E or V in front for E and V codes.";
                return false;
            }

            if (written == maxLength)
            {
                error = $"Too long: an ICD-9-CM diagnosis code has at most {maxLength} characters besides the dot.";
                return false;
            }

            buffer[written++] = c;
        }

        if (written < stemLength)
        {
            error = first == 'E'
                ? "Too short: an ICD-9-CM E code has at least four characters (E849)."
                : "Too short: an ICD-9-CM diagnosis code has at least three characters (042, V27).";
            return false;
        }

        var value = buffer[..written];
        code = new Icd9CmCode(value.SequenceEqual(text) ? text : new string(value));
        error = null;
        return true;
    }

    /// <summary>
    /// Returns the dotted form of an undotted ICD-9-CM diagnosis value, e.g. <c>250.00</c> for <c>25000</c> and <c>E800.0</c> for <c>E8000</c>.
    /// </summary>
    /// <param name="value">An undotted code value.</param>
    /// <returns>The dotted form; stems without more characters are returned as they are.</returns>
    public static string ToDotted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var stem = value.StartsWith('E') ? 4 : 3;
        return value.Length <= stem ? value : string.Concat(value.AsSpan(0, stem), ".", value.AsSpan(stem));
    }

    /// <summary>Returns the dotted form, e.g. <c>250.00</c>.</summary>
    /// <returns>The dotted code, or an empty string for the default value.</returns>
    public override string ToString() => ToDotted(Value);

    /// <inheritdoc />
    public bool Equals(Icd9CmCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Icd9CmCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are the same code.</returns>
    public static bool operator ==(Icd9CmCode left, Icd9CmCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are different codes.</returns>
    public static bool operator !=(Icd9CmCode left, Icd9CmCode right) => !left.Equals(right);
}
