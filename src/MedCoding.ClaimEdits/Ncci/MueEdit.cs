using System.Collections.Frozen;
using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Returns one row of an MUE file.
/// </summary>
/// <param name="Code">The HCPCS/CPT code.</param>
/// <param name="Value">The most units of service reported for the code by one provider for one patient (per line or per day).</param>
/// <param name="Indicator">Whether the value is per line or per date of service.</param>
/// <param name="Rationale">The MUE rationale, e.g. <c>Clinical: Data</c>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MueEdit(string Code, int Value, MueAdjudicationIndicator Indicator, string Rationale)
{
    /// <summary>Gets a value indicating whether units are added up over the date of service (indicators 2 and 3).</summary>
    public bool IsPerDateOfService => Indicator != MueAdjudicationIndicator.Line;
}
