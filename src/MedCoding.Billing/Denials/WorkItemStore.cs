using System.Collections;
using MedCoding.Billing.X12;

namespace MedCoding.Billing.Denials;

/// <summary>
/// Returns the work items of a queue kept compactly: one small record per item, in blocks small enough to stay off the
/// large object heap, each <see cref="WorkItem"/> made when it is asked for.
/// </summary>
/// <threadsafety>Immutable once the builder has built its queue; reads are then thread-safe.</threadsafety>
internal sealed class WorkItemStore : IReadOnlyList<WorkItem>
{
    // 1,024 entries of 72 bytes: 72 KiB a block, under the large object heap's 85,000 bytes.
    private const int BlockShift = 10;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<Entry[]> _blocks = [];
    private readonly List<RemittancePayment> _payments = [];
    private int _count;

    public int Count => _count;

    public WorkItem this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
            return Make(in _blocks[index >> BlockShift][index & (BlockSize - 1)]);
        }
    }

    public void AddPayment(RemittancePayment payment) => _payments.Add(payment);

    public void Add(in Entry entry)
    {
        var slot = _count & (BlockSize - 1);
        if (slot == 0)
        {
            _blocks.Add(new Entry[BlockSize]);
        }

        var stored = entry with { Payment = _payments.Count - 1 };
        _blocks[^1][slot] = stored;
        _count++;
    }

    /// <summary>Returns the items one job must act on, making only those.</summary>
    public IEnumerable<WorkItem> For(Job job)
    {
        for (var i = 0; i < _count; i++)
        {
            var block = _blocks[i >> BlockShift];
            if (block[i & (BlockSize - 1)].Route.Job == job)
            {
                yield return Make(in block[i & (BlockSize - 1)]);
            }
        }
    }

    public IEnumerator<WorkItem> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return Make(in _blocks[i >> BlockShift][i & (BlockSize - 1)]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private WorkItem Make(in Entry entry)
    {
        var payment = _payments[entry.Payment];
        return new WorkItem(entry.ClaimId, entry.PayerClaimControlNumber, entry.ServiceCode, entry.Group, entry.ReasonCode, entry.Amount, entry.RemarkCodes, entry.Route, payment.Date, payment.TraceNumber);
    }

    /// <summary>One item: references to strings, lists and routes kept once, the amount, and the index of its remittance's payment.</summary>
    internal readonly record struct Entry(
        string ClaimId,
        string? PayerClaimControlNumber,
        string? ServiceCode,
        string ReasonCode,
        string[] RemarkCodes,
        CarcRoute Route,
        decimal Amount,
        AdjustmentGroup Group,
        int Payment = 0);
}
