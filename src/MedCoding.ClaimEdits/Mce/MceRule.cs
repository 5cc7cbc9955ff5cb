namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns whether an edit applies to a code: its flags on the discharge date, the code as written, and the claim.</summary>
/// <param name="flags">The flags of the code's row in force on the discharge date.</param>
/// <param name="code">The code as written on the claim.</param>
/// <param name="claim">What the rules know of the claim as a whole.</param>
internal delegate bool MceRuleTest(ulong flags, string code, MceClaimFacts claim);

/// <summary>One edit of the Medicare Code Editor over one code: the edit, and the test of its flags and the claim.</summary>
/// <param name="Edit">The edit it raises.</param>
/// <param name="Applies">Whether it applies.</param>
/// <param name="AppliesToInvalidCode">
/// Whether it also applies, after <c>INVALID_CODE</c>, to a code with no row on the discharge date (its flags are then 0):
/// only <c>DUPLICATE_OF_PDX</c>, which compares the codes as written.
/// </param>
internal sealed record MceRule(MceEdit Edit, MceRuleTest Applies, bool AppliesToInvalidCode = false);
