using System.Text.Json.Serialization;

namespace MedCoding.Billing.X12;

/// <summary>
/// Returns one 835 remittance advice (one ST/SE transaction): the payment, the claims it pays and provider-level adjustments.
/// </summary>
/// <threadsafety>Immutable and thread-safe: the lists are copied on construction.</threadsafety>
public sealed record Remittance
{
    /// <summary>Initializes a remittance.</summary>
    /// <param name="payment">The payment (BPR, TRN).</param>
    /// <param name="payerName">The payer (N1*PR).</param>
    /// <param name="claims">The claims paid (CLP loops).</param>
    /// <param name="providerAdjustments">The provider-level adjustments (PLB).</param>
    /// <param name="payeeName">The payee (N1*PE), if given.</param>
    /// <param name="payeeId">The payee id (N1*PE N104, usually the NPI), if given.</param>
    /// <param name="productionDate">DTM*405: the date the remittance was produced, if given.</param>
    public Remittance(
        RemittancePayment payment,
        string payerName,
        IReadOnlyList<ClaimPayment> claims,
        IReadOnlyList<ProviderAdjustment> providerAdjustments,
        string? payeeName = null,
        string? payeeId = null,
        DateOnly? productionDate = null)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(payerName);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(providerAdjustments);
        Payment = payment;
        PayerName = payerName;
        Claims = claims.ToArray();
        ProviderAdjustments = providerAdjustments.ToArray();
        PayeeName = payeeName;
        PayeeId = payeeId;
        ProductionDate = productionDate;
    }

    /// <summary>Gets the payment.</summary>
    public RemittancePayment Payment { get; }

    /// <summary>Gets the payer's name.</summary>
    public string PayerName { get; }

    /// <summary>Gets the claims paid.</summary>
    public IReadOnlyList<ClaimPayment> Claims { get; }

    /// <summary>Gets the provider-level adjustments.</summary>
    public IReadOnlyList<ProviderAdjustment> ProviderAdjustments { get; }

    /// <summary>Gets the payee's name, if given.</summary>
    public string? PayeeName { get; }

    /// <summary>Gets the payee id, if given.</summary>
    public string? PayeeId { get; }

    /// <summary>Gets the production date, if given.</summary>
    public DateOnly? ProductionDate { get; }

    /// <summary>Gets whether the payment equals the claim payments less the provider adjustments, as the 835 requires.</summary>
    [JsonIgnore]
    public bool IsBalanced => Payment.Amount == Claims.Sum(c => c.PaidAmount) - ProviderAdjustments.Sum(p => p.Amount);

    /// <inheritdoc />
    public bool Equals(Remittance? other) =>
        other is not null
        && Payment == other.Payment
        && PayerName == other.PayerName
        && Claims.SequenceEqual(other.Claims)
        && ProviderAdjustments.SequenceEqual(other.ProviderAdjustments)
        && PayeeName == other.PayeeName
        && PayeeId == other.PayeeId
        && ProductionDate == other.ProductionDate;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Payment, PayerName, Claims.Count, ProviderAdjustments.Count);
}
