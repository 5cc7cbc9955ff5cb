using MedCoding.Grouping.Formulas;
using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping;

/// <summary>Reads the DRG formulas: pre-MDC, then the MDC (or the one a reroute names), then unrelated O.R., then the error MDC.</summary>
internal sealed partial class CaseGrouper
{
    private Outcome ReadFormulas(CaseFacts facts, int pdxMdc, List<GroupingStep> path)
    {
        var mdc = pdxMdc;
        var match = FirstMatch(PreMdc, facts, path);
        if (match is { ErrorCode: { } preMdcError })
        {
            return new Outcome(match, 0, preMdcError);
        }

        if (match is { AssignsDrg: true })
        {
            return new Outcome(match, mdc, GrouperReturnCode.Ok);
        }

        if (match is { Reroutes: true })
        {
            mdc = match.RerouteMdc;
        }

        // Only external-cause codes have MDC 0, and pre-MDC stops them; never read the pre-MDC formulas twice.
        match = mdc == PreMdc ? null : FirstMatch(mdc, facts, path);
        if (match is { ErrorCode: { } mdcError })
        {
            return new Outcome(match, 0, mdcError);
        }

        if (match is { Reroutes: true })
        {
            match = FirstMatch(match.RerouteMdc, facts, path);
        }

        if (match is { AssignsDrg: true })
        {
            return new Outcome(match, mdc, GrouperReturnCode.Ok);
        }

        facts.Procedure.Add(_computed.ErrorDrg);
        match = FirstMatch(ErrorMdc, facts, path);
        return new Outcome(match, mdc, GrouperReturnCode.Ok);
    }

    /// <summary>Returns the first formula of the MDC, in rank order, that matches and assigns a DRG, reroutes or stops on an error; marker rows are passed over.</summary>
    private DrgFormula? FirstMatch(int mdc, CaseFacts facts, List<GroupingStep> path)
    {
        foreach (var row in _definitions.FormulasByMdc[mdc])
        {
            if (!row.AssignsDrg && !row.Reroutes && row.ErrorCode is null)
            {
                continue;
            }

            facts.SeveritySuppression = row.SeveritySuppression;
            var matched = row.Formula.Evaluate(facts);
            facts.SeveritySuppression = [];
            if (matched)
            {
                path.Add(row.Step);
                return row;
            }
        }

        return null;
    }

    private readonly record struct Outcome(DrgFormula? Formula, int Mdc, GrouperReturnCode ReturnCode)
    {
        public int PrincipalDiagnosisMdc { get; init; }
    }
}
