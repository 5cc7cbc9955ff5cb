using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;

namespace MedCoding.Hcpcs.Cpt;

/// <summary>
/// Returns a CPT (HCPCS Level I) code value recognised by its shape alone: five digits, or four digits and F, T or U.
/// </summary>
/// <remarks>
/// <para>
/// CPT is owned and licensed by the AMA. The SDK ships no CPT descriptors: a code of the right shape is
/// recognised, with its <see cref="Category"/>, but its descriptor comes only from a licensed file the user
/// loads with <see cref="CptRelease"/>. Whether the code exists is known only from that file.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct CptCode : IEquatable<CptCode>
{
    /// <summary>The number of characters in a CPT code.</summary>
    public const int Length = 5;

    private readonly string? _value;

    private CptCode(string value, CptCategory category)
    {
        _value = value;
        Category = category;
    }

    /// <summary>Gets the code, e.g. <c>99213</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the kind of code its shape shows.</summary>
    public CptCategory Category { get; }

    /// <summary>
    /// Parses user input into a CPT code, giving the reason on failure.
    /// </summary>
    /// <param name="text">The input, e.g. <c>"99213"</c> or <c>"0123t"</c>.</param>
    /// <param name="code">The normalised code, or the default value.</param>
    /// <param name="error">Why the input was rejected, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the input has the shape of a CPT code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CptCode code, [NotNullWhen(false)] out string? error)
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
            error = $"A CPT code has exactly {Length} characters; this has {trimmed.Length}.";
            return false;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(trimmed[i]))
            {
                error = $"Unexpected character {MessageText.Quote(trimmed[i])} at position {i + 1}: a CPT code is five digits, or four digits and F, T or U.";
                return false;
            }
        }

        var last = char.ToUpperInvariant(trimmed[^1]);
        CptCategory category;
        switch (last)
        {
            case >= '0' and <= '9':
                category = CptCategory.CategoryI;
                break;
            case 'F':
                category = CptCategory.CategoryII;
                break;
            case 'T':
                category = CptCategory.CategoryIII;
                break;
            case 'U':
                category = CptCategory.ProprietaryLaboratoryAnalysis;
                break;
            default:
                error = $"Unexpected last character {MessageText.Quote(trimmed[^1])}: a CPT code ends in a digit, F (Category II), T (Category III) or U (PLA).";
                return false;
        }

        Span<char> buffer = stackalloc char[Length];
        trimmed[..^1].CopyTo(buffer);
        buffer[^1] = last;
        code = new CptCode(text is not null && buffer.SequenceEqual(text) ? text : new string(buffer), category);
        error = null;
        return true;
    }

    /// <summary>Returns the code parsed from user input.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The input does not have the shape of a CPT code.</exception>
    public static CptCode Parse(string text) => TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, or an empty string for the default value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(CptCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CptCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are the same code.</returns>
    public static bool operator ==(CptCode left, CptCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> if they are different codes.</returns>
    public static bool operator !=(CptCode left, CptCode right) => !left.Equals(right);
}
