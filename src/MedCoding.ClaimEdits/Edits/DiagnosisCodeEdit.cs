using MedCoding.CodeSets;
using MedCoding.ClaimEdits.Sources;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Checks each diagnosis code against the ICD-10-CM release in force on the date of service:
/// DX_UNKNOWN, DX_NOT_IN_FORCE, DX_NOT_BILLABLE (suggesting the billable codes below the header) and
/// DX_SEVENTH_CHARACTER (a missing or invalid 7th character, or a missing placeholder X).
/// </summary>
/// <remarks>When no ICD-10-CM release is in force on the date of service (or none is configured), the codes are not checked and
/// the edit says so with a <see cref="RuleCatalog.DataUnavailable"/> finding.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DiagnosisCodeEdit : IClaimEdit
{
    private static readonly RuleDescriptor[] s_rules =
    [
        RuleCatalog.Get(RuleCatalog.DxUnknown), RuleCatalog.Get(RuleCatalog.DxNotInForce),
        RuleCatalog.Get(RuleCatalog.DxNotBillable), RuleCatalog.Get(RuleCatalog.DxSeventhCharacter),
    ];

    /// <summary>Gets how many billable codes a DX_NOT_BILLABLE finding suggests at most.</summary>
    /// <value>The default is 20.</value>
    public int MaxSuggestions { get; init; } = 20;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var release = context.Icd10Cm;
        if (release is null)
        {
            if (context.Claim.Diagnoses.Count > 0)
            {
                var date = context.Claim.DateOfService;
                context.ReportDataUnavailable(s_rules, context.Data.Icd10Cm is { } source
                    ? new NoReleaseInForceException(CodeSystem.Icd10Cm, date, [.. source.Releases.OrderBy(r => r.EffectiveFrom)]).Message
                    : DataAvailability.NotConfigured("ICD-10-CM", nameof(ClaimEditData.Icd10Cm), date));
            }

            return;
        }

        foreach (var dx in context.Diagnoses)
        {
            if (dx.ParseError is not null)
            {
                context.Report(s_rules[0], dx.Target, $"'{dx.Diagnosis.Code}' is not an ICD-10-CM code: {dx.ParseError}", dx.Diagnosis.Code);
                continue;
            }

            if (dx.Entry is { } entry)
            {
                if (!entry.IsBillable)
                {
                    ReportHeader(context, dx, entry);
                }

                continue;
            }

            if (CheckSeventhCharacter(context, dx))
            {
                continue;
            }

            var elsewhere = context.Data.Icd10Cm!.FindElsewhere(dx.Code, release.Release).FirstOrDefault();
            if (elsewhere.Release is not null)
            {
                context.Report(s_rules[1], dx.Target,
                    $"{dx.Code} is a code of {elsewhere.Release.Release} but not of {release.Release.Name}, the release in force on the date of service.",
                    dx.Diagnosis.Code);
            }
            else
            {
                context.Report(s_rules[0], dx.Target, $"{dx.Code} is not an ICD-10-CM code in {release.Release.Name} nor in any other release known.", dx.Diagnosis.Code);
            }
        }
    }

    private void ReportHeader(ClaimEditContext context, DiagnosisOnClaim dx, CodeEntry entry)
    {
        var release = context.Icd10Cm!;
        var billable = release.GetDescendants(entry).Where(e => e.IsBillable).ToArray();
        if (billable.Length > 0 && billable.All(e => e.Name.Length == 8) && entry.Name.Length < 8)
        {
            // Every code below is a 7th-character code: what is missing is the 7th character.
            var valid = billable.Select(e => e.Name).ToArray();
            if (valid.Length > 0)
            {
                context.Report(s_rules[3], dx.Target,
                    $"{dx.Code} needs a 7th character{(entry.Name.Length < 7 ? " (with the placeholder X)" : string.Empty)}: report one of {Join(valid)}.",
                    dx.Diagnosis.Code, valid.Take(MaxSuggestions).ToArray());
                return;
            }
        }

        var suggestions = billable.Take(MaxSuggestions).Select(e => e.Name).ToArray();
        context.Report(s_rules[2], dx.Target,
            $"{dx.Code} is a header, not a billable code: report a code below it ({billable.Length} billable: {Join(suggestions)}{(billable.Length > suggestions.Length ? ", ..." : string.Empty)}).",
            dx.Diagnosis.Code, suggestions);
    }

    private bool CheckSeventhCharacter(ClaimEditContext context, DiagnosisOnClaim dx)
    {
        var release = context.Icd10Cm!;
        var value = dx.Code.Value;
        if (value.Length < 5)
        {
            return false;
        }

        // The placeholder X left out: S00.00A for S00.00XA.
        var stem = value[..^1];
        if (stem.Length < Icd10CmCode.MaxLength - 1)
        {
            var padded = stem.PadRight(Icd10CmCode.MaxLength - 1, 'X') + value[^1];
            if (release.Find(padded) is { IsBillable: true } fixedCode)
            {
                context.Report(s_rules[3], dx.Target,
                    $"{dx.Code} lacks the placeholder X before its 7th character: report {fixedCode.Name}.", dx.Diagnosis.Code, [fixedCode.Name]);
                return true;
            }
        }

        // A 7th character the code does not take: S72.001Z.
        if (value.Length == Icd10CmCode.MaxLength && release.Find(stem) is { } header && !header.IsBillable)
        {
            var valid = release.GetChildren(header).Where(e => e.IsBillable && e.Name.Length == 8).Select(e => e.Name).ToArray();
            if (valid.Length > 0)
            {
                context.Report(s_rules[3], dx.Target,
                    $"'{value[^1]}' is not a 7th character of {header.Name}: report one of {Join(valid)}.", dx.Diagnosis.Code, valid.Take(MaxSuggestions).ToArray());
                return true;
            }
        }

        return false;
    }

    private static string Join(IEnumerable<string> codes) => string.Join(", ", codes);
}
