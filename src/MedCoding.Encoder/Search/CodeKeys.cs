namespace MedCoding.Encoder;

/// <summary>
/// A code's key for one-result-per-code: a 64-bit FNV-1a hash of its characters, upper case, dots, spaces and a final
/// "-" left out, so that <c>C34.1-</c>, <c>C34.1</c> and <c>c341</c> are one code.
/// </summary>
internal static class CodeKeys
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Returns the key of a code.</summary>
    public static ulong Of(ReadOnlySpan<char> code)
    {
        var hash = Offset;
        foreach (var c in code)
        {
            if (c is not ('.' or '-' or ' '))
            {
                hash = unchecked((hash ^ char.ToUpperInvariant(c)) * Prime);
            }
        }

        return hash;
    }
}
