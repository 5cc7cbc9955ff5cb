using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// Turns an institutional claim into the case the MS-DRG grouper reads, so that the claim editor and
/// the billing domain can ask for a claim's DRG: from the claim's inpatient stay, or with a discharge status and
/// date given.
/// </summary>
public static class ClaimGroupingExtensions
{
    /// <summary>
    /// Returns the grouper's case for an institutional claim for an inpatient stay: its first diagnosis as the
    /// principal, the others as secondaries with their POA indicators, its ICD-10-PCS procedures, the patient's sex
    /// and age on admission, and the discharge status and date of its <see cref="Claim.Stay"/>.
    /// </summary>
    /// <param name="claim">An institutional claim with an inpatient stay and at least one diagnosis.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException">
    /// The claim is professional, has no stay, has no diagnosis, or a diagnosis has a POA value that is not defined (a cast
    /// integer); the message names the field, never patient data.
    /// </exception>
    public static DrgCase ToDrgCase(this Claim claim)
    {
        RequireInstitutional(claim);
        var stay = claim.Stay
            ?? throw new ArgumentException(
                "stay: the claim carries no inpatient stay to take the discharge status and date from; give them to ToDrgCase(claim, dischargeStatus, dischargeDate).",
                nameof(claim));
        return ToDrgCase(claim, stay.DischargeStatus, stay.DischargeDate);
    }

    /// <summary>
    /// Returns the grouper's case for an institutional claim with the discharge status and date given: its first
    /// diagnosis as the principal, the others as secondaries with their POA indicators, its ICD-10-PCS procedures, and
    /// the patient's sex and age on admission (<see cref="Claim.AgeOnAdmission"/>: on the stay's admission date, or on
    /// the claim's date of service when it has no stay).
    /// </summary>
    /// <param name="claim">An institutional claim with at least one diagnosis.</param>
    /// <param name="dischargeStatus">The UB-04 patient discharge status (1 = home, 20 = expired ...).</param>
    /// <param name="dischargeDate">The discharge date, which picks the grouper version.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException">
    /// The claim is professional, has no diagnosis, or a diagnosis has a POA value that is not defined (a cast
    /// integer); the message names the field, never patient data.
    /// </exception>
    /// <remarks>When the claim has a stay, the values given here win over its discharge status and date.</remarks>
    public static DrgCase ToDrgCase(this Claim claim, int dischargeStatus, DateOnly dischargeDate)
    {
        RequireInstitutional(claim);
        if (claim.Diagnoses.Count == 0)
        {
            throw new ArgumentException("diagnoses: the claim has no principal diagnosis to group.", nameof(claim));
        }

        var diagnoses = claim.Diagnoses.Select((d, i) => new DrgDiagnosis(d.Code, Poa(d.PresentOnAdmission, i))).ToArray();
        return new DrgCase
        {
            PrincipalDiagnosis = diagnoses[0],
            SecondaryDiagnoses = diagnoses[1..],
            Procedures = claim.Procedures.Select(p => p.Code).ToArray(),
            Age = claim.AgeOnAdmission,
            Sex = claim.Patient.Sex,
            DischargeStatus = dischargeStatus,
            DischargeDate = dischargeDate,
        };
    }

    private static void RequireInstitutional(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Type != ClaimType.Institutional)
        {
            throw new ArgumentException("MS-DRGs group inpatient stays: the claim must be institutional.", nameof(claim));
        }
    }

    private static PresentOnAdmission Poa(PresentOnAdmission indicator, int index) =>
        Enum.IsDefined(indicator)
            ? indicator
            : throw new ArgumentException($"diagnoses[{index}].poa: expected Y, N, U, W or 1 (a defined PresentOnAdmission value).", "claim");
}
