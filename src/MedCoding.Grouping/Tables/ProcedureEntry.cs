namespace MedCoding.Grouping.Tables;

/// <summary>One row of <c>pr.tsv</c>: an ICD-10-PCS code's O.R. flag, operands and clusters.</summary>
internal sealed class ProcedureEntry
{
    public required string Code { get; init; }

    public required bool IsOr { get; init; }

    public required int[] Operands { get; init; }

    /// <summary>Indexes into the version's cluster list.</summary>
    public required int[] Clusters { get; init; }

    public bool Has(int operand) => Array.IndexOf(Operands, operand) >= 0;
}
