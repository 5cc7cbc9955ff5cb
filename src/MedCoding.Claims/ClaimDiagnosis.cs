using MedCoding.CodeSets;

namespace MedCoding.Claims;

/// <summary>
/// Returns one diagnosis on a claim, as the provider reported it.
/// </summary>
/// <param name="Code">The ICD-10-CM code as written on the claim (<c>E11.65</c>); the claim edits judge whether it is valid.</param>
/// <param name="PresentOnAdmission">
/// The present-on-admission indicator (<c>Y</c>, <c>N</c>, <c>U</c>, <c>W</c>, <c>1</c> for exempt on the claim),
/// or <see cref="CodeSets.PresentOnAdmission.NotReported"/> when none was reported. Institutional claims need one for most diagnoses.
/// </param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ClaimDiagnosis(string Code, PresentOnAdmission PresentOnAdmission = PresentOnAdmission.NotReported);
