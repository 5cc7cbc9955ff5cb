using System.Collections.Frozen;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns the claim editor: a fixed set of edits over fixed data, which checks claims and returns findings.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="CreateBuilder"/>: start from the default edits, add payer-specific ones,
/// remove or replace others, change a rule's severity or error code.</para>
/// <para>Checking never changes the claim.</para>
/// </remarks>
/// <example>
/// <code>
/// var editor = ClaimEditor.CreateBuilder(data).AddDefaultEdits().WithSeverity(RuleCatalog.DuplicateLine, Severity.Error).Build();
/// var result = editor.Check(claim);                 // every edit
/// var ncci = editor.Check(claim, RuleSets.Ncci);    // NCCI edits only
/// </code>
/// </example>
/// <threadsafety>Immutable and thread-safe: one editor may check many claims at once.</threadsafety>
public sealed class ClaimEditor
{
    private readonly IClaimEdit[] _edits;
    private readonly ClaimEditorSettings _settings;

    internal ClaimEditor(ClaimEditData data, IClaimEdit[] edits, ClaimEditorSettings settings)
    {
        Data = data;
        _edits = edits;
        _settings = settings;
        RuleSetNames = edits.SelectMany(e => e.Rules).Select(r => r.RuleSet).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the names of the rule sets the edits belong to (<see cref="RuleSets"/>, and those of added edits).</summary>
    public IReadOnlySet<string> RuleSetNames { get; }

    /// <summary>Gets the data the edits read.</summary>
    public ClaimEditData Data { get; }

    /// <summary>Gets the edits, in the order they run.</summary>
    public IReadOnlyList<IClaimEdit> Edits => _edits;

    /// <summary>Returns a builder for an editor over the given data.</summary>
    /// <param name="data">The code sets and edit tables.</param>
    /// <returns>An empty builder; call <see cref="ClaimEditorBuilder.AddDefaultEdits"/> for the built-in edits.</returns>
    public static ClaimEditorBuilder CreateBuilder(ClaimEditData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ClaimEditorBuilder(data);
    }

    /// <summary>Returns an editor with every default edit over the given data.</summary>
    /// <param name="data">The code sets and edit tables.</param>
    /// <returns>The editor.</returns>
    public static ClaimEditor CreateDefault(ClaimEditData data) => CreateBuilder(data).AddDefaultEdits().Build();

    /// <summary>Returns the findings of every edit on a claim.</summary>
    /// <param name="claim">The claim; it is not changed.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ClaimFormatException">The claim holds more diagnoses, procedures or service lines than its form allows (<see cref="ClaimLimits"/>); no edit ran.</exception>
    public ClaimEditResult Check(Claim claim) => Check(claim, null);

    /// <summary>Returns the findings of the edits in some rule sets only (<see cref="RuleSets"/>).</summary>
    /// <param name="claim">The claim; it is not changed.</param>
    /// <param name="ruleSets">The rule sets to run, e.g. <see cref="RuleSets.Ncci"/>; <see langword="null"/> or empty for all.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ClaimFormatException">The claim holds more diagnoses, procedures or service lines than its form allows (<see cref="ClaimLimits"/>); no edit ran.</exception>
    /// <exception cref="ArgumentException">A rule set is not one of <see cref="RuleSetNames"/> (a typo would silently run nothing).</exception>
    public ClaimEditResult Check(Claim claim, params IEnumerable<string>? ruleSets)
    {
        ArgumentNullException.ThrowIfNull(claim);

        // Before any edit runs: every edit is then bounded by the form's limits (25 diagnoses, 999 lines).
        ClaimLimits.ThrowIfExceeded(claim);
        IReadOnlySet<string>? filter = null;
        if (ruleSets is not null)
        {
            var set = ruleSets.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            foreach (var name in set)
            {
                if (!RuleSetNames.Contains(name))
                {
                    throw new ArgumentException($"{MessageText.Quote(name)} is not a rule set of this editor ({string.Join(", ", RuleSetNames.Order(StringComparer.Ordinal))}).", nameof(ruleSets));
                }
            }

            filter = set.Count == 0 ? null : set;
        }

        var findings = new List<Finding>();
        var context = new ClaimEditContext(claim, Data, _settings, findings) { RuleSetFilter = filter };
        foreach (var edit in _edits)
        {
            if (ShouldRun(edit, context))
            {
                edit.Check(context);
            }
        }

        return new ClaimEditResult(findings, [.. context.UncheckedRules]);
    }

    private static bool ShouldRun(IClaimEdit edit, ClaimEditContext context)
    {
        foreach (var rule in edit.Rules)
        {
            if (context.IsEnabled(rule))
            {
                return true;
            }
        }

        return false;
    }
}
