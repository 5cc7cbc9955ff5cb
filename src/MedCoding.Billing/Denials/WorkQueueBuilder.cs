using MedCoding.Billing.X12;

namespace MedCoding.Billing.Denials;

/// <summary>
/// Builds a <see cref="WorkQueue"/> one claim at a time, keeping only the work items, compactly: a remittance can be
/// read claim by claim (<see cref="RemittanceReader.ReadClaims"/>) and its queue built without keeping its claims.
/// </summary>
/// <remarks>
/// <para>
/// Each item is kept as one small record of references to the claim's ids and to codes, routes and payments kept once
/// each, so memory grows with the items routed, not with the claims read. Adjustments routed to <see cref="Job.None"/>
/// are not kept.
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe: add from one thread. Refuses to be used after <see cref="Build"/>.</threadsafety>
public sealed class WorkQueueBuilder
{
    // Codes, remark lists and routes repeat from claim to claim: each distinct one is kept once, up to this many.
    private const int PoolCapacity = 1 << 16;

    private readonly CarcTable _table;
    private readonly WorkItemStore _store = new();
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _remarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CarcRoute> _routes = new(StringComparer.Ordinal);
    private RemittancePayment? _payment;
    private bool _used;

    /// <summary>Initializes an empty builder.</summary>
    /// <param name="table">The CARC routing table; <see cref="CarcTable.Default"/> when <see langword="null"/>.</param>
    public WorkQueueBuilder(CarcTable? table = null)
    {
        _table = table ?? CarcTable.Default;
    }

    /// <summary>Gets the number of work items added so far.</summary>
    public int Count => _store.Count;

    /// <summary>Adds the work items of one claim: each of its adjustments that someone must act on, claim-level first, then each service's.</summary>
    /// <param name="payment">The payment (BPR, TRN) of the remittance the claim belongs to: its date and trace number go into each item.</param>
    /// <param name="claim">The claim.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> has been called.</exception>
    public WorkQueueBuilder Add(RemittancePayment payment, ClaimPayment claim)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(claim);
        ThrowIfUsed();
        foreach (var (service, adjustment) in claim.AllAdjustments())
        {
            var route = Route(adjustment.ReasonCode);
            if (route.Job == Job.None)
            {
                continue;
            }

            if (!ReferenceEquals(payment, _payment))
            {
                _store.AddPayment(payment);
                _payment = payment;
            }

            _store.Add(new WorkItemStore.Entry(
                claim.ClaimId,
                claim.PayerClaimControlNumber,
                service?.Code is { } code ? Code(code) : null,
                Code(adjustment.ReasonCode),
                Remarks(service?.RemarkCodes ?? claim.RemarkCodes),
                route,
                adjustment.Amount,
                adjustment.Group));
        }

        return this;
    }

    /// <summary>Returns the queue of the items added, in the order added.</summary>
    /// <returns>The queue.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> has been called before.</exception>
    public WorkQueue Build()
    {
        ThrowIfUsed();
        _used = true;
        return new WorkQueue(_store);
    }

    private void ThrowIfUsed()
    {
        if (_used)
        {
            throw new InvalidOperationException("The work queue has been built; start a new builder.");
        }
    }

    private CarcRoute Route(string reasonCode)
    {
        if (_routes.TryGetValue(reasonCode, out var route))
        {
            return route;
        }

        route = _table.Route(reasonCode);
        if (_routes.Count < PoolCapacity)
        {
            _routes.Add(reasonCode, route);
        }

        return route;
    }

    private string Code(string code)
    {
        if (_codes.TryGetValue(code, out var shared))
        {
            return shared;
        }

        if (_codes.Count < PoolCapacity)
        {
            _codes.Add(code, code);
        }

        return code;
    }

    private string[] Remarks(IReadOnlyList<string> remarks)
    {
        if (remarks.Count == 0)
        {
            return [];
        }

        var key = remarks.Count == 1 ? remarks[0] : string.Join('\u001F', remarks);
        if (_remarks.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var copy = new string[remarks.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = Code(remarks[i]);
        }

        if (_remarks.Count < PoolCapacity)
        {
            _remarks.Add(key, copy);
        }

        return copy;
    }
}
