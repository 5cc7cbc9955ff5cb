using MedCoding.ClaimEdits.Mce;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks AGE_CONFLICT: a diagnosis whose Medicare Code Editor flags on the claim's date put it in an age group (newborn,
/// pediatric, maternity, adult) that the patient's age is outside, with the group's ages on that date
/// (<c>mce_age_ranges.tsv</c>: maternity 12-55 until 2019-09-30, 9-64 from 2019-10-01).
/// </summary>
/// <remarks>
/// <para>For professional claims: on an institutional claim the Medicare Code Editor as a whole raises AGE_CONFLICT
/// (<see cref="MedicareCodeEditorEdit"/>). Reads the MCE release for the claim's date (<see cref="ClaimEditData.Mce"/>);
/// when there is none, it reports <see cref="RuleCatalog.DataUnavailable"/>. At most one conflict per diagnosis, as the MCE.</para>
/// <para>The message names the group and its range, never the patient's age or birth date.</para>
/// </remarks>
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
        var claim = context.Claim;
        if (claim.Type == Claims.ClaimType.Institutional || claim.Diagnoses.Count == 0 || DataAvailability.MceInForce(context, s_rules) is not { } mce)
        {
            return;
        }

        var date = claim.DateOfService;
        var age = claim.Patient.AgeOn(date);
        var groups = mce.AgeGroupsOn(date).ToArray();
        foreach (var dx in context.Diagnoses)
        {
            if (dx.ParseError is not null || mce.FindDiagnosis(dx.Code, date) is not { } row)
            {
                continue;
            }

            foreach (var group in groups)
            {
                if (row.Flags.Contains(group.Flag) && !group.Ages.Contains(age))
                {
                    context.Report(s_rules[0], dx.Target,
                        $"{dx.Code} is a {group.Flag} diagnosis (Medicare Code Editor v{mce.Release.Version}: ages {group.Ages}), and the patient's age on the date of service is outside that range.",
                        dx.Diagnosis.Code);
                    break;
                }
            }
        }
    }
}
