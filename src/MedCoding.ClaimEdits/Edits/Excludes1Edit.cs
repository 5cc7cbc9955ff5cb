using MedCoding.ClaimEdits.Excludes1;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks DX_EXCLUDES1: two diagnoses that an Excludes1 note ("not coded here") forbids together. The notes
/// are those of the release in force when it has a Tabular List, else <see cref="ClaimEditData.FallbackExcludes1"/>.
/// </summary>
/// <remarks>
/// The guidelines allow both codes when the two conditions are unrelated (ICD-10-CM guideline I.A.12.a);
/// the finding names the note so that a coder can judge.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Excludes1Edit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules = [RuleCatalog.Get(RuleCatalog.DxExcludes1)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Icd10Cm is { HasTabularList: true } release ? Excludes1Index.For(release) : context.Data.FallbackExcludes1;
        var diagnoses = context.Diagnoses;
        if (index is null || diagnoses.Count < 2)
        {
            return;
        }

        for (var i = 0; i < diagnoses.Count; i++)
        {
            var a = diagnoses[i];
            if (a.ParseError is not null)
            {
                continue;
            }

            for (var j = i + 1; j < diagnoses.Count; j++)
            {
                var b = diagnoses[j];
                if (b.ParseError is not null || a.Code == b.Code)
                {
                    continue;
                }

                var found = index.FindExclusion(a.Code, b.Code) is { } ab ? (Noted: a, Other: b, ab.Note, ab.NotedAt, ab.Citation)
                    : index.FindExclusion(b.Code, a.Code) is { } ba ? (Noted: b, Other: a, ba.Note, ba.NotedAt, ba.Citation)
                    : default;
                if (found.Note is null)
                {
                    continue;
                }

                var where = found.NotedAt.Name == found.Noted.Code.ToString() ? found.NotedAt.Name : $"{found.NotedAt.Name} (above {found.Noted.Code})";
                context.Report(s_rules[0], b.Target,
                    $"{found.Noted.Code} and {found.Other.Code} are not reported together: the Excludes1 note at {where} reads \"{found.Note.Text}\" ({found.Citation} covers {found.Other.Code}).",
                    b.Diagnosis.Code);
            }
        }
    }
}
