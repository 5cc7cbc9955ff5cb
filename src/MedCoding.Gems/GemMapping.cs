namespace MedCoding.Gems;

/// <summary>
/// Returns everything a GEM says about one source code, arranged as coders read it: no map; single or
/// alternative targets; and combination scenarios, each a set of choice lists.
/// </summary>
/// <remarks>
/// A source may have alternatives and scenarios both (ICD-9-CM 666.02 maps to O72.0 alone and, in
/// combination scenarios, to O72.0 with other codes). Each alternative is a complete coding on its own; each scenario is a complete
/// coding when one target is taken from each of its choice lists.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class GemMapping
{
    internal GemMapping(string source, string displaySource, GemDirection direction, GemEntry[] entries)
    {
        Source = source;
        DisplaySource = displaySource;
        Direction = direction;
        Entries = entries;
        var simple = 0;
        var combinations = 0;
        var exact = true;
        foreach (var entry in entries)
        {
            exact &= !entry.Flags.IsApproximate;
            if (entry.Flags.IsCombination)
            {
                combinations++;
            }
            else if (!entry.Flags.IsNoMap)
            {
                simple++;
            }
        }

        IsExact = exact;
        IsNoMap = simple == 0 && combinations == 0;

        // Most sources map to one or a few codes and need no combination: share the array rather than copy it.
        Alternatives = simple == entries.Length ? entries : [.. entries.Where(e => !e.Flags.IsCombination && !e.Flags.IsNoMap)];
        Scenarios = combinations == 0 ? [] : [.. entries
            .Where(e => e.Flags.IsCombination)
            .GroupBy(e => e.Flags.Scenario)
            .OrderBy(g => g.Key)
            .Select(g => new GemScenario(g.Key, [.. g.GroupBy(e => e.Flags.ChoiceList).OrderBy(c => c.Key).Select(c => new GemChoiceList(c.Key, [.. c]))]))];
    }

    /// <summary>Gets the source code without a dot (<c>25000</c>).</summary>
    public string Source { get; }

    /// <summary>Gets the source code in its dotted form (<c>250.00</c>).</summary>
    public string DisplaySource { get; }

    /// <summary>Gets the direction of the mapping.</summary>
    public GemDirection Direction { get; }

    /// <summary>Gets every entry of the source, in file order.</summary>
    public IReadOnlyList<GemEntry> Entries { get; }

    /// <summary>Gets a value indicating whether the source has no equivalent (its only entry is a no-map entry).</summary>
    public bool IsNoMap { get; }

    /// <summary>Gets the targets that each express the source alone (non-combination entries); a single one for a one-to-one mapping.</summary>
    public IReadOnlyList<GemEntry> Alternatives { get; }

    /// <summary>Gets the combination scenarios, ordered by number; empty when the source needs no combination.</summary>
    public IReadOnlyList<GemScenario> Scenarios { get; }

    /// <summary>Gets a value indicating whether every entry is exact (no approximate flag).</summary>
    public bool IsExact { get; }

    /// <summary>Returns the source and its targets in words.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => IsNoMap
        ? $"{DisplaySource}: no map"
        : $"{DisplaySource}: {string.Join(" or ", Alternatives.Select(a => a.DisplayTarget).Concat(Scenarios.Select(s => "(" + string.Join(" with ", s.ChoiceLists.Select(c => string.Join("|", c.Targets.Select(t => t.DisplayTarget)))) + ")")))}";
}
