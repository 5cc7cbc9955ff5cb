namespace MedCoding.Grouping;

/// <summary>Words a coder reads for a secondary diagnosis's status.</summary>
public static class SecondaryDiagnosisStatusExtensions
{
    /// <summary>Returns the status in words, e.g. <c>excluded: on the principal diagnosis's CC exclusion list</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The words.</returns>
    public static string Describe(this SecondaryDiagnosisStatus status) => status switch
    {
        SecondaryDiagnosisStatus.NotCc => "not a CC or MCC",
        SecondaryDiagnosisStatus.Counted => "counted",
        SecondaryDiagnosisStatus.ExcludedByPrincipalDiagnosis => "excluded: on the principal diagnosis's CC exclusion list",
        SecondaryDiagnosisStatus.ExcludedPatientDied => "excluded: an MCC only when the patient is discharged alive, and the patient died",
        SecondaryDiagnosisStatus.ExcludedHospitalAcquired => "excluded: hospital-acquired condition not present on admission",
        SecondaryDiagnosisStatus.SuppressedByDrgLogic => "not counted by this DRG's logic",
        SecondaryDiagnosisStatus.UnknownCode => "ignored: not a diagnosis code in this version",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a secondary diagnosis status."),
    };

    /// <summary>Returns the status as a short machine name, e.g. <c>excluded_by_pdx</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string ToName(this SecondaryDiagnosisStatus status) => status switch
    {
        SecondaryDiagnosisStatus.NotCc => "not_cc",
        SecondaryDiagnosisStatus.Counted => "counted",
        SecondaryDiagnosisStatus.ExcludedByPrincipalDiagnosis => "excluded_by_pdx",
        SecondaryDiagnosisStatus.ExcludedPatientDied => "excluded_died",
        SecondaryDiagnosisStatus.ExcludedHospitalAcquired => "excluded_hac",
        SecondaryDiagnosisStatus.SuppressedByDrgLogic => "suppressed_by_drg",
        SecondaryDiagnosisStatus.UnknownCode => "unknown_code",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a secondary diagnosis status."),
    };
}
