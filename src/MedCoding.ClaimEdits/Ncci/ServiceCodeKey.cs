namespace MedCoding.ClaimEdits.Ncci;

/// <summary>Packs a five-character CPT/HCPCS code (digits and upper-case letters) into an int, base 36.</summary>
internal static class ServiceCodeKey
{
    public const int Length = 5;

    public static bool TryPack(ReadOnlySpan<byte> code, out int key)
    {
        key = 0;
        if (code.Length != Length)
        {
            return false;
        }

        foreach (var b in code)
        {
            int digit;
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digit = b - '0';
            }
            else if (b is >= (byte)'A' and <= (byte)'Z')
            {
                digit = b - 'A' + 10;
            }
            else
            {
                return false;
            }

            key = (key * 36) + digit;
        }

        return true;
    }

    public static bool TryPack(ReadOnlySpan<char> code, out int key)
    {
        key = 0;
        if (code.Length != Length)
        {
            return false;
        }

        foreach (var c in code)
        {
            int digit;
            if (c is >= '0' and <= '9')
            {
                digit = c - '0';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                digit = c - 'A' + 10;
            }
            else if (c is >= 'a' and <= 'z')
            {
                digit = c - 'a' + 10;
            }
            else
            {
                return false;
            }

            key = (key * 36) + digit;
        }

        return true;
    }

    public static string Unpack(int key) => string.Create(Length, key, static (span, value) =>
    {
        for (var i = Length - 1; i >= 0; i--)
        {
            var digit = value % 36;
            span[i] = (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            value /= 36;
        }
    });

    public static long Pair(int column1, int column2) => ((long)column1 << 32) | (uint)column2;
}
