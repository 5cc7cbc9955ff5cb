using System.Text.Json.Serialization;
using MedCoding.Billing.X12;

namespace MedCoding.Billing.Denials;

/// <summary>
/// Returns one adjustment to work: which claim and line, the group and reason code, the amount, and the job that must act.
/// </summary>
/// <threadsafety>Immutable and thread-safe: the list is copied on construction.</threadsafety>
public sealed record WorkItem
{
    /// <summary>Initializes a work item.</summary>
    /// <param name="claimId">The patient control number of the claim.</param>
    /// <param name="payerClaimControlNumber">The payer's claim number, which an appeal or corrected claim references.</param>
    /// <param name="serviceCode">The procedure code of the line adjusted, or <see langword="null"/> for a claim-level adjustment.</param>
    /// <param name="group">The adjustment group.</param>
    /// <param name="reasonCode">The CARC.</param>
    /// <param name="amount">The amount adjusted.</param>
    /// <param name="remarkCodes">The remark codes (RARC) of the line or claim.</param>
    /// <param name="route">Where the adjustment goes: cause, job and label.</param>
    /// <param name="paymentDate">The remittance's payment date: the decision date appeal limits count from.</param>
    /// <param name="traceNumber">The remittance's trace number (check or EFT).</param>
    public WorkItem(
        string claimId,
        string? payerClaimControlNumber,
        string? serviceCode,
        AdjustmentGroup group,
        string reasonCode,
        decimal amount,
        IReadOnlyList<string> remarkCodes,
        CarcRoute route,
        DateOnly paymentDate,
        string traceNumber)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentNullException.ThrowIfNull(reasonCode);
        ArgumentNullException.ThrowIfNull(remarkCodes);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(traceNumber);
        ClaimId = claimId;
        PayerClaimControlNumber = payerClaimControlNumber;
        ServiceCode = serviceCode;
        Group = group;
        ReasonCode = reasonCode;
        Amount = amount;
        RemarkCodes = remarkCodes.ToArray();
        Route = route;
        PaymentDate = paymentDate;
        TraceNumber = traceNumber;
    }

    /// <summary>Gets the patient control number of the claim.</summary>
    public string ClaimId { get; }

    /// <summary>Gets the payer's claim number, if reported.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? PayerClaimControlNumber { get; }

    /// <summary>Gets the procedure code of the line adjusted, or <see langword="null"/> for the claim.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ServiceCode { get; }

    /// <summary>Gets the adjustment group.</summary>
    public AdjustmentGroup Group { get; }

    /// <summary>Gets the CARC.</summary>
    public string ReasonCode { get; }

    /// <summary>Gets the amount adjusted.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the remark codes (RARC).</summary>
    public IReadOnlyList<string> RemarkCodes { get; }

    /// <summary>Gets where the adjustment goes.</summary>
    public CarcRoute Route { get; }

    /// <summary>Gets the job that must act.</summary>
    [JsonIgnore]
    public Job Job => Route.Job;

    /// <summary>Gets the remittance's payment date.</summary>
    public DateOnly PaymentDate { get; }

    /// <summary>Gets the remittance's trace number.</summary>
    public string TraceNumber { get; }

    /// <summary>Returns the last day to appeal this adjustment.</summary>
    /// <param name="settings">The payer's settings.</param>
    /// <returns>The payment date plus the payer's appeal limit.</returns>
    public DateOnly AppealDeadline(PayerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.AppealDeadline(PaymentDate);
    }

    /// <inheritdoc />
    public bool Equals(WorkItem? other) =>
        other is not null
        && ClaimId == other.ClaimId
        && PayerClaimControlNumber == other.PayerClaimControlNumber
        && ServiceCode == other.ServiceCode
        && Group == other.Group
        && ReasonCode == other.ReasonCode
        && Amount == other.Amount
        && RemarkCodes.SequenceEqual(other.RemarkCodes)
        && Route == other.Route
        && PaymentDate == other.PaymentDate
        && TraceNumber == other.TraceNumber;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClaimId, ServiceCode, Group, ReasonCode, Amount, PaymentDate);
}
