using System.Diagnostics.CodeAnalysis;

namespace MedCoding.Billing;

/// <summary>
/// Returns a National Provider Identifier: ten digits whose last digit is a check digit.
/// </summary>
/// <remarks>
/// The check digit follows the CMS rule: the Luhn formula applied to the first nine digits with the
/// prefix <c>80840</c> (the ISO card-issuer prefix for US health), which is the same as adding 24 to
/// the Luhn sum of the nine digits.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct Npi : IEquatable<Npi>
{
    private readonly string? _value;

    private Npi(string value) => _value = value;

    /// <summary>Gets the ten digits; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns whether two NPIs are equal.</summary>
    /// <param name="left">The first NPI.</param>
    /// <param name="right">The second NPI.</param>
    /// <returns><see langword="true"/> when the digits are the same.</returns>
    public static bool operator ==(Npi left, Npi right) => left.Equals(right);

    /// <summary>Returns whether two NPIs differ.</summary>
    /// <param name="left">The first NPI.</param>
    /// <param name="right">The second NPI.</param>
    /// <returns><see langword="true"/> when the digits differ.</returns>
    public static bool operator !=(Npi left, Npi right) => !left.Equals(right);

    /// <summary>Returns the NPI written in <paramref name="text"/>.</summary>
    /// <param name="text">Ten digits.</param>
    /// <returns>The NPI.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not ten digits or the check digit is wrong.</exception>
    public static Npi Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var npi, out var error) ? npi : throw new FormatException(error);
    }

    /// <summary>Returns whether <paramref name="text"/> is a valid NPI, and the NPI or the reason it is not.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="npi">The NPI when valid.</param>
    /// <param name="error">Why the text is not an NPI (without repeating it), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid NPI.</returns>
    public static bool TryParse(string? text, out Npi npi, [NotNullWhen(false)] out string? error)
    {
        npi = default;
        if (text is null || text.Length != 10 || !text.All(char.IsAsciiDigit))
        {
            error = "An NPI is exactly ten digits.";
            return false;
        }

        if (CheckDigit(text.AsSpan(0, 9)) != text[9] - '0')
        {
            error = "The NPI check digit (the tenth digit) is wrong.";
            return false;
        }

        npi = new Npi(text);
        error = null;
        return true;
    }

    /// <summary>Returns whether <paramref name="text"/> is a valid NPI.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns><see langword="true"/> when the text is ten digits with a correct check digit.</returns>
    public static bool IsValid(string? text) => TryParse(text, out _, out _);

    /// <summary>Returns the check digit for the first nine digits of an NPI.</summary>
    /// <param name="firstNine">Nine ASCII digits.</param>
    /// <returns>The check digit, 0 to 9.</returns>
    /// <exception cref="ArgumentException"><paramref name="firstNine"/> is not nine digits.</exception>
    public static int CheckDigit(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != 9 || firstNine.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Expected nine digits.", nameof(firstNine));
        }

        // Luhn over "80840" + nine digits + check: the rightmost of the nine is doubled. The prefix adds 24.
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var digit = firstNine[8 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <inheritdoc />
    public bool Equals(Npi other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Npi other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the ten digits.</summary>
    /// <returns>The NPI as text.</returns>
    public override string ToString() => Value;
}
