using System.Text.Json.Serialization;

namespace MedCoding.Billing.X12;

/// <summary>
/// Returns one 835 remittance advice (one ST/SE transaction) without its claims: the payment, the parties, the provider-level
/// adjustments, and the number and total payment of the claims, as <see cref="RemittanceReader.ReadClaims"/> reports it
/// once the transaction has been read.
/// </summary>
/// <threadsafety>Immutable and thread-safe: the list is copied on construction.</threadsafety>
public sealed record RemittanceSummary
{
    /// <summary>Initializes a summary.</summary>
    /// <param name="payment">The payment (BPR, TRN).</param>
    /// <param name="payerName">The payer (N1*PR).</param>
    /// <param name="claimCount">The number of claims paid (CLP loops).</param>
    /// <param name="claimsPaidAmount">The sum of the claims' payment amounts (CLP04).</param>
    /// <param name="providerAdjustments">The provider-level adjustments (PLB).</param>
    /// <param name="payeeName">The payee (N1*PE), if given.</param>
    /// <param name="payeeId">The payee id (N1*PE N104, usually the NPI), if given.</param>
    /// <param name="productionDate">DTM*405: the date the remittance was produced, if given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="claimCount"/> is negative.</exception>
    public RemittanceSummary(
        RemittancePayment payment,
        string payerName,
        int claimCount,
        decimal claimsPaidAmount,
        IReadOnlyList<ProviderAdjustment> providerAdjustments,
        string? payeeName = null,
        string? payeeId = null,
        DateOnly? productionDate = null)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(payerName);
        ArgumentOutOfRangeException.ThrowIfNegative(claimCount);
        ArgumentNullException.ThrowIfNull(providerAdjustments);
        Payment = payment;
        PayerName = payerName;
        ClaimCount = claimCount;
        ClaimsPaidAmount = claimsPaidAmount;
        ProviderAdjustments = providerAdjustments.ToArray();
        PayeeName = payeeName;
        PayeeId = payeeId;
        ProductionDate = productionDate;
    }

    /// <summary>Gets the payment.</summary>
    public RemittancePayment Payment { get; }

    /// <summary>Gets the payer's name.</summary>
    public string PayerName { get; }

    /// <summary>Gets the number of claims paid.</summary>
    public int ClaimCount { get; }

    /// <summary>Gets the sum of the claims' payment amounts.</summary>
    public decimal ClaimsPaidAmount { get; }

    /// <summary>Gets the provider-level adjustments.</summary>
    public IReadOnlyList<ProviderAdjustment> ProviderAdjustments { get; }

    /// <summary>Gets the payee's name, if given.</summary>
    public string? PayeeName { get; }

    /// <summary>Gets the payee id, if given.</summary>
    public string? PayeeId { get; }

    /// <summary>Gets the production date, if given.</summary>
    public DateOnly? ProductionDate { get; }

    /// <summary>Gets whether the payment equals the claim payments less the provider adjustments, as the 835 requires (the same test as <see cref="Remittance.IsBalanced"/>).</summary>
    [JsonIgnore]
    public bool IsBalanced => Payment.Amount == ClaimsPaidAmount - ProviderAdjustments.Sum(p => p.Amount);

    /// <summary>Returns the remittance this summarizes, with its claims.</summary>
    /// <param name="claims">The claims the transaction paid, in file order.</param>
    /// <returns>The remittance.</returns>
    /// <exception cref="ArgumentException"><paramref name="claims"/> does not hold <see cref="ClaimCount"/> claims.</exception>
    public Remittance WithClaims(IReadOnlyList<ClaimPayment> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count != ClaimCount)
        {
            throw new ArgumentException($"The remittance has {ClaimCount} claims; {claims.Count} were given.", nameof(claims));
        }

        return new Remittance(Payment, PayerName, claims, ProviderAdjustments, PayeeName, PayeeId, ProductionDate);
    }

    /// <inheritdoc />
    public bool Equals(RemittanceSummary? other) =>
        other is not null
        && Payment == other.Payment
        && PayerName == other.PayerName
        && ClaimCount == other.ClaimCount
        && ClaimsPaidAmount == other.ClaimsPaidAmount
        && ProviderAdjustments.SequenceEqual(other.ProviderAdjustments)
        && PayeeName == other.PayeeName
        && PayeeId == other.PayeeId
        && ProductionDate == other.ProductionDate;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Payment, PayerName, ClaimCount, ClaimsPaidAmount, ProviderAdjustments.Count);
}
