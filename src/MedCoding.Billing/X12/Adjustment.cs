namespace MedCoding.Billing.X12;

/// <summary>
/// Returns one adjustment of a claim or service: the group, the claim adjustment reason code (CARC), the amount and the units.
/// </summary>
/// <param name="Group">Who the adjustment is charged to.</param>
/// <param name="ReasonCode">The CARC (<c>45</c>, <c>97</c>).</param>
/// <param name="Amount">The amount adjusted; negative to reverse an earlier adjustment.</param>
/// <param name="Quantity">The units adjusted, if reported.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Adjustment(AdjustmentGroup Group, string ReasonCode, decimal Amount, decimal? Quantity = null);
