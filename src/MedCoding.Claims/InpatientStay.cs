namespace MedCoding.Claims;

/// <summary>
/// Returns what an institutional claim for an inpatient stay carries beyond its codes, and what the Medicare Code Editor
/// and the MS-DRG grouper read: the admission and discharge dates, the length of stay, the patient discharge status and
/// the admitting diagnosis (UB-04 form locators 12, 6, 17 and 69; in the 837I <c>DTP*435</c>, <c>DTP*434</c>, <c>CL1-03</c>
/// and <c>HI*ABJ</c>).
/// </summary>
/// <remarks>
/// The length of stay is the number of days from admission to discharge (a same-day stay is 0 days), as the UB-04's
/// statement covers them, unless one is given (for example, leave days already taken off). The discharge status is kept as
/// a number, as CMS's software reads it; whether it is a valid status on the discharge date is the Medicare Code Editor's
/// question (<c>INVALID_DISCHARGE_STATUS</c>), not a reason to refuse the claim.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record InpatientStay
{
    /// <summary>Initializes a stay.</summary>
    /// <param name="admissionDate">The date of admission (UB-04 FL 12).</param>
    /// <param name="dischargeDate">The date of discharge, or the last day the claim covers (UB-04 FL 6 through date).</param>
    /// <param name="dischargeStatus">The patient discharge status, 0 to 99 (UB-04 FL 17: <c>01</c> home, <c>20</c> expired, <c>30</c> still a patient).</param>
    /// <param name="admittingDiagnosis">The admitting diagnosis (ICD-10-CM) as written, or <see langword="null"/> when none is reported.</param>
    /// <param name="lengthOfStay">The length of stay in days, when it is not the days from admission to discharge; <see langword="null"/> to compute it.</param>
    /// <exception cref="ArgumentException">The discharge is before the admission, the admitting diagnosis is blank, or the length of stay is longer than the stay.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The discharge status is not between 0 and 99, or the length of stay is negative.</exception>
    public InpatientStay(DateOnly admissionDate, DateOnly dischargeDate, int dischargeStatus, string? admittingDiagnosis = null, int? lengthOfStay = null)
    {
        if (dischargeDate < admissionDate)
        {
            throw new ArgumentException("The discharge date is before the admission date.", nameof(dischargeDate));
        }

        // The messages never repeat a value (the ThrowIf helpers would): a stay is patient data.
        if (dischargeStatus is < 0 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(dischargeStatus), "The discharge status is between 0 and 99.");
        }

        if (admittingDiagnosis is not null && string.IsNullOrWhiteSpace(admittingDiagnosis))
        {
            throw new ArgumentException("The admitting diagnosis is blank: give a code, or null when none is reported.", nameof(admittingDiagnosis));
        }

        var days = dischargeDate.DayNumber - admissionDate.DayNumber;
        if (lengthOfStay is { } given)
        {
            if (given < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lengthOfStay), "The length of stay is negative.");
            }

            if (given > days)
            {
                throw new ArgumentException("The length of stay is longer than the days from admission to discharge.", nameof(lengthOfStay));
            }
        }

        AdmissionDate = admissionDate;
        DischargeDate = dischargeDate;
        DischargeStatus = dischargeStatus;
        AdmittingDiagnosis = admittingDiagnosis;
        LengthOfStay = lengthOfStay ?? days;
        IsLengthOfStayGiven = lengthOfStay is not null;
    }

    /// <summary>Gets the date of admission.</summary>
    public DateOnly AdmissionDate { get; }

    /// <summary>Gets the date of discharge: the date that selects the code releases, the MCE and the MS-DRG version.</summary>
    public DateOnly DischargeDate { get; }

    /// <summary>Gets the patient discharge status (1 = home, 20 = expired...).</summary>
    public int DischargeStatus { get; }

    /// <summary>Gets the admitting diagnosis as written, if one is reported.</summary>
    public string? AdmittingDiagnosis { get; }

    /// <summary>Gets the length of stay in days: as given, or the days from admission to discharge.</summary>
    public int LengthOfStay { get; }

    /// <summary>Gets a value indicating whether <see cref="LengthOfStay"/> was given rather than computed from the dates.</summary>
    public bool IsLengthOfStayGiven { get; }
}
