namespace MedCoding.Grouping.Formulas;

/// <summary><c>MCC</c> or <c>CC</c>: at least one secondary diagnosis of that severity counts for the formula being read.</summary>
internal sealed class SeverityNode(CcSeverity severity) : FormulaNode
{
    public override bool Evaluate(CaseFacts facts) => facts.HasCounted(severity);

    public override IEnumerable<OperandNode> Atoms() => [];

    public override void CollectPositiveProcedureOperands(List<int> operands, bool negated)
    {
    }
}
