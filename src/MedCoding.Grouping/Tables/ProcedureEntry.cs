namespace MedCoding.Grouping.Tables;

/// <summary>One row of <c>pr.tsv</c>: an ICD-10-PCS code's O.R. flag, operands and clusters.</summary>
internal sealed class ProcedureEntry
{
    public required string Code { get; init; }

    public required bool IsOr { get; init; }

    public required int[] Operands { get; init; }

    /// <summary>The clusters the code belongs to: the cluster's index in the version's list, and one bit per choice of that cluster the code is in.</summary>
    public required ClusterMembership[] Clusters { get; init; }

    public bool Has(int operand) => Array.IndexOf(Operands, operand) >= 0;
}
