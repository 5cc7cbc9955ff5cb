namespace MedCoding.Gems;

/// <summary>
/// Returns one scenario of a combination mapping: a way of expressing the source that takes one target from
/// each of its choice lists, together.
/// </summary>
/// <remarks>
/// ICD-9-CM 250.51 (diabetes with ophthalmic manifestations, type I) could be coded in ICD-10-CM as a diabetes
/// code from choice list 1 together with a retinopathy code from choice list 2: each pick of one target per
/// list is one complete coding (<see cref="Combinations"/>).
/// </remarks>
/// <param name="Number">The scenario's number (flag 4).</param>
/// <param name="ChoiceLists">The choice lists, ordered by number.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record GemScenario(int Number, IReadOnlyList<GemChoiceList> ChoiceLists)
{
    /// <summary>Returns every complete coding of the scenario: one target from each choice list, lists in order.</summary>
    /// <returns>The codings.</returns>
    public IEnumerable<IReadOnlyList<GemEntry>> Combinations()
    {
        IEnumerable<GemEntry[]> result = [[]];
        foreach (var list in ChoiceLists)
        {
            result = result.SelectMany(partial => list.Targets.Select(t => (GemEntry[])[.. partial, t]));
        }

        return result;
    }
}
