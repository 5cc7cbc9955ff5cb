using MedCoding.Billing.X12;

namespace MedCoding.Billing.Denials;

/// <summary>
/// Returns the denial work queue: every adjustment of a set of remittances that someone must act on, routed to the coder or the biller.
/// </summary>
/// <remarks>
/// Adjustments whose route has <see cref="Job.None"/> (contractual write-offs, deductibles, copays)
/// are posted, not worked, and do not enter the queue.
/// </remarks>
/// <threadsafety>Immutable and thread-safe: the list is copied on construction (a <see cref="WorkQueueBuilder"/>'s queue keeps its
/// items compactly and makes each <see cref="WorkItem"/> when it is read).</threadsafety>
public sealed record WorkQueue
{
    /// <summary>Initializes a queue.</summary>
    /// <param name="items">The items, in remittance order.</param>
    public WorkQueue(IReadOnlyList<WorkItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items.ToArray();
    }

    // The queue a builder made: its items kept compactly, each made when asked for.
    internal WorkQueue(WorkItemStore items)
    {
        Items = items;
    }

    /// <summary>Gets the items, in remittance order.</summary>
    public IReadOnlyList<WorkItem> Items { get; }

    /// <summary>Returns the queue built from remittances.</summary>
    /// <param name="remittances">The remittances.</param>
    /// <param name="table">The CARC routing table; <see cref="CarcTable.Default"/> when <see langword="null"/>.</param>
    /// <returns>The queue.</returns>
    /// <remarks>To build a queue without keeping the remittances, read them with <see cref="RemittanceReader.ReadClaims"/> into a <see cref="WorkQueueBuilder"/>.</remarks>
    public static WorkQueue From(IEnumerable<Remittance> remittances, CarcTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(remittances);
        var builder = new WorkQueueBuilder(table);
        foreach (var remittance in remittances)
        {
            foreach (var claim in remittance.Claims)
            {
                builder.Add(remittance.Payment, claim);
            }
        }

        return builder.Build();
    }

    /// <summary>Returns the items one job must act on.</summary>
    /// <param name="job">The job.</param>
    /// <returns>The items, in order.</returns>
    public IEnumerable<WorkItem> For(Job job) => Items is WorkItemStore store ? store.For(job) : Items.Where(i => i.Job == job);

    /// <inheritdoc />
    public bool Equals(WorkQueue? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => Items.Count;
}
