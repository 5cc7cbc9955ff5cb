using MedCoding.Grouping.Formulas;

namespace MedCoding.Grouping.Tables;

/// <summary>One row of <c>drg_formulas.tsv</c>: in an MDC, at a rank, a formula that assigns a DRG or reroutes.</summary>
internal sealed class DrgFormula
{
    public required int Mdc { get; init; }

    public required int Rank { get; init; }

    public required int Drg { get; init; }

    public required int RerouteMdc { get; init; }

    /// <summary>Operands whose secondary diagnoses do not count as CC/MCC for this formula.</summary>
    public required int[] SeveritySuppression { get; init; }

    public required string Text { get; init; }

    public required Formula Formula { get; init; }

    /// <summary>The return code the row stands for when it is an error row (drg 0, no reroute, an error operand), else null.</summary>
    public required GrouperReturnCode? ErrorCode { get; init; }

    /// <summary>The step the row adds to the grouping path when it matches (built once at load).</summary>
    public required GroupingStep Step { get; init; }

    public bool AssignsDrg => Drg != 0;

    public bool Reroutes => Drg == 0 && RerouteMdc != 0;
}
