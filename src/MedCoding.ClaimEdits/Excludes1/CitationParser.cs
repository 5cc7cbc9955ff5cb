using System.Text.RegularExpressions;

namespace MedCoding.ClaimEdits.Excludes1;

/// <summary>
/// Returns the codes and ranges an instructional note cites: <c>gestational diabetes (O24.4-)</c> cites O24.4
/// and everything below it.
/// </summary>
/// <remarks>
/// <para>The notes of the Tabular List cite codes in parentheses: one code (<c>(I20.0)</c>), a category with a
/// dash (<c>(E10.-)</c>), a list (<c>(T74.22, T76.22)</c>), a range (<c>(P70-P74)</c>, <c>(S06.1- to S06.6-)</c>),
/// or a range with a qualifier (<c>(V01-V09 with 5th character 9)</c>). When the parentheses hold codes,
/// only they are read ("pneumoconiosis with tuberculosis, any type in A15 (J65)" cites J65, not A15);
/// when none do, the codes in the text are read (a note that lacks its parentheses, "classified to Q87.-").</para>
/// <para>Qualifiers the parser understands narrow the citation (<see cref="CitationQualifierKind"/>); any
/// other makes it match nothing, so that a misread note never produces a false finding.</para>
/// </remarks>
public static partial class CitationParser
{
    /// <summary>Returns the citations of a note.</summary>
    /// <param name="note">The note's text.</param>
    /// <returns>The citations, in the order written; empty when the note cites no code.</returns>
    public static IReadOnlyList<CodeCitation> Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        List<CodeCitation>? result = null;
        foreach (Match group in Parenthesized().Matches(note))
        {
            ParseScope(group.Groups[1].Value, ref result);
        }

        if (result is null)
        {
            ParseScope(note, ref result);
        }

        return result ?? (IReadOnlyList<CodeCitation>)[];
    }

    private static void ParseScope(string text, ref List<CodeCitation>? result)
    {
        var tokens = Code().Matches(text);
        if (tokens.Count == 0)
        {
            return;
        }

        var last = tokens[^1];
        var tail = text[(last.Index + last.Length)..].Trim().TrimEnd('.', ',', ';', ')').Trim();
        var (kind, qualifier, position, value1, value2) = ParseQualifier(tail);
        for (var i = 0; i < tokens.Count; i++)
        {
            var from = Undotted(tokens[i]);
            var to = from;
            var dashed = tokens[i].Groups["dash"].Success;
            if (i + 1 < tokens.Count)
            {
                var between = text[(tokens[i].Index + tokens[i].Length)..tokens[i + 1].Index].Trim();
                if (between is "-" or "to" or "- to" || (dashed && between.Length == 0))
                {
                    to = Undotted(tokens[i + 1]);
                    i++;
                }
            }

            (result ??= []).Add(new CodeCitation(from, to, dashed, kind, qualifier, position, value1, value2));
        }

    }

    private static (CitationQualifierKind, string?, int, string, string) ParseQualifier(string tail)
    {
        if (!tail.StartsWith("with", StringComparison.OrdinalIgnoreCase))
        {
            return (CitationQualifierKind.None, null, 0, string.Empty, string.Empty);
        }

        if (CharacterAt().Match(tail) is { Success: true } c)
        {
            var position = c.Groups["n"].Success ? c.Groups["n"].Value[0] - '0' : c.Groups["word"].Value.ToLowerInvariant() switch
            {
                "fourth" => 4,
                "fifth" => 5,
                "sixth" => 6,
                _ => 7,
            };
            return (CitationQualifierKind.CharacterAt, tail, position, c.Groups["v"].Value, string.Empty);
        }

        if (AfterCategory().Match(tail) is { Success: true } a)
        {
            var low = a.Groups["a"].Value;
            var high = a.Groups["b"].Success ? a.Groups["b"].Value : low;
            return (CitationQualifierKind.AfterCategory, tail, 0, low, high);
        }

        if (FinalCharacters().Match(tail) is { Success: true } f)
        {
            return (CitationQualifierKind.FinalCharacters, tail, 0, f.Groups["v"].Value, string.Empty);
        }

        return (CitationQualifierKind.NotUnderstood, tail, 0, string.Empty, string.Empty);
    }

    private static string Undotted(Match token) => token.Groups["cat"].Value + token.Groups["sub"].Value;

    [GeneratedRegex(@"\(([^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesized();

    // A code: a letter, a digit, a letter or digit; then perhaps a dot and up to four more; then perhaps the
    // dash ("E10.-", "O24.4-", the stray ".-" of "D29.2.-") or a lone dot ("I69."). Not inside a word ("G6PD").
    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?<cat>[A-Z][0-9][0-9A-Z])(?:\.(?<sub>[0-9A-Z]{1,4}))?(?:(?<dash>\.?-)|\.(?![0-9A-Z])|(?![A-Za-z0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"^with\s+(?:(?<n>[4-7])(?:st|nd|rd|th)|(?<word>fourth|fifth|sixth|seventh))[\s-]+character\s+\.?(?<v>[0-9A-Z])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharacterAt();

    [GeneratedRegex(@"^with\s+\.(?<a>[0-9A-Z]+)-?(?:\.(?<b>[0-9A-Z]+)-?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterCategory();

    [GeneratedRegex(@"^with\s+final\s+characters?\s+-(?<v>[0-9A-Z]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinalCharacters();
}
