namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// A code of up to 7 upper-case ASCII letters and digits (every ICD-10-CM and ICD-10-PCS code) packed into 42 bits, six bits a
/// character, first character highest: the form in which an MCE code table keeps, compares and indexes its codes, so that
/// loading a table makes no string and a lookup hashes one number. 0 is never a key: every character packs to 1-36.
/// </summary>
internal static class MceCodeKey
{
    /// <summary>The longest code that packs.</summary>
    public const int MaxLength = 7;

    /// <summary>Packs a code written exactly as a table writes it; any other code (empty, longer, another character) is not packed.</summary>
    public static bool TryPack(string code, out ulong key) => TryPack(code.AsSpan(), out key);

    /// <summary>Packs a code as a table writes it, given as characters.</summary>
    public static bool TryPack(ReadOnlySpan<char> code, out ulong key)
    {
        key = 0;
        if (code.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                key = 0;
                return false;
            }

            key = (key << 6) | Value(c);
        }

        return true;
    }

    /// <summary>Packs a code as a table writes it, given as UTF-8 bytes (as the compiled format stores it).</summary>
    public static bool TryPack(ReadOnlySpan<byte> code, out ulong key)
    {
        key = 0;
        if (code.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var b in code)
        {
            var c = (char)b;
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                key = 0;
                return false;
            }

            key = (key << 6) | Value(c);
        }

        return true;
    }

    /// <summary>Packs a claim's code in its lookup form, as CMS's MCE looks it up: blanks around it and dots dropped, ASCII letters upper-cased.</summary>
    public static bool TryPackClaimCode(string code, out ulong key)
    {
        key = 0;
        var length = 0;
        foreach (var c in code.AsSpan().Trim())
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) || ++length > MaxLength)
            {
                key = 0;
                return false;
            }

            key = (key << 6) | Value(char.ToUpperInvariant(c));
        }

        return length > 0;
    }

    /// <summary>Returns the code a key packs.</summary>
    public static string Unpack(ulong key)
    {
        Span<char> chars = stackalloc char[MaxLength];
        var start = MaxLength;
        for (; key != 0; key >>= 6)
        {
            var value = (int)(key & 63);
            chars[--start] = value <= 10 ? (char)('0' + value - 1) : (char)('A' + value - 11);
        }

        return new string(chars[start..]);
    }

    // 1-10 for the digits, 11-36 for the letters: never 0, so that a packed key is never 0 and lengths differ.
    private static ulong Value(char c) => char.IsAsciiDigit(c) ? (ulong)(c - '0' + 1) : (ulong)(c - 'A' + 11);
}
