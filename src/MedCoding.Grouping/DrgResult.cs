using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// Gets the outcome of grouping one case: the MS-DRG, its MDC and return code, and the path that led
/// there (which secondary diagnoses made the CC/MCC and which were excluded, which procedure drove a
/// surgical DRG, which hospital-acquired conditions the case meets).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DrgResult
{
    /// <summary>Gets the MS-DRG release (version) whose tables grouped the case, e.g. <c>MS-DRG v43.1</c>.</summary>
    public required Release Release { get; init; }

    /// <summary>Gets the MS-DRG (1-999; 999 = ungroupable).</summary>
    public required int Drg { get; init; }

    /// <summary>Gets the DRG's title.</summary>
    public required string DrgTitle { get; init; }

    /// <summary>Gets whether the DRG is medical or surgical.</summary>
    public required DrgType Type { get; init; }

    /// <summary>Gets the MDC of the principal diagnosis (for the patient's sex), before any reroute; 0 when the principal diagnosis is not a valid code.</summary>
    public required int PrincipalDiagnosisMdc { get; init; }

    /// <summary>Gets the final Major Diagnostic Category (0 when the case cannot group).</summary>
    public required int Mdc { get; init; }

    /// <summary>Gets the MDC's title (empty for MDC 0 on an error).</summary>
    public required string MdcTitle { get; init; }

    /// <summary>Gets why the case grouped or could not group.</summary>
    public required GrouperReturnCode ReturnCode { get; init; }

    /// <summary>Gets what the grouper made of each secondary diagnosis, in claim order.</summary>
    public required IReadOnlyList<SecondaryDiagnosisFinding> SecondaryDiagnoses { get; init; }

    /// <summary>Gets the procedure that drove the surgical DRG, or <see langword="null"/> for a medical DRG.</summary>
    public required string? DrivingProcedure { get; init; }

    /// <summary>Gets the hospital-acquired conditions the case meets (empty when none).</summary>
    public required IReadOnlyList<HacFinding> Hacs { get; init; }

    /// <summary>Gets the formulas that matched, in the order the grouper met them.</summary>
    public required IReadOnlyList<GroupingStep> Path { get; init; }

    /// <summary>Gets the highest severity that counted: <see cref="CcSeverity.Mcc"/> when a secondary diagnosis made an MCC.</summary>
    public CcSeverity CountedSeverity
    {
        get
        {
            var highest = CcSeverity.None;
            foreach (var finding in SecondaryDiagnoses)
            {
                if (finding.Counted && finding.Severity > highest)
                {
                    highest = finding.Severity;
                }
            }

            return highest;
        }
    }
}
