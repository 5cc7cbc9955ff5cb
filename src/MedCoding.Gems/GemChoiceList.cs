namespace MedCoding.Gems;

/// <summary>
/// Returns one choice list of a combination scenario: the coder takes one of its targets.
/// </summary>
/// <param name="Number">The choice list's number within its scenario (flag 5).</param>
/// <param name="Targets">The targets to choose from, in file order.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record GemChoiceList(int Number, IReadOnlyList<GemEntry> Targets);
