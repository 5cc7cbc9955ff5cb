using System.Globalization;
using MedCoding.Claims;

namespace MedCoding.Billing;

/// <summary>
/// Returns what only an institutional (UB-04, 837I) claim carries: type of bill, statement period, admission and revenue codes.
/// </summary>
/// <remarks>
/// An institutional bill that reports an admission date is an inpatient bill: its admission date, statement through
/// date, patient status and admitting diagnosis are the claim's inpatient stay (<see cref="ToInpatientStay"/>), which a
/// <see cref="BillingClaim"/> gives the claim editor and the grouper.
/// </remarks>
/// <threadsafety>Immutable and thread-safe: the list is copied on construction.</threadsafety>
public sealed record InstitutionalDetails
{
    /// <summary>Initializes the details.</summary>
    /// <param name="facilityTypeCode">The first two digits of the type of bill (<c>11</c> hospital inpatient, <c>13</c> hospital outpatient).</param>
    /// <param name="statementFrom">The first day the claim covers.</param>
    /// <param name="statementThrough">The last day the claim covers.</param>
    /// <param name="patientStatus">The patient discharge status, two digits (<c>01</c> home, <c>30</c> still a patient).</param>
    /// <param name="revenueCodes">One revenue code per service line of the claim, in order (<c>0450</c> emergency room).</param>
    /// <param name="admissionType">The priority of the admission (<c>1</c> emergency ... <c>3</c> elective); inpatient.</param>
    /// <param name="admissionSource">The point of origin of the admission (<c>7</c> emergency room...).</param>
    /// <param name="admissionDate">The admission date, on or before the statement through date; inpatient.</param>
    /// <param name="admissionHour">The admission hour, 0 to 23.</param>
    /// <param name="admittingDiagnosis">The admitting diagnosis (ICD-10-CM); inpatient.</param>
    /// <exception cref="ArgumentException">
    /// The statement period is backwards, a code has the wrong length, the patient status is not two digits, the admission
    /// is after the statement through date, or the admitting diagnosis is blank.
    /// </exception>
    public InstitutionalDetails(
        string facilityTypeCode,
        DateOnly statementFrom,
        DateOnly statementThrough,
        string patientStatus,
        IReadOnlyList<string> revenueCodes,
        string? admissionType = null,
        string? admissionSource = null,
        DateOnly? admissionDate = null,
        int? admissionHour = null,
        string? admittingDiagnosis = null)
    {
        ArgumentNullException.ThrowIfNull(revenueCodes);
        if (facilityTypeCode is null || facilityTypeCode.Length != 2 || !facilityTypeCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The facility type code is two digits.", nameof(facilityTypeCode));
        }

        if (statementThrough < statementFrom)
        {
            throw new ArgumentException("The statement period ends before it starts.", nameof(statementThrough));
        }

        ArgumentNullException.ThrowIfNull(patientStatus);
        if (patientStatus.Length != 2 || !patientStatus.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The patient status is two digits (UB-04 FL 17).", nameof(patientStatus));
        }

        RevenueCodes = revenueCodes.ToArray();
        if (RevenueCodes.Any(r => r is null || r.Length != 4 || !r.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("A revenue code is four digits.", nameof(revenueCodes));
        }

        if (admissionHour is < 0 or > 23)
        {
            throw new ArgumentOutOfRangeException(nameof(admissionHour), "The admission hour is between 0 and 23.");
        }

        if (admissionDate > statementThrough)
        {
            throw new ArgumentException("The admission date is after the last day the claim covers (the statement through date).", nameof(admissionDate));
        }

        if (admittingDiagnosis is not null && string.IsNullOrWhiteSpace(admittingDiagnosis))
        {
            throw new ArgumentException("The admitting diagnosis is blank: give a code, or null when none is reported.", nameof(admittingDiagnosis));
        }

        FacilityTypeCode = facilityTypeCode;
        StatementFrom = statementFrom;
        StatementThrough = statementThrough;
        PatientStatus = patientStatus;
        AdmissionType = admissionType;
        AdmissionSource = admissionSource;
        AdmissionDate = admissionDate;
        AdmissionHour = admissionHour;
        AdmittingDiagnosis = admittingDiagnosis;
    }

    /// <summary>Gets the first two digits of the type of bill.</summary>
    public string FacilityTypeCode { get; }

    /// <summary>Gets the first day the claim covers.</summary>
    public DateOnly StatementFrom { get; }

    /// <summary>Gets the last day the claim covers.</summary>
    public DateOnly StatementThrough { get; }

    /// <summary>Gets the patient discharge status, two digits.</summary>
    public string PatientStatus { get; }

    /// <summary>Gets one revenue code per service line, in order.</summary>
    public IReadOnlyList<string> RevenueCodes { get; }

    /// <summary>Gets the priority of the admission, if any.</summary>
    public string? AdmissionType { get; }

    /// <summary>Gets the point of origin of the admission, if any.</summary>
    public string? AdmissionSource { get; }

    /// <summary>Gets the admission date, if any.</summary>
    public DateOnly? AdmissionDate { get; }

    /// <summary>Gets the admission hour, if any.</summary>
    public int? AdmissionHour { get; }

    /// <summary>Gets the admitting diagnosis, if any.</summary>
    public string? AdmittingDiagnosis { get; }

    /// <summary>
    /// Returns the inpatient stay this bill reports: admitted on <see cref="AdmissionDate"/>, discharged (or billed
    /// through, for an interim bill) on <see cref="StatementThrough"/>, with <see cref="PatientStatus"/> as the discharge
    /// status and <see cref="AdmittingDiagnosis"/>; the length of stay is computed from the dates. Returns
    /// <see langword="null"/> for an outpatient bill, one without an admission date.
    /// </summary>
    /// <returns>The stay, or <see langword="null"/> when the bill reports no admission.</returns>
    public InpatientStay? ToInpatientStay() =>
        AdmissionDate is { } admitted
            ? new InpatientStay(admitted, StatementThrough, int.Parse(PatientStatus, NumberStyles.None, CultureInfo.InvariantCulture), AdmittingDiagnosis)
            : null;

    /// <inheritdoc />
    public bool Equals(InstitutionalDetails? other) =>
        other is not null
        && FacilityTypeCode == other.FacilityTypeCode
        && StatementFrom == other.StatementFrom
        && StatementThrough == other.StatementThrough
        && PatientStatus == other.PatientStatus
        && RevenueCodes.SequenceEqual(other.RevenueCodes)
        && AdmissionType == other.AdmissionType
        && AdmissionSource == other.AdmissionSource
        && AdmissionDate == other.AdmissionDate
        && AdmissionHour == other.AdmissionHour
        && AdmittingDiagnosis == other.AdmittingDiagnosis;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FacilityTypeCode, StatementFrom, StatementThrough, PatientStatus, RevenueCodes.Count);
}
