namespace MedCoding.Billing.X12;

/// <summary>
/// Returns how the payer processed one claim (CLP loop): status, amounts, adjustments, remark codes and service lines.
/// </summary>
/// <remarks>The patient's and insured's names (NM1*QC, NM1*IL) are not kept.</remarks>
/// <threadsafety>Immutable and thread-safe: the lists are copied on construction.</threadsafety>
public sealed record ClaimPayment
{
    /// <summary>Initializes a claim payment.</summary>
    /// <param name="claimId">CLP01: the patient control number sent on the claim.</param>
    /// <param name="status">CLP02: how the claim was processed.</param>
    /// <param name="chargeAmount">CLP03: the total charge.</param>
    /// <param name="paidAmount">CLP04: the amount paid.</param>
    /// <param name="adjustments">The claim-level adjustments (CAS after CLP).</param>
    /// <param name="remarkCodes">The claim-level remark codes (MOA, MIA).</param>
    /// <param name="services">The service lines paid.</param>
    /// <param name="patientResponsibility">CLP05: the patient's share, if reported.</param>
    /// <param name="payerClaimControlNumber">CLP07: the payer's claim number, which a replacement or void claim references.</param>
    /// <param name="filingIndicator">CLP06: the claim filing indicator.</param>
    /// <param name="facilityCode">CLP08: the place of service or facility type.</param>
    public ClaimPayment(
        string claimId,
        RemittanceClaimStatus status,
        decimal chargeAmount,
        decimal paidAmount,
        IReadOnlyList<Adjustment> adjustments,
        IReadOnlyList<string> remarkCodes,
        IReadOnlyList<ServicePayment> services,
        decimal? patientResponsibility = null,
        string? payerClaimControlNumber = null,
        string? filingIndicator = null,
        string? facilityCode = null)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentNullException.ThrowIfNull(adjustments);
        ArgumentNullException.ThrowIfNull(remarkCodes);
        ArgumentNullException.ThrowIfNull(services);
        ClaimId = claimId;
        Status = status;
        ChargeAmount = chargeAmount;
        PaidAmount = paidAmount;
        Adjustments = adjustments.ToArray();
        RemarkCodes = remarkCodes.ToArray();
        Services = services.ToArray();
        PatientResponsibility = patientResponsibility;
        PayerClaimControlNumber = payerClaimControlNumber;
        FilingIndicator = filingIndicator;
        FacilityCode = facilityCode;
    }

    /// <summary>Gets the patient control number sent on the claim.</summary>
    public string ClaimId { get; }

    /// <summary>Gets how the claim was processed.</summary>
    public RemittanceClaimStatus Status { get; }

    /// <summary>Gets the total charge.</summary>
    public decimal ChargeAmount { get; }

    /// <summary>Gets the amount paid.</summary>
    public decimal PaidAmount { get; }

    /// <summary>Gets the claim-level adjustments.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>Gets the claim-level remark codes.</summary>
    public IReadOnlyList<string> RemarkCodes { get; }

    /// <summary>Gets the service lines paid.</summary>
    public IReadOnlyList<ServicePayment> Services { get; }

    /// <summary>Gets the patient's share, if reported.</summary>
    public decimal? PatientResponsibility { get; }

    /// <summary>Gets the payer's claim number, if reported.</summary>
    public string? PayerClaimControlNumber { get; }

    /// <summary>Gets the claim filing indicator, if reported.</summary>
    public string? FilingIndicator { get; }

    /// <summary>Gets the place of service or facility type, if reported.</summary>
    public string? FacilityCode { get; }

    /// <summary>Returns every adjustment, claim-level first, then each service's.</summary>
    /// <returns>The adjustments with the service they belong to (<see langword="null"/> for the claim).</returns>
    public IEnumerable<(ServicePayment? Service, Adjustment Adjustment)> AllAdjustments() =>
        Adjustments.Select(a => ((ServicePayment?)null, a)).Concat(Services.SelectMany(s => s.Adjustments.Select(a => ((ServicePayment?)s, a))));

    /// <inheritdoc />
    public bool Equals(ClaimPayment? other) =>
        other is not null
        && ClaimId == other.ClaimId
        && Status == other.Status
        && ChargeAmount == other.ChargeAmount
        && PaidAmount == other.PaidAmount
        && Adjustments.SequenceEqual(other.Adjustments)
        && RemarkCodes.SequenceEqual(other.RemarkCodes)
        && Services.SequenceEqual(other.Services)
        && PatientResponsibility == other.PatientResponsibility
        && PayerClaimControlNumber == other.PayerClaimControlNumber
        && FilingIndicator == other.FilingIndicator
        && FacilityCode == other.FacilityCode;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClaimId, Status, ChargeAmount, PaidAmount, Services.Count);
}
