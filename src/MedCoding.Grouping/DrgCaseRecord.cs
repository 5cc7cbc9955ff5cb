namespace MedCoding.Grouping;

/// <summary>Gets one case read from a case file, with the version and expected result where the file gives them.</summary>
/// <param name="LineNumber">The 1-based line the case was read from.</param>
/// <param name="Version">The MS-DRG version named by the file's <c>version</c> column, written as <c>43.1</c>, or <see langword="null"/> to pick it by discharge date.</param>
/// <param name="Case">The case.</param>
/// <param name="Expected">The expected grouping, or <see langword="null"/> when the file has no expected columns.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DrgCaseRecord(int LineNumber, string? Version, DrgCase Case, ExpectedGrouping? Expected);
