using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Claims;
using MedCoding.Hcpcs.Modifiers;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks PTP_BUNDLED: NCCI procedure-to-procedure edits between lines of the same date of service. The
/// column 2 code is denied; an edit with modifier indicator 1 is bypassed when the column 2 line carries an
/// NCCI-associated modifier (an anatomic one only if it differs from the column 1 line's anatomic modifiers).
/// Indicator 9 edits never apply.
/// </summary>
/// <remarks>Professional claims use <see cref="ClaimEditData.PractitionerPtp"/>, institutional ones <see cref="ClaimEditData.HospitalPtp"/>.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PtpBundlingEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.PtpBundled)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var table = claim.Type == ClaimType.Professional ? context.Data.PractitionerPtp : context.Data.HospitalPtp;
        if (table is null || claim.Lines.Count < 2)
        {
            return;
        }

        var modifiers = context.Data.Modifiers ?? ModifierCatalogSource.Policy;
        var lines = claim.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var date = claim.DateOfServiceOf(lines[i]);
            for (var j = 0; j < lines.Count; j++)
            {
                if (i == j || claim.DateOfServiceOf(lines[j]) != date || string.Equals(lines[i].Code, lines[j].Code, StringComparison.Ordinal))
                {
                    continue;
                }

                // Line i as column 1, line j as column 2 (the one denied).
                if (table.Find(lines[i].Code, lines[j].Code, date) is not { } edit || edit.ModifierIndicator == PtpModifierIndicator.NotApplicable)
                {
                    continue;
                }

                if (edit.ModifierIndicator == PtpModifierIndicator.Allowed && IsBypassed(lines[i], lines[j], modifiers))
                {
                    continue;
                }

                var how = edit.ModifierIndicator == PtpModifierIndicator.NotAllowed
                    ? "no modifier bypasses this edit (modifier indicator 0)"
                    : $"an NCCI-associated modifier (59, XE, XS, XP, XU, an anatomic modifier ...) on line {j + 1} bypasses it only when the services are distinct (modifier indicator 1)";
                context.Report(s_rules[0], ClaimEditContext.LineTarget(j),
                    $"NCCI PTP edit: {lines[j].Code} (column 2, line {j + 1}) is bundled into {lines[i].Code} (column 1, line {i + 1}) and is denied; {how}. Rationale: {edit.Rationale}.",
                    lines[j].Code);
            }
        }
    }

    private static bool IsBypassed(ServiceLine column1, ServiceLine column2, IModifierSource modifiers)
    {
        foreach (var modifier in column2.Modifiers)
        {
            if (modifiers.Find(modifier) is not { } info || !info.Is(ModifierCategory.NcciAssociated))
            {
                continue;
            }

            if (!info.Is(ModifierCategory.Anatomic) || !column1.Modifiers.Contains(modifier, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
