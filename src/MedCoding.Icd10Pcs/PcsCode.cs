using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns a normalised ICD-10-PCS code value: seven characters, each a digit or an upper-case letter other than I and O.
/// </summary>
/// <remarks>
/// <para>
/// User input is forgiving about case and surrounding white space: <c>"0016070"</c> and <c>" 0016070 "</c>
/// give the same code. ICD-10-PCS codes have no dot; input with one is rejected, as is input of another
/// length or with the letters I or O, which ICD-10-PCS never uses (they read as 1 and 0).
/// </para>
/// <para>Whether the code is valid is a question for a release or the tables. Comparison is ordinal.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct PcsCode : IEquatable<PcsCode>, IComparable<PcsCode>
{
    /// <summary>The number of characters in every ICD-10-PCS code.</summary>
    public const int Length = 7;

    private readonly string? _value;

    private PcsCode(string value) => _value = value;

    /// <summary>Gets the code, e.g. <c>0016070</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (empty) value rather than a parsed code.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Gets the three characters that name the code's table: section, body system and root operation (<c>001</c>).</summary>
    public string TablePrefix => IsEmpty ? string.Empty : Value[..3];

    /// <summary>Gets the character at one axis.</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>The character.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 1 to 7.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public char this[PcsAxis axis]
    {
        get
        {
            if (axis is < PcsAxis.Section or > PcsAxis.Qualifier)
            {
                throw new ArgumentOutOfRangeException(nameof(axis), axis, "An ICD-10-PCS axis is 1 (section) to 7 (qualifier).");
            }

            return IsEmpty ? throw new InvalidOperationException("The default PcsCode has no characters.") : Value[(int)axis - 1];
        }
    }

    /// <summary>Returns whether a character may appear in an ICD-10-PCS code: a digit, or an upper-case letter other than I and O.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> if ICD-10-PCS uses the character.</returns>
    public static bool IsValidCharacter(char c) => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c is not ('I' or 'O'));

    /// <summary>
    /// Returns the code parsed from user input, or the reason it was rejected.
    /// </summary>
    /// <param name="text">The input, e.g. <c>"0016070"</c>.</param>
    /// <returns>The parse result.</returns>
    public static MedCoding.CodeSets.ParseResult<PcsCode> Normalize(string? text) =>
        TryParse(text, out var code, out var error)
            ? MedCoding.CodeSets.ParseResult<PcsCode>.ForValue(code, text)
            : MedCoding.CodeSets.ParseResult<PcsCode>.ForError(error, text ?? string.Empty);

    /// <summary>
    /// Returns the code parsed from user input.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <returns>The normalised code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not the shape of an ICD-10-PCS code; the message says why.</exception>
    public static PcsCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code, out var error) ? code : throw new FormatException(error);
    }

    /// <summary>
    /// Parses user input into a code.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="code">The normalised code, or the default value.</param>
    /// <returns><see langword="true"/> if the input is the shape of an ICD-10-PCS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PcsCode code) => TryParse(text, out code, out _);

    /// <summary>
    /// Parses user input into a code, giving the reason on failure.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="code">The normalised code, or the default value.</param>
    /// <param name="error">Why the input was rejected, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the input is the shape of an ICD-10-PCS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PcsCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (text is null)
        {
            error = "No code was given.";
            return false;
        }

        Span<char> buffer = stackalloc char[Length];
        if (!TryNormalize(text, buffer, out error))
        {
            return false;
        }

        code = new PcsCode(buffer.SequenceEqual(text) ? text : new string(buffer));
        return true;
    }

    /// <summary>
    /// Writes the normalised (upper-case) form of <paramref name="text"/> into <paramref name="destination"/> without allocating.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="destination">A buffer of at least <see cref="Length"/> characters.</param>
    /// <returns><see langword="true"/> if the input is the shape of an ICD-10-PCS code.</returns>
    public static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination) => TryNormalize(text, destination, out _);

    /// <summary>Returns a code from a value read from an official file, already upper case and seven characters.</summary>
    /// <param name="value">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="value"/> is not a normalised ICD-10-PCS code.</exception>
    public static PcsCode FromNormalized(string value)
    {
        var code = Parse(value);
        return string.Equals(code.Value, value, StringComparison.Ordinal)
            ? code
            : throw new FormatException($"{MessageText.Quote(value)} is not a normalised ICD-10-PCS code (expected {MessageText.Quote(code.Value)}).");
    }

    private static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, [NotNullWhen(false)] out string? error)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            error = "No code was given.";
            return false;
        }

        if (trimmed.Length != Length)
        {
            error = $"An ICD-10-PCS code has exactly {Length} characters; this has {trimmed.Length}.";
            return false;
        }

        if (destination.Length < Length)
        {
            throw new ArgumentException($"The destination must hold at least {Length} characters.", nameof(destination));
        }

        for (var i = 0; i < Length; i++)
        {
            var c = char.ToUpperInvariant(trimmed[i]);
            if (!IsValidCharacter(c))
            {
                error = c is 'I' or 'O'
                    ? $"{MessageText.Quote(trimmed[i])} at position {i + 1}: ICD-10-PCS never uses the letters I and O (they read as 1 and 0)."
                    : $"Unexpected character {MessageText.Quote(trimmed[i])} at position {i + 1}: an ICD-10-PCS code has only digits and letters, no dot.";
                return false;
            }

            destination[i] = c;
        }

        error = null;
        return true;
    }

    /// <summary>Returns the code, e.g. <c>0016070</c>.</summary>
    /// <returns>The code, or an empty string for the default value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(PcsCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PcsCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(PcsCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are the same code.</returns>
    public static bool operator ==(PcsCode left, PcsCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are different codes.</returns>
    public static bool operator !=(PcsCode left, PcsCode right) => !left.Equals(right);

    /// <summary>Returns whether one code sorts before another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PcsCode left, PcsCode right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one code sorts after another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PcsCode left, PcsCode right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one code sorts before or equal to another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(PcsCode left, PcsCode right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one code sorts after or equal to another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(PcsCode left, PcsCode right) => left.CompareTo(right) >= 0;
}
