namespace MedCoding.Grouping.Formulas;

/// <summary>An atom: an operand tested in one scope (<c>name</c>, <c>PDX:name</c>, <c>SDX:name</c> ...).</summary>
internal sealed class OperandNode(OperandScope scope, int operand) : FormulaNode
{
    public OperandScope Scope => scope;

    public int Operand => operand;

    public override bool Evaluate(CaseFacts facts) => scope switch
    {
        OperandScope.Procedure => facts.Procedure.Contains(operand),
        OperandScope.Principal => facts.Principal.Contains(operand),
        OperandScope.Secondary => facts.SecondaryInScope.Contains(operand),
        OperandScope.Any => facts.Principal.Contains(operand) || facts.SecondaryInScope.Contains(operand),
        _ => facts.EveryDiagnosisHas(operand),
    };

    public override IEnumerable<OperandNode> Atoms() => [this];

    public override void CollectPositiveProcedureOperands(List<int> operands, bool negated)
    {
        if (scope == OperandScope.Procedure && !negated)
        {
            operands.Add(operand);
        }
    }
}
