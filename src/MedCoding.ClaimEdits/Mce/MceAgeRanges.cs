using System.Collections.Frozen;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns the age ranges of the Medicare Code Editor's age edits, in completed years.
/// </summary>
/// <param name="Newborn">The newborn range (the MCE's: 0 to 0).</param>
/// <param name="Pediatric">The pediatric range (0 to 17).</param>
/// <param name="Maternity">The maternity range (12 to 55).</param>
/// <param name="Adult">The adult range (15 to 124).</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MceAgeRanges(AgeRange Newborn, AgeRange Pediatric, AgeRange Maternity, AgeRange Adult)
{
    /// <summary>
    /// Gets the ranges of CMS's <i>Definitions of Medicare Code Edits</i> v37 (the version of the lists in
    /// <c>mce/v37</c>): newborn 0, pediatric 0-17, maternity 12-55, adult 15-124.
    /// </summary>
    public static MceAgeRanges Default { get; } = new(new(0, 0), new(0, 17), new(12, 55), new(15, 124));
}
