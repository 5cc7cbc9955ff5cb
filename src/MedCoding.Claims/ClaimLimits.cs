using MedCoding.CodeSets;

namespace MedCoding.Claims;

/// <summary>
/// Gets the most diagnoses, procedures and service lines a claim's form holds (the X12 837P and 837I; the values are
/// <see cref="InputLimits"/>'), and refuses a claim that holds more.
/// </summary>
/// <remarks>
/// <para>A claim past these limits cannot be submitted, and every algorithm over a claim (the claim editor's, the
/// grouper's) is bounded by them: <see cref="Json.ClaimJson"/> refuses such a claim on reading, and the claim editor before any
/// edit runs.</para>
/// <para>Limits: professional (837P) 12 diagnoses and 50 service lines; institutional (837I) 25 diagnoses (principal and
/// 24 others), 25 procedures (principal and 24 others) and 999 service lines.</para>
/// </remarks>
/// <threadsafety>Static and thread-safe.</threadsafety>
public static class ClaimLimits
{
    /// <summary>Returns the most diagnoses a claim of a type holds.</summary>
    /// <param name="type">The claim type.</param>
    /// <returns>12 for a professional claim, 25 for an institutional one.</returns>
    public static int MaxDiagnoses(ClaimType type) =>
        type == ClaimType.Professional ? InputLimits.ProfessionalDiagnoses : InputLimits.InstitutionalDiagnoses;

    /// <summary>Returns the most ICD-10-PCS procedures a claim of a type holds.</summary>
    /// <param name="type">The claim type.</param>
    /// <returns>25 (the 837I's; a professional claim reports procedures on its lines, and the model holds no more than an institutional one).</returns>
    public static int MaxProcedures(ClaimType type) => InputLimits.InstitutionalProcedures;

    /// <summary>Returns the most service lines a claim of a type holds.</summary>
    /// <param name="type">The claim type.</param>
    /// <returns>50 for a professional claim, 999 for an institutional one.</returns>
    public static int MaxLines(ClaimType type) =>
        type == ClaimType.Professional ? InputLimits.ProfessionalLines : InputLimits.InstitutionalLines;

    /// <summary>Throws when a claim holds more diagnoses, procedures or service lines than its form allows.</summary>
    /// <param name="claim">The claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    /// <exception cref="ClaimFormatException">The claim holds too many of something; the exception names the field (<c>diagnoses</c>, <c>procedures</c>, <c>lines</c>).</exception>
    public static void ThrowIfExceeded(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ThrowIfExceeded(claim.Type, claim.Diagnoses.Count, claim.Procedures.Count, claim.Lines.Count);
    }

    internal static void ThrowIfExceeded(ClaimType type, int diagnoses, int procedures, int lines)
    {
        Check("diagnoses", "diagnoses", diagnoses, MaxDiagnoses(type), type);
        Check("procedures", "procedures", procedures, MaxProcedures(type), type);
        Check("lines", "service lines", lines, MaxLines(type), type);
    }

    private static void Check(string field, string what, int count, int max, ClaimType type)
    {
        if (count > max)
        {
            throw new ClaimFormatException(field,
                $"the claim has {count} {what}; a{(type == ClaimType.Professional ? " professional claim (837P)" : "n institutional claim (837I)")} holds at most {max}.");
        }
    }
}
