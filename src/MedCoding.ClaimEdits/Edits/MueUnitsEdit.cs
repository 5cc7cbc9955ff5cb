using MedCoding.Claims;
using MedCoding.ClaimEdits.Ncci;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks MUE_EXCEEDED: a line edit (adjudication indicator 1) compares each line's units with the MUE
/// value; a date-of-service edit (2 or 3) adds up the units of every line of the code on one date.
/// </summary>
/// <remarks>Professional claims use <see cref="ClaimEditData.PractitionerMue"/>, institutional ones <see cref="ClaimEditData.HospitalMue"/>.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MueUnitsEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.MueExceeded)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        var table = claim.Type == ClaimType.Professional ? context.Data.PractitionerMue : context.Data.HospitalMue;
        if (table is null)
        {
            return;
        }

        var lines = claim.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (table.Find(lines[i].Code) is not { } mue)
            {
                continue;
            }

            if (!mue.IsPerDateOfService)
            {
                if (lines[i].Units > mue.Value)
                {
                    context.Report(s_rules[0], ClaimEditContext.LineTarget(i),
                        $"{lines[i].Code} is billed with {lines[i].Units} units on line {i + 1}; its MUE is {mue.Value} per line (adjudication indicator 1). Rationale: {mue.Rationale}.",
                        lines[i].Code);
                }

                continue;
            }

            // Per date of service: report once, at the first line of the code on that date.
            var date = claim.DateOfServiceOf(lines[i]);
            var first = true;
            for (var k = 0; k < i && first; k++)
            {
                first = !(string.Equals(lines[k].Code, lines[i].Code, StringComparison.Ordinal) && claim.DateOfServiceOf(lines[k]) == date);
            }

            if (!first)
            {
                continue;
            }

            var units = 0m;
            var count = 0;
            for (var k = i; k < lines.Count; k++)
            {
                if (string.Equals(lines[k].Code, lines[i].Code, StringComparison.Ordinal) && claim.DateOfServiceOf(lines[k]) == date)
                {
                    units += lines[k].Units;
                    count++;
                }
            }

            if (units > mue.Value)
            {
                context.Report(s_rules[0], ClaimEditContext.LineTarget(i),
                    $"{lines[i].Code} is billed with {units} units on one date of service ({count} line{(count == 1 ? string.Empty : "s")}); its MUE is {mue.Value} per date of service (adjudication indicator {(int)mue.Indicator}). Rationale: {mue.Rationale}.",
                    lines[i].Code);
            }
        }
    }
}
