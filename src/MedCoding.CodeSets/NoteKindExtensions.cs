namespace MedCoding.CodeSets;

/// <summary>
/// Returns the names of <see cref="NoteKind"/> values as the Tabular List XML spells them.
/// </summary>
public static class NoteKindExtensions
{
    /// <summary>
    /// Returns the XML element name of a note kind, e.g. <c>excludes1</c> or <c>useAdditionalCode</c>.
    /// </summary>
    /// <param name="kind">The note kind.</param>
    /// <returns>The element name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ElementName(this NoteKind kind) => kind switch
    {
        NoteKind.InclusionTerm => "inclusionTerm",
        NoteKind.Includes => "includes",
        NoteKind.Excludes1 => "excludes1",
        NoteKind.Excludes2 => "excludes2",
        NoteKind.CodeFirst => "codeFirst",
        NoteKind.UseAdditionalCode => "useAdditionalCode",
        NoteKind.CodeAlso => "codeAlso",
        NoteKind.Note => "notes",
        NoteKind.SevenCharacterNote => "sevenChrNote",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown note kind."),
    };
}
