using System.Globalization;
using MedCoding.Grouping;

namespace MedCoding.Billing;

/// <summary>
/// Asks the MS-DRG grouper for the DRG of an institutional billing claim, with the discharge status and
/// date of its inpatient stay.
/// </summary>
/// <remarks>In MedCoding.Billing.Integration, where the billing domain meets the grouper; the namespace is the billing domain's.</remarks>
public static class BillingClaimGroupingExtensions
{
    /// <summary>
    /// Returns the grouper's case for an institutional claim: the claim's codes, the stay's discharge status and date
    /// and the patient's age on admission. An inpatient bill's claim always carries its stay (<see cref="BillingClaim.Claim"/>:
    /// the UB-04 patient status as the discharge status, the statement's through date as the discharge date); a bill
    /// without an admission date is grouped with the same two values and the age on its date of service.
    /// </summary>
    /// <param name="claim">An institutional billing claim.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException">The claim has no institutional details, or no diagnosis.</exception>
    public static DrgCase ToDrgCase(this BillingClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var details = claim.Institutional
            ?? throw new ArgumentException("MS-DRGs group inpatient stays: the claim has no institutional details.", nameof(claim));
        return claim.Claim.Stay is not null
            ? claim.Claim.ToDrgCase()
            : claim.Claim.ToDrgCase(int.Parse(details.PatientStatus, NumberStyles.None, CultureInfo.InvariantCulture), details.StatementThrough);
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
