namespace MedCoding.ClaimEdits.Mce;

/// <summary>A row of an MCE code table as the editor reads it: its dates (day numbers; an open end is <see cref="int.MaxValue"/>) and its flag bits.</summary>
/// <param name="From">The first day the row is in force.</param>
/// <param name="Through">The last day the row is in force.</param>
/// <param name="Bits">The row's flags as bits (<see cref="MceFlagBits"/>).</param>
internal readonly record struct MceRowData(int From, int Through, ulong Bits);
