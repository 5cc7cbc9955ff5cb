namespace MedCoding.Grouping.Formulas;

/// <summary><c>~a</c>: the operand does not hold.</summary>
internal sealed class NotNode(FormulaNode term) : FormulaNode
{
    public override bool Evaluate(CaseFacts facts) => !term.Evaluate(facts);

    public override IEnumerable<OperandNode> Atoms() => term.Atoms();

    public override void CollectPositiveProcedureOperands(List<int> operands, bool negated) =>
        term.CollectPositiveProcedureOperands(operands, !negated);
}
