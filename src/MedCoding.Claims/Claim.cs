namespace MedCoding.Claims;

/// <summary>
/// Returns a claim as the claim editor sees it: type, date of service, patient, diagnoses, procedures and service lines.
/// </summary>
/// <remarks>
/// The first diagnosis is the principal diagnosis on an institutional claim and the first-listed one on
/// a professional claim. Codes are kept as written: judging them is the claim editor's job, so that a
/// bad code becomes a finding rather than a failure to read the claim.
/// </remarks>
/// <threadsafety>Immutable and thread-safe: the lists are copied on construction.</threadsafety>
public sealed record Claim
{
    /// <summary>Initializes a claim.</summary>
    /// <param name="type">Professional or institutional.</param>
    /// <param name="dateOfService">The date of service (for an institutional claim, the admission or from date).</param>
    /// <param name="patient">The patient's birth date and sex.</param>
    /// <param name="diagnoses">The diagnoses, principal or first-listed first.</param>
    /// <param name="procedures">The ICD-10-PCS procedures (institutional).</param>
    /// <param name="lines">The service lines.</param>
    /// <param name="stay">The inpatient stay (admission, discharge, discharge status, admitting diagnosis), for an institutional inpatient claim.</param>
    /// <exception cref="ArgumentException">A professional claim is given a stay.</exception>
    public Claim(
        ClaimType type,
        DateOnly dateOfService,
        Patient patient,
        IEnumerable<ClaimDiagnosis> diagnoses,
        IEnumerable<ClaimProcedure>? procedures = null,
        IEnumerable<ServiceLine>? lines = null,
        InpatientStay? stay = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(diagnoses);
        if (stay is not null && type != ClaimType.Institutional)
        {
            throw new ArgumentException("Only an institutional claim carries an inpatient stay.", nameof(stay));
        }

        Type = type;
        DateOfService = dateOfService;
        Patient = patient;
        Diagnoses = diagnoses.ToArray();
        Procedures = procedures?.ToArray() ?? [];
        Lines = lines?.ToArray() ?? [];
        Stay = stay;
    }

    /// <summary>Gets whether the claim is professional or institutional.</summary>
    public ClaimType Type { get; }

    /// <summary>Gets the claim's date of service.</summary>
    public DateOnly DateOfService { get; }

    /// <summary>Gets the patient's birth date and sex.</summary>
    public Patient Patient { get; }

    /// <summary>Gets the diagnoses, principal or first-listed first.</summary>
    public IReadOnlyList<ClaimDiagnosis> Diagnoses { get; }

    /// <summary>Gets the ICD-10-PCS procedures.</summary>
    public IReadOnlyList<ClaimProcedure> Procedures { get; }

    /// <summary>Gets the service lines.</summary>
    public IReadOnlyList<ServiceLine> Lines { get; }

    /// <summary>Gets the inpatient stay of an institutional inpatient claim, or <see langword="null"/> when the claim has none.</summary>
    public InpatientStay? Stay { get; }

    /// <summary>
    /// Gets the patient's age in years on admission: on the stay's admission date, or on the date of service when the claim
    /// has no stay (the age the Medicare Code Editor and the MS-DRG grouper read).
    /// </summary>
    public int AgeOnAdmission => Patient.AgeOn(Stay?.AdmissionDate ?? DateOfService);

    /// <summary>Gets the principal (institutional) or first-listed (professional) diagnosis, if any.</summary>
    public ClaimDiagnosis? PrincipalDiagnosis => Diagnoses.Count > 0 ? Diagnoses[0] : null;

    /// <summary>Returns the date of service of a line: its own, or the claim's.</summary>
    /// <param name="line">A line of this claim.</param>
    /// <returns>The date of service.</returns>
    public DateOnly DateOfServiceOf(ServiceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.DateOfService ?? DateOfService;
    }

    /// <inheritdoc />
    public bool Equals(Claim? other) =>
        other is not null
        && Type == other.Type
        && DateOfService == other.DateOfService
        && Patient == other.Patient
        && Diagnoses.SequenceEqual(other.Diagnoses)
        && Procedures.SequenceEqual(other.Procedures)
        && Lines.SequenceEqual(other.Lines)
        && Stay == other.Stay;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, DateOfService, Patient, Diagnoses.Count, Procedures.Count, Lines.Count);
}
