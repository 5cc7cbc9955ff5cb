using System.Text.Json.Serialization;

namespace MedCoding.Billing.X12;

/// <summary>
/// Returns one provider-level adjustment (PLB): not tied to a claim, such as an overpayment recovery or interest.
/// </summary>
/// <param name="ProviderId">PLB01: the provider id (usually the NPI).</param>
/// <param name="FiscalPeriodEnd">PLB02: the last day of the provider's fiscal year.</param>
/// <param name="ReasonCode">The adjustment reason (<c>WO</c> overpayment recovery, <c>L6</c> interest, <c>FB</c> forwarding balance).</param>
/// <param name="Reference">The reference id after the reason, if any.</param>
/// <param name="Amount">The amount: positive reduces the payment, negative increases it.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ProviderAdjustment(string ProviderId, DateOnly FiscalPeriodEnd, string ReasonCode, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Reference, decimal Amount);
