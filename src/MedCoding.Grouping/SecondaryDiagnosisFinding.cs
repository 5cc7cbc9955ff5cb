namespace MedCoding.Grouping;

/// <summary>Gets what the grouper made of one secondary diagnosis.</summary>
/// <param name="Diagnosis">The secondary diagnosis as given.</param>
/// <param name="Severity">The code's severity in the CC/MCC table.</param>
/// <param name="Status">Whether that severity counted, and if not, why.</param>
/// <param name="HacNumbers">The hospital-acquired conditions the code met (empty when none).</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record SecondaryDiagnosisFinding(
    DrgDiagnosis Diagnosis,
    CcSeverity Severity,
    SecondaryDiagnosisStatus Status,
    IReadOnlyList<int> HacNumbers)
{
    /// <summary>Gets a value indicating whether the code's CC/MCC counted toward the DRG.</summary>
    public bool Counted => Status == SecondaryDiagnosisStatus.Counted;
}
