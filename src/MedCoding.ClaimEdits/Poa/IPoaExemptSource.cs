using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.CodeSets;
using MedCoding.ClaimEdits.Sources;

namespace MedCoding.ClaimEdits.Poa;

/// <summary>
/// Returns whether a diagnosis is exempt from present-on-admission reporting on a date.
/// </summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IPoaExemptSource
{
    /// <summary>Returns whether a code is exempt from POA reporting on a date (of discharge or service).</summary>
    /// <param name="code">The diagnosis.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> or <see langword="false"/>; <see langword="null"/> when no list covers the date.</returns>
    bool? IsExempt(Icd10CmCode code, DateOnly date);
}
