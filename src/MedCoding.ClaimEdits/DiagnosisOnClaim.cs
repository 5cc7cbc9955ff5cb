using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns one diagnosis of the claim as the edits see it: parsed, and looked up in the release in force.
/// </summary>
/// <param name="Index">The 0-based position on the claim (0 = principal or first-listed).</param>
/// <param name="Diagnosis">The diagnosis as written.</param>
/// <param name="Code">The parsed code; <see cref="Icd10CmCode.IsEmpty"/> when it is not the shape of a code.</param>
/// <param name="Entry">The entry in the release in force, or <see langword="null"/> when it is not there.</param>
/// <param name="ParseError">Why the code is not the shape of an ICD-10-CM code, or <see langword="null"/>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record DiagnosisOnClaim(int Index, ClaimDiagnosis Diagnosis, Icd10CmCode Code, CodeEntry? Entry, string? ParseError)
{
    /// <summary>Gets a value indicating whether the code is a billable code of the release in force.</summary>
    public bool IsBillable => Entry is { IsBillable: true };

    /// <summary>Gets the path of the diagnosis, e.g. <c>diagnoses[1]</c>.</summary>
    public string Target => ClaimEditContext.DiagnosisTarget(Index);

    /// <summary>Gets the code as it reads best: dotted when parsed, else as written.</summary>
    public string Display => Code.IsEmpty ? Diagnosis.Code : Code.ToString();
}
