using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns what an edit sees while checking one claim: the claim, the data, the ICD-10-CM release in
/// force on the date of service, the diagnoses already looked up, and where to report findings.
/// </summary>
/// <remarks>One context is made per claim and per check; it is not thread-safe and must not be kept.</remarks>
public sealed class ClaimEditContext
{
    private static readonly RuleDescriptor s_dataUnavailable = RuleCatalog.Get(RuleCatalog.DataUnavailable);
    private readonly List<Finding> _findings;
    private readonly List<string> _uncheckedRules = [];
    private readonly ClaimEditorSettings _settings;
    private DiagnosisOnClaim[]? _diagnoses;

    internal ClaimEditContext(Claim claim, ClaimEditData data, ClaimEditorSettings settings, List<Finding> findings)
    {
        Claim = claim;
        Data = data;
        _settings = settings;
        _findings = findings;
        Icd10Cm = data.Icd10Cm is { } schedule && schedule.TryGetInForceOn(claim.DateOfService, out var inForce, out _) ? inForce : null;
    }

    /// <summary>Gets the claim being checked.</summary>
    public Claim Claim { get; }

    /// <summary>Gets the code sets and edit tables the editor was built with.</summary>
    public ClaimEditData Data { get; }

    /// <summary>Gets the ICD-10-CM release in force on the claim's date of service, or <see langword="null"/> when none is known.</summary>
    public Icd10CmRelease? Icd10Cm { get; }

    /// <summary>Gets the claim's diagnoses, each parsed and looked up once in <see cref="Icd10Cm"/>.</summary>
    public IReadOnlyList<DiagnosisOnClaim> Diagnoses => _diagnoses ??= LookUpDiagnoses();

    /// <summary>Returns the path of a diagnosis, e.g. <c>diagnoses[1]</c>.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The path.</returns>
    public static string DiagnosisTarget(int index) => index < s_diagnosisTargets.Length ? s_diagnosisTargets[index] : $"diagnoses[{index}]";

    /// <summary>Returns the path of a service line, e.g. <c>lines[0]</c>.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The path.</returns>
    public static string LineTarget(int index) => index < s_lineTargets.Length ? s_lineTargets[index] : $"lines[{index}]";

    /// <summary>Returns the path of an ICD-10-PCS procedure, e.g. <c>procedures[0]</c>.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The path.</returns>
    public static string ProcedureTarget(int index) => $"procedures[{index}]";

    /// <summary>The target of a finding about the claim as a whole.</summary>
    public const string ClaimTarget = "claim";

    private static readonly string[] s_diagnosisTargets = [.. Enumerable.Range(0, 25).Select(i => $"diagnoses[{i}]")];
    private static readonly string[] s_lineTargets = [.. Enumerable.Range(0, 50).Select(i => $"lines[{i}]")];

    /// <summary>
    /// Reports a finding. The severity and error code are the rule's, unless the editor was configured
    /// otherwise; findings of a disabled rule are dropped.
    /// </summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="target">The path of what it concerns (<see cref="DiagnosisTarget"/>, <see cref="LineTarget"/>).</param>
    /// <param name="message">A message a coder understands; never patient data.</param>
    /// <param name="attemptedValue">The code or modifier at fault, as written.</param>
    /// <param name="suggestions">Values that would fix it, if any.</param>
    public void Report(RuleDescriptor rule, string target, string message, string? attemptedValue = null, IReadOnlyList<string>? suggestions = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        if (!IsEnabled(rule))
        {
            return;
        }

        var severity = rule.DefaultSeverity;
        var code = rule.Id;
        if (_settings.Overrides.TryGetValue(rule.Id, out var over))
        {
            severity = over.Severity ?? severity;
            code = over.ErrorCode ?? code;
        }

        _findings.Add(new Finding(code, severity, target, message, attemptedValue, suggestions ?? []));
    }

    /// <summary>
    /// Reports that some of an edit's rules could not check this claim because the data they need is not available for
    /// it: no release is in force on the claim's date, or the data is not configured at all. A check that cannot run is
    /// never silent: the rules are added to <see cref="ClaimEditResult.UncheckedRules"/>, and one
    /// <see cref="RuleCatalog.DataUnavailable"/> finding (a warning unless configured otherwise) names them and says why.
    /// </summary>
    /// <param name="rules">The rules that could not be checked; those disabled or outside the rule sets asked for are left out.</param>
    /// <param name="reason">Why, naming the data and the date, e.g. the message of a <see cref="NoReleaseInForceException"/>.</param>
    public void ReportDataUnavailable(IEnumerable<RuleDescriptor> rules, string reason)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var ids = rules.Where(IsEnabled).Select(r => r.Id).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        foreach (var id in ids)
        {
            if (!_uncheckedRules.Contains(id))
            {
                _uncheckedRules.Add(id);
            }
        }

        // Reported whatever rule sets were asked for: it belongs to the rules that could not run, not to a set of its own.
        if (!_settings.IsEnabled(s_dataUnavailable))
        {
            return;
        }

        var severity = s_dataUnavailable.DefaultSeverity;
        var code = s_dataUnavailable.Id;
        if (_settings.Overrides.TryGetValue(s_dataUnavailable.Id, out var over))
        {
            severity = over.Severity ?? severity;
            code = over.ErrorCode ?? code;
        }

        // A reason written as a sentence ("No MCE release ...") continues the message after the colon.
        if (reason.Length > 1 && char.IsUpper(reason[0]) && char.IsLower(reason[1]))
        {
            reason = char.ToLowerInvariant(reason[0]) + reason[1..];
        }

        var named = ids.Length == 1 ? $"{ids[0]} was" : $"{string.Join(", ", ids[..^1])} and {ids[^1]} were";
        _findings.Add(new Finding(code, severity, ClaimTarget, $"{named} not checked: {reason}", null, []));
    }

    /// <summary>Gets the ids of the rules reported with <see cref="ReportDataUnavailable"/> so far.</summary>
    internal IReadOnlyList<string> UncheckedRules => _uncheckedRules;

    /// <summary>Returns whether findings of a rule are wanted in this check (its rule set is selected and it is not disabled).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns><see langword="true"/> if a finding of the rule would be kept.</returns>
    public bool IsEnabled(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _settings.IsEnabled(rule) && (RuleSetFilter is null || RuleSetFilter.Contains(rule.RuleSet));
    }

    internal IReadOnlySet<string>? RuleSetFilter { get; init; }

    private DiagnosisOnClaim[] LookUpDiagnoses()
    {
        var diagnoses = Claim.Diagnoses;
        var result = new DiagnosisOnClaim[diagnoses.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var written = diagnoses[i].Code;
            if (Icd10CmCode.TryParse(written, out var code, out var error))
            {
                result[i] = new DiagnosisOnClaim(i, diagnoses[i], code, Icd10Cm?.Find(code), null);
            }
            else
            {
                result[i] = new DiagnosisOnClaim(i, diagnoses[i], default, null, error);
            }
        }

        return result;
    }
}
