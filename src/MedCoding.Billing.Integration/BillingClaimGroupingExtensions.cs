using System.Globalization;
using MedCoding.Grouping;

namespace MedCoding.Billing;

/// <summary>
/// Asks the MS-DRG grouper for the DRG of an institutional billing claim, with the discharge status and
/// date its institutional details carry.
/// </summary>
/// <remarks>In MedCoding.Billing.Integration, where the billing domain meets the grouper; the namespace is the billing domain's.</remarks>
public static class BillingClaimGroupingExtensions
{
    /// <summary>
    /// Returns the grouper's case for an institutional claim: the claim's codes, with the UB-04 patient
    /// status as the discharge status and the statement's through date as the discharge date.
    /// </summary>
    /// <param name="claim">An institutional billing claim.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException">The claim has no institutional details, or its patient status is not a number.</exception>
    public static DrgCase ToDrgCase(this BillingClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var details = claim.Institutional
            ?? throw new ArgumentException("MS-DRGs group inpatient stays: the claim has no institutional details.", nameof(claim));
        if (!int.TryParse(details.PatientStatus, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new ArgumentException("institutional.patientStatus: expected the two-digit UB-04 patient discharge status.", nameof(claim));
        }

        return claim.Claim.ToDrgCase(status, details.StatementThrough);
    }

    /// <summary>Returns the DRG of an institutional claim.</summary>
    /// <param name="claim">An institutional billing claim.</param>
    /// <param name="grouper">The grouper, loaded once and shared.</param>
    /// <returns>The DRG, MDC, return code and grouping path.</returns>
    /// <exception cref="ArgumentException">The claim cannot be turned into a case (see <see cref="ToDrgCase"/>).</exception>
    public static DrgResult GroupWith(this BillingClaim claim, IDrgGrouper grouper)
    {
        ArgumentNullException.ThrowIfNull(grouper);
        return grouper.Group(claim.ToDrgCase());
    }
}
