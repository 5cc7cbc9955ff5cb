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

    /// <summary>Returns a row with its error code and grouping step; the caller has checked that a DRG it assigns has a title.</summary>
    public static DrgFormula Create(int mdc, int rank, int drg, int rerouteMdc, int[] severitySuppression, string text, Formula formula, ComputedOperands computed, string drgTitle, string rerouteMdcTitle)
    {
        var errorCode = drg == 0 && rerouteMdc == 0 ? ErrorCodeOf(formula, computed) : null;
        var step = errorCode is { } error ? new GroupingStep(mdc, rank, text, GroupingStepOutcome.Error, 0, error.ToCmsName())
            : drg == 0 ? new GroupingStep(mdc, rank, text, GroupingStepOutcome.Reroute, rerouteMdc, rerouteMdcTitle)
            : new GroupingStep(mdc, rank, text, GroupingStepOutcome.AssignDrg, drg, drgTitle);
        return new DrgFormula
        {
            Step = step,
            Mdc = mdc,
            Rank = rank,
            Drg = drg,
            RerouteMdc = rerouteMdc,
            SeveritySuppression = severitySuppression,
            Text = text,
            Formula = formula,
            ErrorCode = errorCode,
        };
    }

    private static GrouperReturnCode? ErrorCodeOf(Formula formula, ComputedOperands computed)
    {
        // A row with no DRG and no reroute is an error row when it tests an error operand; otherwise it is a marker.
        var operands = formula.PositiveProcedureOperands;
        if (operands.Contains(computed.InvalidPdx))
        {
            return GrouperReturnCode.InvalidPdx;
        }

        if (operands.Contains(computed.PdxECode))
        {
            return GrouperReturnCode.DxCannotBePdx;
        }

        if (operands.Contains(computed.InvalidSex))
        {
            return GrouperReturnCode.InvalidSex;
        }

        if (operands.Contains(computed.InvalidDischargeStatus))
        {
            return GrouperReturnCode.InvalidDischargeStatus;
        }

        return null;
    }
}
