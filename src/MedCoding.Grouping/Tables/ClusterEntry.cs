namespace MedCoding.Grouping.Tables;

/// <summary>A cluster pseudo-procedure (<c>Z@nnnn</c>): met when the case has a code of every choice; it then adds its operands.</summary>
internal sealed class ClusterEntry
{
    public required string Id { get; init; }

    public required int[] SuppressionMdcs { get; init; }

    /// <summary>The codes of each choice.</summary>
    public required string[][] Choices { get; init; }

    public required int[] Operands { get; init; }
}
