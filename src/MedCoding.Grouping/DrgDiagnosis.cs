using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>Gets one ICD-10-CM diagnosis on the case with its present-on-admission indicator.</summary>
/// <param name="Code">The ICD-10-CM code, without the dot (<c>I2109</c>); a dot is tolerated and removed.</param>
/// <param name="Poa">The present-on-admission indicator.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly record struct DrgDiagnosis(string Code, PresentOnAdmission Poa)
{
    /// <summary>Returns the diagnosis's code and POA as <c>CODE:POA</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Poa == PresentOnAdmission.NotReported ? Code : $"{Code}:{Poa.ToClaimValue()}";
}
