using MedCoding.ClaimEdits.Sources;
using MedCoding.Hcpcs.Modifiers;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks the modifiers of each line: MODIFIER_UNKNOWN for a modifier the modifier list does not know,
/// MODIFIER_CONFLICT for two that contradict each other on one line (LT with RT, 50 with LT or RT, 26 with
/// TC) or one reported twice.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ModifierEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.ModifierUnknown), RuleCatalog.Get(RuleCatalog.ModifierConflict)];

    /// <summary>Gets the pairs of modifier categories that may not be on one line.</summary>
    /// <value>The default: left with right, bilateral with left, bilateral with right, professional with technical component.</value>
    public IReadOnlyList<(ModifierCategory First, ModifierCategory Second, string Why)> Conflicts { get; init; } =
    [
        (ModifierCategory.Left, ModifierCategory.Right, "a procedure on both sides is reported with 50 (or on two lines, LT and RT), not LT and RT on one line"),
        (ModifierCategory.Bilateral, ModifierCategory.Left, "50 already says both sides"),
        (ModifierCategory.Bilateral, ModifierCategory.Right, "50 already says both sides"),
        (ModifierCategory.ProfessionalComponent, ModifierCategory.TechnicalComponent, "the global service is reported without either modifier"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Without a modifier list, conflicts are still found among the modifiers NCCI policy names; nothing is called unknown.
        var source = context.Data.Modifiers;
        var categorize = source ?? ModifierCatalogSource.Policy;
        var lines = context.Claim.Lines;
        Span<int> categories = stackalloc int[8];
        for (var i = 0; i < lines.Count; i++)
        {
            var modifiers = lines[i].Modifiers;
            var target = ClaimEditContext.LineTarget(i);
            var count = Math.Min(modifiers.Count, categories.Length);
            for (var m = 0; m < count; m++)
            {
                var modifier = modifiers[m];
                categories[m] = categorize.Find(modifier) is { } info ? (int)info.Categories : 0;
                if (source is not null && categories[m] == 0 && source.Find(modifier) is null)
                {
                    context.Report(s_rules[0], target, $"'{modifier}' is not a known CPT or HCPCS modifier.", modifier);
                }

                for (var k = 0; k < m; k++)
                {
                    if (string.Equals(modifiers[k], modifier, StringComparison.Ordinal))
                    {
                        context.Report(s_rules[1], target, $"Modifier {modifier} is reported twice on line {i + 1}.", modifier);
                    }
                }
            }

            foreach (var (first, second, why) in Conflicts)
            {
                var a = IndexOf(categories[..count], first);
                var b = IndexOf(categories[..count], second);
                if (a >= 0 && b >= 0 && a != b)
                {
                    context.Report(s_rules[1], target, $"Modifiers {modifiers[a]} and {modifiers[b]} conflict on line {i + 1}: {why}.", modifiers[b]);
                }
            }
        }
    }

    private static int IndexOf(ReadOnlySpan<int> categories, ModifierCategory category)
    {
        for (var i = 0; i < categories.Length; i++)
        {
            if ((categories[i] & (int)category) == (int)category)
            {
                return i;
            }
        }

        return -1;
    }
}
