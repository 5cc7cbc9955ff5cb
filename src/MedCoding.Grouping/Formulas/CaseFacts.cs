using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping.Formulas;

/// <summary>
/// What the formulas of one case are evaluated against: the operands of its procedures, principal and
/// secondary diagnoses, the computed operands, and the secondary diagnoses whose CC/MCC counts.
/// </summary>
/// <remarks>Reused across cases on one thread; <see cref="Reset"/> clears it.</remarks>
internal sealed class CaseFacts
{
    private readonly List<DiagnosisRow> _countedEntries = new(DrgCase.MaxSecondaryDiagnoses);
    private readonly List<CcSeverity> _countedSeverities = new(DrgCase.MaxSecondaryDiagnoses);

    public CaseFacts(int operandCount)
    {
        Procedure = new OperandSet(operandCount);
        Principal = new OperandSet(operandCount);
        Secondary = new OperandSet(operandCount);
        SecondaryNotPresentOnAdmission = new OperandSet(operandCount);
        SecondaryInScope = Secondary;
    }

    /// <summary>Operands of the procedures, met clusters and computed operands (atoms without prefix).</summary>
    public OperandSet Procedure { get; }

    public OperandSet Principal { get; }

    /// <summary>Operands of every valid secondary diagnosis.</summary>
    public OperandSet Secondary { get; }

    /// <summary>Operands of the secondary diagnoses reported not present on admission (N or U), which HAC formulas test.</summary>
    public OperandSet SecondaryNotPresentOnAdmission { get; }

    /// <summary>The set <c>SDX:</c> atoms read: <see cref="Secondary"/>, or the not-POA set while HAC formulas are evaluated.</summary>
    public OperandSet SecondaryInScope { get; set; }

    /// <summary>The principal diagnosis's row; one that does not exist before it is set.</summary>
    public DiagnosisRow PrincipalEntry { get; set; }

    /// <summary>For each cluster any of the case's procedures belongs to, the choices the case's codes cover (one bit each).</summary>
    public Dictionary<int, int> ClusterChoicesCovered { get; } = [];

    public List<DiagnosisRow> SecondaryEntries { get; } = new(DrgCase.MaxSecondaryDiagnoses);

    /// <summary>Operands whose secondary diagnoses do not count as CC/MCC for the formula being read.</summary>
    public int[] SeveritySuppression { get; set; } = [];

    public void Reset()
    {
        Procedure.Clear();
        Principal.Clear();
        Secondary.Clear();
        SecondaryNotPresentOnAdmission.Clear();
        SecondaryInScope = Secondary;
        PrincipalEntry = default;
        ClusterChoicesCovered.Clear();
        SecondaryEntries.Clear();
        _countedEntries.Clear();
        _countedSeverities.Clear();
        SeveritySuppression = [];
    }

    public void AddCounted(DiagnosisRow entry, CcSeverity severity)
    {
        _countedEntries.Add(entry);
        _countedSeverities.Add(severity);
    }

    public bool HasCounted(CcSeverity severity)
    {
        for (var i = 0; i < _countedEntries.Count; i++)
        {
            if (_countedSeverities[i] == severity && !IsSuppressed(_countedEntries[i]))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsSuppressed(DiagnosisRow entry)
    {
        foreach (var operand in SeveritySuppression)
        {
            if (entry.Has(operand))
            {
                return true;
            }
        }

        return false;
    }

    public bool EveryDiagnosisHas(int operand)
    {
        if (!PrincipalEntry.Exists || !PrincipalEntry.Has(operand))
        {
            return false;
        }

        foreach (var entry in SecondaryEntries)
        {
            if (!entry.Has(operand))
            {
                return false;
            }
        }

        return true;
    }
}
