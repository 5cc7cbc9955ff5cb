namespace MedCoding.Grouping.Formulas;

/// <summary><c>a &amp; b &amp; ...</c>: every operand holds.</summary>
internal sealed class AndNode(FormulaNode[] terms) : FormulaNode
{
    public override bool Evaluate(CaseFacts facts)
    {
        foreach (var term in terms)
        {
            if (!term.Evaluate(facts))
            {
                return false;
            }
        }

        return true;
    }

    public override IEnumerable<OperandNode> Atoms() => terms.SelectMany(term => term.Atoms());

    public override void CollectPositiveProcedureOperands(List<int> operands, bool negated)
    {
        foreach (var term in terms)
        {
            term.CollectPositiveProcedureOperands(operands, negated);
        }
    }
}
