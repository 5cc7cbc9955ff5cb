namespace MedCoding.Grouping.Tables;

/// <summary>
/// The rows of <c>pr.tsv</c> in flat arrays: the ICD-10-PCS code (packed), whether it is an O.R. procedure, its
/// operands (a list of a shared pool) and the clusters it belongs to. A row is read through a <see cref="ProcedureRow"/>.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class ProcedureTable
{
    public ProcedureTable(CodeIndex index, ulong[] keys, bool[] isOr, int[] operandLists, IntListPool lists, int[] membershipStarts, ClusterMembership[] memberships)
    {
        Index = index;
        Keys = keys;
        IsOr = isOr;
        OperandLists = operandLists;
        Lists = lists;
        MembershipStarts = membershipStarts;
        Memberships = memberships;
    }

    public int Count => Keys.Length;

    public CodeIndex Index { get; }

    public ulong[] Keys { get; }

    public bool[] IsOr { get; }

    public int[] OperandLists { get; }

    public IntListPool Lists { get; }

    /// <summary>Where each row's cluster memberships start in <see cref="Memberships"/>, plus the end of the last row's.</summary>
    public int[] MembershipStarts { get; }

    /// <summary>Each row's clusters, in cluster order: the cluster's index and one bit per choice of that cluster the code is in.</summary>
    public ClusterMembership[] Memberships { get; }

    public ProcedureRow this[int row] => new(this, row);

    /// <summary>Returns the row of a code as written, or a row that does not <see cref="ProcedureRow.Exists"/>.</summary>
    public ProcedureRow Find(ReadOnlySpan<char> code) => Index.Find(code) is var row and >= 0 ? new(this, row) : default;
}

/// <summary>One row of a <see cref="ProcedureTable"/>; <c>default</c> is "no such code".</summary>
internal readonly struct ProcedureRow
{
    private readonly ProcedureTable _table;

    public ProcedureRow(ProcedureTable table, int row)
    {
        _table = table;
        Row = row;
    }

    public bool Exists => _table is not null;

    public int Row { get; }

    /// <summary>Gets the code, upper case (built on each call).</summary>
    public string Code => CodeIndex.Unpack(_table.Keys[Row]);

    public bool IsOr => _table.IsOr[Row];

    public ReadOnlySpan<int> Operands => _table.Lists[_table.OperandLists[Row]];

    /// <summary>Gets the clusters the code belongs to, in cluster order.</summary>
    public ReadOnlySpan<ClusterMembership> Clusters =>
        _table.Memberships.AsSpan(_table.MembershipStarts[Row], _table.MembershipStarts[Row + 1] - _table.MembershipStarts[Row]);

    public bool Has(int operand) => Operands.Contains(operand);

    /// <summary>Returns whether the code is in any choice of a cluster.</summary>
    public bool IsInCluster(int cluster)
    {
        foreach (var membership in Clusters)
        {
            if (membership.Cluster == cluster)
            {
                return true;
            }
        }

        return false;
    }
}
