using System.Diagnostics.CodeAnalysis;

namespace MedCoding.CodeSets;

/// <summary>
/// Returns a normalised ICD-10-CM code value: upper case, without the dot, three to seven characters.
/// </summary>
/// <remarks>
/// <para>
/// User input is forgiving about case, surrounding white space and the dot: <c>"E11.65"</c>,
/// <c>"e1165"</c> and <c>" E11.65 "</c> all give the same code, whose <see cref="ToString"/> is
/// <c>E11.65</c>. Input that cannot be an ICD-10-CM code (<c>"E11..6"</c>, <c>"123"</c>, forty
/// characters) is rejected with a reason.
/// </para>
/// <para>
/// The shape of a code is checked (a letter, then letters or digits; a dot only after the third
/// character). The second character is usually a digit, but not always: FY2026 added category QA0.
/// Whether the code exists is a question for a release.
/// </para>
/// <para>Comparison is ordinal on the undotted value.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct Icd10CmCode : IEquatable<Icd10CmCode>, IComparable<Icd10CmCode>
{
    /// <summary>The fewest characters in a code: a category.</summary>
    public const int MinLength = 3;

    /// <summary>The most characters in a code, without the dot.</summary>
    public const int MaxLength = 7;

    private readonly string? _value;

    private Icd10CmCode(string value) => _value = value;

    /// <summary>Gets the code without its dot, e.g. <c>E1165</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the number of characters in the code, without the dot.</summary>
    public int Length => Value.Length;

    /// <summary>Gets a value indicating whether this is the default (empty) value rather than a parsed code.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Gets the three-character category the code falls under, e.g. <c>E11</c>.</summary>
    public string Category => Length <= MinLength ? Value : Value[..MinLength];

    /// <summary>
    /// Returns the code parsed from user input, or the reason it was rejected.
    /// </summary>
    /// <param name="text">The input, e.g. <c>"e11.65"</c>.</param>
    /// <returns>The parse result.</returns>
    public static ParseResult<Icd10CmCode> Normalize(string? text)
    {
        return TryParse(text, out var code, out var error)
            ? ParseResult<Icd10CmCode>.ForValue(code, text!)
            : ParseResult<Icd10CmCode>.ForError(error, text ?? string.Empty);
    }

    /// <summary>
    /// Returns the code parsed from user input.
    /// </summary>
    /// <param name="text">The input, e.g. <c>"E11.65"</c>.</param>
    /// <returns>The normalised code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not the shape of an ICD-10-CM code; the message says why.</exception>
    public static Icd10CmCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code, out var error) ? code : throw new FormatException(error);
    }

    /// <summary>
    /// Parses user input into a code.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="code">The normalised code, or the default value.</param>
    /// <returns><see langword="true"/> if the input is the shape of an ICD-10-CM code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Icd10CmCode code) => TryParse(text, out code, out _);

    /// <summary>
    /// Parses user input into a code, giving the reason on failure.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="code">The normalised code, or the default value.</param>
    /// <param name="error">Why the input was rejected, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the input is the shape of an ICD-10-CM code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Icd10CmCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (text is null)
        {
            error = "No code was given.";
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        if (!TryNormalize(text, buffer, out var written, out error))
        {
            return false;
        }

        var span = buffer[..written];
        // Already normalised input keeps its string: no allocation on the common path.
        code = new Icd10CmCode(span.SequenceEqual(text) ? text : new string(span));
        return true;
    }

    /// <summary>
    /// Writes the normalised (upper-case, undotted) form of <paramref name="text"/> into
    /// <paramref name="destination"/> without allocating.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="destination">A buffer of at least <see cref="MaxLength"/> characters.</param>
    /// <param name="written">How many characters were written; 0 when the input is rejected.</param>
    /// <returns><see langword="true"/> if the input is the shape of an ICD-10-CM code.</returns>
    public static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, out int written)
        => TryNormalize(text, destination, out written, out _);

    private static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, out int written, [NotNullWhen(false)] out string? error)
    {
        // 'written' stays 0 on every failure; the count is only published on success.
        written = 0;
        var count = 0;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            error = "No code was given.";
            return false;
        }

        if (trimmed.Length > MaxLength + 1)
        {
            error = $"Too long: {trimmed.Length} characters, but an ICD-10-CM code has at most {MaxLength} (8 with the dot).";
            return false;
        }

        if (destination.Length < MaxLength)
        {
            throw new ArgumentException($"The destination must hold at least {MaxLength} characters.", nameof(destination));
        }

        var dots = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '.')
            {
                dots++;
                if (dots > 1)
                {
                    error = "More than one dot: an ICD-10-CM code has at most one, after the third character.";
                    return false;
                }

                if (i != MinLength)
                {
                    error = "Misplaced dot: in an ICD-10-CM code the dot comes after the third character (E11.65).";
                    return false;
                }

                if (i == trimmed.Length - 1)
                {
                    error = "Nothing follows the dot: write the category without it (E11) or the full code (E11.65).";
                    return false;
                }

                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                error = $"Unexpected character {MessageText.Quote(c)} at position {i + 1}: an ICD-10-CM code has only letters, digits and one dot.";
                return false;
            }

            if (count == MaxLength)
            {
                error = $"Too long: an ICD-10-CM code has at most {MaxLength} characters besides the dot.";
                return false;
            }

            destination[count++] = char.ToUpperInvariant(c);
        }

        if (count < MinLength)
        {
            error = $"Too short: an ICD-10-CM code has at least {MinLength} characters (a category such as I10).";
            return false;
        }

        if (!char.IsAsciiLetter(destination[0]))
        {
            error = "An ICD-10-CM code starts with a letter (A-Z), as in E11 or I10.";
            return false;
        }

        written = count;
        error = null;
        return true;
    }

    /// <summary>
    /// Returns a code from a value already known to be normalised, such as a code read from an official file.
    /// </summary>
    /// <param name="value">The undotted, upper-case code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="value"/> is not normalised.</exception>
    public static Icd10CmCode FromNormalized(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var code = Parse(value);
        if (!string.Equals(code.Value, value, StringComparison.Ordinal))
        {
            throw new FormatException($"{MessageText.Quote(value)} is not a normalised ICD-10-CM code (expected {MessageText.Quote(code.Value)}).");
        }

        return new Icd10CmCode(value);
    }

    /// <summary>
    /// Returns the dotted form of an undotted code value, e.g. <c>E11.65</c> for <c>E1165</c>.
    /// </summary>
    /// <param name="value">An undotted code value.</param>
    /// <returns>The dotted form; values of three characters or fewer are returned as they are.</returns>
    public static string ToDotted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= MinLength ? value : string.Concat(value.AsSpan(0, MinLength), ".", value.AsSpan(MinLength));
    }

    /// <summary>Returns the dotted form, e.g. <c>E11.65</c>.</summary>
    /// <returns>The dotted code, or an empty string for the default value.</returns>
    public override string ToString() => ToDotted(Value);

    /// <inheritdoc />
    public bool Equals(Icd10CmCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Icd10CmCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(Icd10CmCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are the same code.</returns>
    public static bool operator ==(Icd10CmCode left, Icd10CmCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are different codes.</returns>
    public static bool operator !=(Icd10CmCode left, Icd10CmCode right) => !left.Equals(right);

    /// <summary>Returns whether one code sorts before another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Icd10CmCode left, Icd10CmCode right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one code sorts after another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Icd10CmCode left, Icd10CmCode right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one code sorts before or equal to another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(Icd10CmCode left, Icd10CmCode right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one code sorts after or equal to another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(Icd10CmCode left, Icd10CmCode right) => left.CompareTo(right) >= 0;
}
