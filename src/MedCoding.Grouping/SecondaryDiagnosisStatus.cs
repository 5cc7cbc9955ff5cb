namespace MedCoding.Grouping;

/// <summary>Gets whether a secondary diagnosis's CC/MCC counted toward the DRG, and if not, why.</summary>
public enum SecondaryDiagnosisStatus
{
    /// <summary>The code is not a CC or MCC.</summary>
    NotCc = 0,

    /// <summary>The CC/MCC counted.</summary>
    Counted = 1,

    /// <summary>The principal diagnosis's CC exclusion list names this code, so it does not count.</summary>
    ExcludedByPrincipalDiagnosis = 2,

    /// <summary>The MCC counts only when the patient is discharged alive, and the patient died (status 20).</summary>
    ExcludedPatientDied = 3,

    /// <summary>A hospital-acquired condition not present on admission: it does not count.</summary>
    ExcludedHospitalAcquired = 4,

    /// <summary>The chosen DRG's formula ignores this kind of diagnosis as a CC/MCC (e.g. a second AMI code in DRGs 280-285).</summary>
    SuppressedByDrgLogic = 5,

    /// <summary>The code is not in the version's diagnosis table; it is ignored.</summary>
    UnknownCode = 6,
}
