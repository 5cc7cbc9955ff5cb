namespace MedCoding.Claims;

/// <summary>
/// Returns one ICD-10-PCS procedure on an institutional claim.
/// </summary>
/// <param name="Code">The ICD-10-PCS code as written (<c>0DTJ4ZZ</c>).</param>
/// <param name="Date">The date the procedure was performed, if reported.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ClaimProcedure(string Code, DateOnly? Date = null);
