using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns one row of an MCE case file (<see cref="MceCaseFile"/>): the claim it holds, the result CMS's software gave where
/// the file has the expected columns, or why the row could not be read.
/// </summary>
/// <param name="LineNumber">The 1-based line of the file.</param>
/// <param name="Id">The case id (<c>id</c> column), possibly empty.</param>
/// <param name="Claim">The claim, or <see langword="null"/> when the row could not be read.</param>
/// <param name="Expected">
/// The expected result as CMS's cases write it (<c>expected_edit_type</c>, <c>expected_claim_edits</c>,
/// <c>expected_code_edits</c>, tab-separated, the form of <see cref="MceResult.ToString"/>), or <see langword="null"/> when the file has none.
/// </param>
/// <param name="Error">Why the row could not be read (naming the file, line and column), or <see langword="null"/>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MceCaseRecord(int LineNumber, string Id, MceClaim? Claim, string? Expected, DataFileException? Error);
