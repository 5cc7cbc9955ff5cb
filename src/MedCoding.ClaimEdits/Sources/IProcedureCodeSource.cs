using System.Collections.Frozen;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm.OrderFiles;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns whether an ICD-10-PCS code is valid on a date of service.
/// </summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IProcedureCodeSource
{
    /// <summary>Returns whether a code is a valid (billable) ICD-10-PCS code on a date of service.</summary>
    /// <param name="code">The code as written on the claim (<c>0DTJ4ZZ</c>).</param>
    /// <param name="dateOfService">The date of the procedure.</param>
    /// <returns>
    /// <see langword="true"/> if valid; <see langword="false"/> if not; <see langword="null"/> when no
    /// release is known for that date (the edit then says nothing).
    /// </returns>
    bool? IsValid(string code, DateOnly dateOfService);
}
