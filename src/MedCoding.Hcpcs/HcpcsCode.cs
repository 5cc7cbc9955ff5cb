using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;

namespace MedCoding.Hcpcs;

/// <summary>
/// Returns a normalised HCPCS Level II code value: a letter A to V and four digits, e.g. <c>A4206</c>.
/// </summary>
/// <remarks>
/// Input is forgiving about case and surrounding white space. Five digits, or four digits and F, T or U,
/// are CPT (Level I) shapes: see <see cref="Cpt.CptCode"/>. Whether the code exists is a question for a release.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct HcpcsCode : IEquatable<HcpcsCode>
{
    /// <summary>The number of characters in a HCPCS code.</summary>
    public const int Length = 5;

    private readonly string? _value;

    private HcpcsCode(string value) => _value = value;

    /// <summary>Gets the code, e.g. <c>A4206</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// Parses user input into a Level II code, giving the reason on failure.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="code">The normalised code, or the default value.</param>
    /// <param name="error">Why the input was rejected, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the input is the shape of a HCPCS Level II code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out HcpcsCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            error = "No code was given.";
            return false;
        }

        if (trimmed.Length != Length)
        {
            error = $"A HCPCS code has exactly {Length} characters; this has {trimmed.Length}.";
            return false;
        }

        var first = char.ToUpperInvariant(trimmed[0]);
        if (first is < 'A' or > 'V')
        {
            error = char.IsAsciiDigit(first)
                ? "This is a CPT (Level I) shape: HCPCS Level II codes start with a letter A to V."
                : $"HCPCS Level II codes start with a letter A to V, not {MessageText.Quote(trimmed[0])}.";
            return false;
        }

        for (var i = 1; i < Length; i++)
        {
            if (!char.IsAsciiDigit(trimmed[i]))
            {
                error = $"Unexpected character {MessageText.Quote(trimmed[i])} at position {i + 1}: a HCPCS Level II code is a letter and four digits.";
                return false;
            }
        }

        Span<char> buffer = [first, trimmed[1], trimmed[2], trimmed[3], trimmed[4]];
        code = new HcpcsCode(text is not null && buffer.SequenceEqual(text) ? text : new string(buffer));
        error = null;
        return true;
    }

    /// <summary>Returns the code parsed from user input.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The input is not the shape of a HCPCS Level II code.</exception>
    public static HcpcsCode Parse(string text) => TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, or an empty string for the default value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(HcpcsCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HcpcsCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are the same code.</returns>
    public static bool operator ==(HcpcsCode left, HcpcsCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are different codes.</returns>
    public static bool operator !=(HcpcsCode left, HcpcsCode right) => !left.Equals(right);
}
