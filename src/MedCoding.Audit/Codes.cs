namespace MedCoding.Audit;

/// <summary>Code text as the audit compares it: without dots, upper case.</summary>
internal static class Codes
{
    public static string Normalize(string code)
    {
        var needsWork = false;
        foreach (var c in code)
        {
            if (c == '.' || char.IsAsciiLetterLower(c) || char.IsWhiteSpace(c))
            {
                needsWork = true;
                break;
            }
        }

        return needsWork ? code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant() : code;
    }

    /// <summary>Returns the ICD-10-CM category of a code: its first three characters.</summary>
    public static string Category(string code) => code.Length >= 3 ? code[..3] : code;

    /// <summary>Returns whether two diagnosis codes differ only in their 7th character.</summary>
    public static bool DifferOnlyInSeventhCharacter(string a, string b) =>
        a.Length == 7 && b.Length == 7 && a[6] != b[6] && a.AsSpan(0, 6).SequenceEqual(b.AsSpan(0, 6));
}
