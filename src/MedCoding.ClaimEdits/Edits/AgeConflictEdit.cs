using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks AGE_CONFLICT: a diagnosis on the Medicare Code Editor's newborn, pediatric, maternity or adult
/// list for a patient whose age on the date of service is outside the MCE's range for that list.
/// </summary>
/// <remarks>The message names the list and its range, never the patient's age or birth date.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record AgeConflictEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.AgeConflict)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Data.Mce is not { } mce)
        {
            return;
        }

        var claim = context.Claim;
        var age = claim.Patient.AgeOn(claim.DateOfService);
        var ranges = context.Data.MceAgeRanges;
        foreach (var dx in context.Diagnoses)
        {
            if (dx.ParseError is not null)
            {
                continue;
            }

            Check(context, mce, dx, age, MceCodeLists.NewbornOnly, "newborn", ranges.Newborn);
            Check(context, mce, dx, age, MceCodeLists.PediatricOnly, "pediatric", ranges.Pediatric);
            Check(context, mce, dx, age, MceCodeLists.MaternityOnly, "maternity", ranges.Maternity);
            Check(context, mce, dx, age, MceCodeLists.AdultOnly, "adult", ranges.Adult);
        }
    }

    private static void Check(ClaimEditContext context, MceCodeLists mce, DiagnosisOnClaim dx, int age, string list, string name, AgeRange range)
    {
        if (!range.Contains(age) && mce.ListsDiagnosis(list, dx.Code))
        {
            context.Report(s_rules[0], dx.Target,
                $"{dx.Code} is a {name} diagnosis (Medicare Code Editor v{mce.Version}: ages {range}), and the patient's age on the date of service is outside that range.",
                dx.Diagnosis.Code);
        }
    }
}
