using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns the ICD-10-CM releases of an <see cref="Icd10CmReleaseProvider"/> (for example the embedded
/// <c>Icd10CmData.Default</c>) to the claim edits, with the dates each is in force on its schedule.
/// </summary>
/// <threadsafety>Thread-safe: the provider swaps whole snapshots atomically.</threadsafety>
public sealed class Icd10CmReleaseProviderSource : IIcd10CmReleaseSource
{
    private readonly Icd10CmReleaseProvider _provider;

    /// <summary>Initializes the source.</summary>
    /// <param name="provider">The provider of releases.</param>
    public Icd10CmReleaseProviderSource(Icd10CmReleaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
    }

    /// <inheritdoc />
    /// <remarks>The releases as scheduled: a release replaced mid-year by an update ends the day before it.</remarks>
    public IReadOnlyList<Release> Releases => _provider.Schedule;

    /// <inheritdoc />
    public Icd10CmRelease Load(Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return release.System == CodeSystem.Icd10Cm && _provider.FindVersion(release.Version) is { } loaded
            ? loaded
            : throw new ArgumentException($"{release.Name} is not one of the provider's releases.", nameof(release));
    }
}
