namespace MedCoding.ClaimEdits.Mce;

/// <summary>The dates of a row of an MCE code table as the editor reads them: day numbers; an open end is <see cref="int.MaxValue"/>. Its flags are kept beside it, as a flag set's position.</summary>
/// <param name="From">The first day the row is in force.</param>
/// <param name="Through">The last day the row is in force.</param>
internal readonly record struct MceRowData(int From, int Through);
