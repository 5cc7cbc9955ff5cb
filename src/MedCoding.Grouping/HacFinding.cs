namespace MedCoding.Grouping;

/// <summary>Gets one hospital-acquired condition (HAC) the case meets: a listed secondary diagnosis not present on admission, with the procedure the HAC needs where it needs one.</summary>
/// <param name="Number">The HAC number (1-14).</param>
/// <param name="Title">The HAC's title.</param>
/// <param name="DiagnosisCode">The secondary diagnosis that meets it.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record HacFinding(int Number, string Title, string DiagnosisCode);
