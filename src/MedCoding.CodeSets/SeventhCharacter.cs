namespace MedCoding.CodeSets;

/// <summary>
/// Returns one 7th character a category or subcategory defines, e.g. <c>A</c> = initial encounter.
/// </summary>
/// <param name="Character">The character, e.g. <c>A</c>.</param>
/// <param name="Meaning">What it designates, e.g. <c>initial encounter</c>.</param>
/// <param name="Notes">Terms the Tabular List adds under the character (H34.81 has "Old central retinal vein occlusion" under 2, stable); usually empty.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record SeventhCharacter(char Character, string Meaning, IReadOnlyList<string> Notes)
{
    /// <summary>Initializes a 7th character with no notes.</summary>
    /// <param name="character">The character.</param>
    /// <param name="meaning">What it designates.</param>
    public SeventhCharacter(char character, string meaning)
        : this(character, meaning, [])
    {
    }
}
