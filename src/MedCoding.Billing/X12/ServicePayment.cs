namespace MedCoding.Billing.X12;

/// <summary>
/// Returns how one service line was paid (SVC loop): charge, payment, adjustments and remark codes (RARC).
/// </summary>
/// <threadsafety>Immutable and thread-safe: the lists are copied on construction.</threadsafety>
public sealed record ServicePayment
{
    /// <summary>Initializes a service payment.</summary>
    /// <param name="qualifier">The code list (SVC01-1): <c>HC</c> CPT/HCPCS, <c>NU</c> revenue code...</param>
    /// <param name="code">The procedure or revenue code paid.</param>
    /// <param name="modifiers">The modifiers paid.</param>
    /// <param name="chargeAmount">SVC02: the line charge.</param>
    /// <param name="paidAmount">SVC03: the amount paid for the line.</param>
    /// <param name="adjustments">The line adjustments (CAS).</param>
    /// <param name="remarkCodes">The remark codes (LQ*HE).</param>
    /// <param name="revenueCode">SVC04: the revenue code, if any.</param>
    /// <param name="units">SVC05: the units paid; 1 when not reported.</param>
    /// <param name="serviceDate">DTM*472 (or 150): the date of service, if reported.</param>
    /// <param name="controlNumber">REF*6R: the line item control number sent on the claim, if any.</param>
    /// <param name="allowedAmount">AMT*B6: the allowed amount, if reported.</param>
    public ServicePayment(
        string qualifier,
        string code,
        IReadOnlyList<string> modifiers,
        decimal chargeAmount,
        decimal paidAmount,
        IReadOnlyList<Adjustment> adjustments,
        IReadOnlyList<string> remarkCodes,
        string? revenueCode = null,
        decimal units = 1,
        DateOnly? serviceDate = null,
        string? controlNumber = null,
        decimal? allowedAmount = null)
    {
        ArgumentNullException.ThrowIfNull(qualifier);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(modifiers);
        ArgumentNullException.ThrowIfNull(adjustments);
        ArgumentNullException.ThrowIfNull(remarkCodes);
        Qualifier = qualifier;
        Code = code;
        Modifiers = modifiers.ToArray();
        ChargeAmount = chargeAmount;
        PaidAmount = paidAmount;
        Adjustments = adjustments.ToArray();
        RemarkCodes = remarkCodes.ToArray();
        RevenueCode = revenueCode;
        Units = units;
        ServiceDate = serviceDate;
        ControlNumber = controlNumber;
        AllowedAmount = allowedAmount;
    }

    /// <summary>Gets the code list qualifier.</summary>
    public string Qualifier { get; }

    /// <summary>Gets the procedure or revenue code paid.</summary>
    public string Code { get; }

    /// <summary>Gets the modifiers paid.</summary>
    public IReadOnlyList<string> Modifiers { get; }

    /// <summary>Gets the line charge.</summary>
    public decimal ChargeAmount { get; }

    /// <summary>Gets the amount paid for the line.</summary>
    public decimal PaidAmount { get; }

    /// <summary>Gets the line adjustments.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>Gets the remark codes (RARC).</summary>
    public IReadOnlyList<string> RemarkCodes { get; }

    /// <summary>Gets the revenue code, if any.</summary>
    public string? RevenueCode { get; }

    /// <summary>Gets the units paid.</summary>
    public decimal Units { get; }

    /// <summary>Gets the date of service, if reported.</summary>
    public DateOnly? ServiceDate { get; }

    /// <summary>Gets the line item control number, if any.</summary>
    public string? ControlNumber { get; }

    /// <summary>Gets the allowed amount, if reported.</summary>
    public decimal? AllowedAmount { get; }

    /// <inheritdoc />
    public bool Equals(ServicePayment? other) =>
        other is not null
        && Qualifier == other.Qualifier
        && Code == other.Code
        && Modifiers.SequenceEqual(other.Modifiers)
        && ChargeAmount == other.ChargeAmount
        && PaidAmount == other.PaidAmount
        && Adjustments.SequenceEqual(other.Adjustments)
        && RemarkCodes.SequenceEqual(other.RemarkCodes)
        && RevenueCode == other.RevenueCode
        && Units == other.Units
        && ServiceDate == other.ServiceDate
        && ControlNumber == other.ControlNumber
        && AllowedAmount == other.AllowedAmount;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, ChargeAmount, PaidAmount, ServiceDate, Adjustments.Count);
}
