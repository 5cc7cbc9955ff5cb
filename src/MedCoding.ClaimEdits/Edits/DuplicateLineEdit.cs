using MedCoding.ClaimEdits.Sources;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks DUPLICATE_LINE: two lines with the same code, the same modifiers (in any order) and the same date
/// of service. A line marked as a repeat (76, 77, 91) is not a duplicate.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DuplicateLineEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.DuplicateLine)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var lines = claim.Lines;
        for (var j = 1; j < lines.Count; j++)
        {
            if (IsRepeat(lines[j]))
            {
                continue;
            }

            for (var i = 0; i < j; i++)
            {
                if (string.Equals(lines[i].Code, lines[j].Code, StringComparison.Ordinal)
                    && claim.DateOfServiceOf(lines[i]) == claim.DateOfServiceOf(lines[j])
                    && SameModifiers(lines[i], lines[j]))
                {
                    context.Report(s_rules[0], ClaimEditContext.LineTarget(j),
                        $"Line {j + 1} repeats line {i + 1} ({lines[j].Code}, same modifiers, same date of service): bill the units on one line, or mark a repeated service with 76, 77 or 91.",
                        lines[j].Code);
                    break;
                }
            }
        }
    }

    private static bool IsRepeat(ServiceLine line)
    {
        foreach (var modifier in line.Modifiers)
        {
            if (modifier is "76" or "77" or "91")
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameModifiers(ServiceLine a, ServiceLine b)
    {
        if (a.Modifiers.Count != b.Modifiers.Count)
        {
            return false;
        }

        foreach (var modifier in a.Modifiers)
        {
            if (!b.Modifiers.Contains(modifier, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
