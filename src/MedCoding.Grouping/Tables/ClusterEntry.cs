namespace MedCoding.Grouping.Tables;

/// <summary>A cluster pseudo-procedure (<c>Z@nnnn</c>): met when the case has a code of every choice; it then adds its operands.</summary>
internal sealed class ClusterEntry
{
    /// <summary>The cluster's place in the version's list of clusters.</summary>
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required int[] SuppressionMdcs { get; init; }

    /// <summary>The codes of each choice.</summary>
    public required string[][] Choices { get; init; }

    public required int[] Operands { get; init; }

    /// <summary>One bit per choice: a case meets the cluster when its codes cover every bit.</summary>
    public int AllChoices => (1 << Choices.Length) - 1;
}
