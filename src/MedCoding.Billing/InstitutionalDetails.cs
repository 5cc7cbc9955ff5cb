namespace MedCoding.Billing;

/// <summary>
/// Returns what only an institutional (UB-04, 837I) claim carries: type of bill, statement period, admission and revenue codes.
/// </summary>
/// <threadsafety>Immutable and thread-safe: the list is copied on construction.</threadsafety>
public sealed record InstitutionalDetails
{
    /// <summary>Initializes the details.</summary>
    /// <param name="facilityTypeCode">The first two digits of the type of bill (<c>11</c> hospital inpatient, <c>13</c> hospital outpatient).</param>
    /// <param name="statementFrom">The first day the claim covers.</param>
    /// <param name="statementThrough">The last day the claim covers.</param>
    /// <param name="patientStatus">The patient discharge status (<c>01</c> home, <c>30</c> still a patient).</param>
    /// <param name="revenueCodes">One revenue code per service line of the claim, in order (<c>0450</c> emergency room).</param>
    /// <param name="admissionType">The priority of the admission (<c>1</c> emergency ... <c>3</c> elective); inpatient.</param>
    /// <param name="admissionSource">The point of origin of the admission (<c>7</c> emergency room...).</param>
    /// <param name="admissionDate">The admission date; inpatient.</param>
    /// <param name="admissionHour">The admission hour, 0 to 23.</param>
    /// <param name="admittingDiagnosis">The admitting diagnosis (ICD-10-CM); inpatient.</param>
    /// <exception cref="ArgumentException">The statement period is backwards or a code has the wrong length.</exception>
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

        ArgumentException.ThrowIfNullOrWhiteSpace(patientStatus);
        RevenueCodes = revenueCodes.ToArray();
        if (RevenueCodes.Any(r => r is null || r.Length != 4 || !r.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("A revenue code is four digits.", nameof(revenueCodes));
        }

        if (admissionHour is < 0 or > 23)
        {
            throw new ArgumentOutOfRangeException(nameof(admissionHour), "The admission hour is between 0 and 23.");
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

    /// <summary>Gets the patient discharge status.</summary>
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
