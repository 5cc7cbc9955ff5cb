using MedCoding.Billing.Lifecycle;
using MedCoding.Billing.X12;

namespace MedCoding.Billing.Denials;

/// <summary>
/// Returns the lifecycle decision a remittance reports for a claim: paid, partially paid or denied.
/// </summary>
/// <remarks>
/// <para>
/// A claim is <see cref="ClaimStatus.Denied"/> when the payer says so (CLP02 <c>4</c>) or pays nothing
/// while some adjustment needs work; <see cref="ClaimStatus.PartiallyPaid"/> when it pays something but
/// some adjustment needs work; otherwise <see cref="ClaimStatus.Paid"/>: contractual write-offs and the
/// patient's share (<see cref="Job.None"/> routes) do not make a payment partial.
/// </para>
/// <para>
/// Reversals (<c>22</c>), claims that are not the payer's (<c>23</c>) and predeterminations (<c>25</c>)
/// are not decisions on the claim: the result is <see langword="null"/>.
/// </para>
/// </remarks>
public static class Adjudication
{
    /// <summary>Returns the decision a remittance reports for a claim.</summary>
    /// <param name="payment">The claim's payment from an 835.</param>
    /// <param name="table">The CARC routing; <see cref="CarcTable.Default"/> when <see langword="null"/>.</param>
    /// <returns>Paid, partially paid or denied; <see langword="null"/> for a reversal, a claim forwarded as not the payer's, or a predetermination.</returns>
    public static ClaimStatus? DecisionFor(ClaimPayment payment, CarcTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(payment);
        table ??= CarcTable.Default;
        if (payment.Status is RemittanceClaimStatus.Reversal or RemittanceClaimStatus.NotOurClaimForwarded or RemittanceClaimStatus.PredeterminationPricingOnly)
        {
            return null;
        }

        if (payment.Status == RemittanceClaimStatus.Denied)
        {
            return ClaimStatus.Denied;
        }

        var work = payment.AllAdjustments().Any(a => a.Adjustment.Amount > 0 && table.Route(a.Adjustment.ReasonCode).Job != Job.None);
        return !work ? ClaimStatus.Paid : payment.PaidAmount > 0 ? ClaimStatus.PartiallyPaid : ClaimStatus.Denied;
    }
}
