using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns the ICD-10-CM releases the claim edits can use: the one in force on a date of service, and
/// the others (to tell a code of another year from an unknown one).
/// </summary>
/// <remarks>
/// Implement it over any provider of releases: <see cref="Icd10CmReleaseSet"/> does so over releases
/// loaded from the official files. Implementations must be thread-safe.
/// </remarks>
public interface IIcd10CmReleaseSource
{
    /// <summary>Gets the releases known, in any order.</summary>
    IReadOnlyList<Release> Releases { get; }

    /// <summary>Returns a release's codes (loading them on first use if need be).</summary>
    /// <param name="release">One of <see cref="Releases"/>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentException"><paramref name="release"/> is not one of <see cref="Releases"/>.</exception>
    Icd10CmRelease Load(Release release);
}
