using System.Globalization;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns the position of a code on an <see cref="MceClaim"/>, written as CMS's cases write it: <c>pdx</c>, <c>adx</c>, <c>sdx3</c>, <c>px1</c>.</summary>
/// <param name="Role">Principal, admitting, secondary or procedure.</param>
/// <param name="Number">The 1-based position among the secondary diagnoses or the procedures; 0 for the principal and admitting diagnoses.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly record struct MceCodePosition(MceCodeRole Role, int Number)
{
    /// <summary>Returns the position as CMS's cases write it: <c>pdx</c>, <c>adx</c>, <c>sdx3</c>, <c>px1</c>.</summary>
    /// <returns>The position.</returns>
    public override string ToString() => Role switch
    {
        MceCodeRole.PrincipalDiagnosis => "pdx",
        MceCodeRole.AdmittingDiagnosis => "adx",
        MceCodeRole.SecondaryDiagnosis => string.Create(CultureInfo.InvariantCulture, $"sdx{Number}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"px{Number}"),
    };
}
