namespace MedCoding.Grouping.Formulas;

/// <summary>A node of a parsed formula.</summary>
internal abstract class FormulaNode
{
    public abstract bool Evaluate(CaseFacts facts);

    /// <summary>Returns every operand atom of the node, in formula order.</summary>
    public abstract IEnumerable<OperandNode> Atoms();

    /// <summary>Adds the procedure-scope operands the node tests positively (not under <c>~</c>), used to tell which procedure drove a DRG.</summary>
    public abstract void CollectPositiveProcedureOperands(List<int> operands, bool negated);
}
