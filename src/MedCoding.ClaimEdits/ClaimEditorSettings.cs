using System.Collections.Frozen;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits;

/// <summary>The per-rule configuration an editor was built with.</summary>
internal sealed class ClaimEditorSettings(FrozenDictionary<string, RuleOverride> overrides, FrozenSet<string> disabled)
{
    public FrozenDictionary<string, RuleOverride> Overrides { get; } = overrides;

    public bool IsEnabled(RuleDescriptor rule) => !disabled.Contains(rule.Id);
}
