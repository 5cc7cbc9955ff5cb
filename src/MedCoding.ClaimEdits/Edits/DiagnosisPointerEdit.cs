using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks DX_POINTER_INVALID on professional claims: each line points to between one and four diagnoses
/// (the 837P's limit), each pointer names a diagnosis on the claim, and none is repeated.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DiagnosisPointerEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.DxPointerInvalid)];

    /// <summary>Gets the most pointers a line may carry.</summary>
    /// <value>The default is 4 (837P, CMS-1500 item 24E).</value>
    public int MaxPointers { get; init; } = 4;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        if (claim.Type != ClaimType.Professional)
        {
            return;
        }

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var pointers = claim.Lines[i].DiagnosisPointers;
            var target = ClaimEditContext.LineTarget(i);
            if (pointers.Count == 0)
            {
                context.Report(s_rules[0], target, $"Line {i + 1} points to no diagnosis: point to at least one (1-{claim.Diagnoses.Count}).");
                continue;
            }

            if (pointers.Count > MaxPointers)
            {
                context.Report(s_rules[0], target, $"Line {i + 1} has {pointers.Count} diagnosis pointers; at most {MaxPointers} are allowed.");
            }

            for (var p = 0; p < pointers.Count; p++)
            {
                var pointer = pointers[p];
                if (pointer < 1 || pointer > claim.Diagnoses.Count)
                {
                    context.Report(s_rules[0], target,
                        $"Line {i + 1} points to diagnosis {pointer}, but the claim has {claim.Diagnoses.Count} (pointers run 1-{claim.Diagnoses.Count}).",
                        pointer.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    for (var q = 0; q < p; q++)
                    {
                        if (pointers[q] == pointer)
                        {
                            context.Report(s_rules[0], target, $"Line {i + 1} points to diagnosis {pointer} twice.",
                                pointer.ToString(System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        }
                    }
                }
            }
        }
    }
}
