namespace MedCoding.Gems;

/// <summary>
/// Returns the five flags of one GEM entry, as the file writes them (<c>10112</c>): approximate, no map,
/// combination, scenario and choice list.
/// </summary>
/// <param name="IsApproximate">Flag 1: the target is not an exact equivalent of the source.</param>
/// <param name="IsNoMap">Flag 2: the source has no equivalent in the other code set (the target is <c>NoDx</c>).</param>
/// <param name="IsCombination">Flag 3: the source needs more than one target code together to be expressed.</param>
/// <param name="Scenario">Flag 4: for a combination, the scenario (1-9) this entry belongs to; 0 otherwise.</param>
/// <param name="ChoiceList">Flag 5: for a combination, the choice list (1-9) within the scenario; one target of each list is coded; 0 otherwise.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly record struct GemFlags(bool IsApproximate, bool IsNoMap, bool IsCombination, int Scenario, int ChoiceList)
{
    /// <summary>Returns the flags as the file writes them, e.g. <c>10112</c>.</summary>
    /// <returns>Five digits.</returns>
    public override string ToString() =>
        $"{(IsApproximate ? 1 : 0)}{(IsNoMap ? 1 : 0)}{(IsCombination ? 1 : 0)}{Scenario}{ChoiceList}";
}
