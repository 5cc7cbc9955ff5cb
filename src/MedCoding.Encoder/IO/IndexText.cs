using System.Text;

namespace MedCoding.Encoder.IO;

/// <summary>The text rules every index reader and the cross-reference walk share: white space, titles, codes.</summary>
internal static class IndexText
{
    /// <summary>Returns the text with every run of white space made one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var span = text.AsSpan().Trim();
        var clean = true;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsWhiteSpace(span[i]) && (span[i] != ' ' || (i > 0 && span[i - 1] == ' ')))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        var result = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (!char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString();
    }

    /// <summary>Returns a title from the text before and after its nonessential modifiers, and where the modifiers stand in it.</summary>
    public static (string Title, int Position) JoinTitle(string before, string after)
    {
        var head = Collapse(before);
        var title = Collapse(before + after);
        return (title, Math.Min(head.Length, title.Length));
    }

    /// <summary>
    /// Splits a title as CMS's CSV prints it (modifiers in place: <c>Iodized (poppy seed) oil</c>) into the title, its
    /// nonessential modifiers and their position, as the XML gives them (<c>Iodized&lt;nemod&gt;(poppy seed)&lt;/nemod&gt; oil</c>).
    /// </summary>
    public static (string Title, string? Modifiers, int Position) SplitModifiers(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return (Collapse(text), null, 0);
        }

        var modifiers = new StringBuilder();
        var rest = new StringBuilder();
        var i = open;
        while (i < text.Length)
        {
            if (text[i] == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0)
                {
                    rest.Append(text, i, text.Length - i);
                    break;
                }

                if (modifiers.Length > 0)
                {
                    modifiers.Append(' ');
                }

                modifiers.Append(text, i, close - i + 1);
                i = close + 1;
            }
            else
            {
                rest.Append(text[i]);
                i++;
            }
        }

        var (title, position) = JoinTitle(text[..open], rest.ToString());
        return (title, Collapse(modifiers.ToString()), position);
    }

    /// <summary>Splits a cross-reference's target at its commas: <c>Pain, abdominal</c> is <c>Pain</c>, <c>abdominal</c>.</summary>
    public static string[] SplitTarget(string target) =>
        Collapse(target).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Returns whether what is left of a target after <paramref name="matched"/> parts is an instruction to the coder rather than a subterm (<c>by site</c>, <c>specified metal</c>).</summary>
    public static bool IsInstruction(string[] parts, int matched) =>
        matched > 0 && matched < parts.Length
        && (parts[matched].StartsWith("by ", StringComparison.OrdinalIgnoreCase)
            || parts[matched].StartsWith("or ", StringComparison.OrdinalIgnoreCase)
            || parts[matched].StartsWith("specified", StringComparison.OrdinalIgnoreCase)
            || parts[matched].StartsWith("specific ", StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns whether a term's title is what a cross-reference's part names: the title, with or without its modifiers or a final <c>NEC</c>/<c>NOS</c>, or its part before a comma.</summary>
    public static bool TitleMatches(IndexTerm term, string segment)
    {
        var title = term.Title;
        if (title.Length == 0)
        {
            return false;
        }

        if (title.Equals(segment, StringComparison.OrdinalIgnoreCase)
            || (term.NonessentialModifiers is not null && term.TitleWithModifiers.Equals(segment, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var bare = WithoutQualifier(title);
        if (bare.Length != title.Length && bare.Equals(segment, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var comma = title.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && title.AsSpan(0, comma).Trim().Equals(segment, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var stripped = WithoutModifiers(segment);
        return stripped.Length != segment.Length && stripped.Length > 0 && title.Equals(stripped, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns the text without its parenthesized words: <c>Dye(s)</c> is <c>Dye</c>.</summary>
    public static string WithoutModifiers(string text) =>
        text.Contains('(', StringComparison.Ordinal) ? SplitModifiers(text).Title : text;

    /// <summary>Returns whether a code is written as the ICD-10-CM indexes write codes: <c>E11.65</c>, <c>C34.9-</c>, <c>S47.-</c>, <c>C56-</c>, <c>M01</c>.</summary>
    public static bool IsIcd10CmCode(string code)
    {
        if (code.Length < 3 || !IsUpper(code[0]) || !char.IsAsciiDigit(code[1]) || !IsUpperOrDigit(code[2]))
        {
            return false;
        }

        var rest = code.AsSpan(3);
        if (rest.EndsWith("-"))
        {
            rest = rest[..^1];
            if (rest is ".")
            {
                return true;
            }
        }

        if (rest.Length == 0)
        {
            return true;
        }

        if (rest[0] != '.' || rest.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in rest[1..])
        {
            if (!IsUpperOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether a code is an ICD-10-PCS code (7 characters) or, with <paramref name="partial"/>, a table or partial code (3 to 6 characters): digits and upper-case letters other than I and O.</summary>
    public static bool IsPcsCode(string code, bool partial)
    {
        if (partial ? code.Length is < 3 or > 6 : code.Length != 7)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!(char.IsAsciiDigit(c) || (IsUpper(c) && c is not ('I' or 'O'))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns how many comma-separated parts of a title agree with the first parts of a target, case-insensitively.</summary>
    public static int LeadingPartsInCommon(string title, string[] parts)
    {
        var titleParts = title.Split(',', StringSplitOptions.TrimEntries);
        var count = 0;
        while (count < titleParts.Length && count < parts.Length && titleParts[count].Equals(parts[count], StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    /// <summary>Returns the root operation an ICD-10-PCS <c>see</c> names before its qualifying words (<c>Introduction</c> in <c>Introduction of Hormone</c>, <c>Excision</c> in <c>Excision with qualifier Diagnostic</c>), or <see langword="null"/>.</summary>
    public static string? PcsOperation(string part)
    {
        foreach (var words in (ReadOnlySpan<string>)[" with ", " of ", " using "])
        {
            var at = part.IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return part[..at];
            }
        }

        return null;
    }

    /// <summary>Returns the title without a final <c>NEC</c> or <c>NOS</c>.</summary>
    public static string WithoutQualifier(string title) =>
        title.EndsWith(" NEC", StringComparison.Ordinal) || title.EndsWith(" NOS", StringComparison.Ordinal) ? title[..^4] : title;

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsUpperOrDigit(char c) => IsUpper(c) || char.IsAsciiDigit(c);
}
