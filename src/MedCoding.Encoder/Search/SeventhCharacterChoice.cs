namespace MedCoding.Encoder;

/// <summary>
/// Returns one 7th character a code can take, with its meaning and the code it makes.
/// </summary>
/// <param name="Character">The character, e.g. <c>A</c>.</param>
/// <param name="Meaning">Its meaning in the Tabular List, e.g. <c>initial encounter</c>.</param>
/// <param name="Code">The code it makes in the release in force, placeholder X included (<c>T39.1X1A</c>), or <see langword="null"/> when characters are still missing before the 7th or the release lacks that code.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record SeventhCharacterChoice(char Character, string Meaning, string? Code);
