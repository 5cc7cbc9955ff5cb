namespace MedCoding.Grouping.Formulas;

/// <summary>A parsed formula of the CMS formula language, ready to evaluate against a case.</summary>
internal sealed class Formula(string text, FormulaNode root, int[] positiveProcedureOperands)
{
    public string Text => text;

    public FormulaNode Root => root;

    /// <summary>The procedure-scope operands the formula tests positively.</summary>
    public int[] PositiveProcedureOperands => positiveProcedureOperands;

    public bool Evaluate(CaseFacts facts) => root.Evaluate(facts);

    public override string ToString() => text;
}
