using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Excludes1;

/// <summary>
/// Identifies how a citation's qualifier ("with 5th character 9") narrows its codes.
/// </summary>
public enum CitationQualifierKind
{
    /// <summary>No qualifier: every code under the cited code or range.</summary>
    None = 0,

    /// <summary>"with 5th character 9", "with 7th character B": one character position holds a given value.</summary>
    CharacterAt = 1,

    /// <summary>"with .51-.52", "with .44": the characters after the category start with a value in a range.</summary>
    AfterCategory = 2,

    /// <summary>"with final characters -23": the code ends with a value.</summary>
    FinalCharacters = 3,

    /// <summary>A qualifier in words this parser does not read ("with open fracture 7th character"); the citation then matches nothing.</summary>
    NotUnderstood = 4,
}
