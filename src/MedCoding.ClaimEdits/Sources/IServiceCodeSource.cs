using System.Collections.Frozen;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns whether a CPT or HCPCS Level II code on a service line is known.
/// </summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IServiceCodeSource
{
    /// <summary>Returns what is known about a code on a date of service.</summary>
    /// <param name="code">The code as written (<c>99214</c>, <c>G0439</c>).</param>
    /// <param name="dateOfService">The line's date of service.</param>
    /// <returns>The status.</returns>
    ServiceCodeStatus Check(string code, DateOnly dateOfService);
}
