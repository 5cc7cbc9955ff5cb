using MedCoding.ClaimEdits.Sources;
using MedCoding.CodeSets;
using MedCoding.Lookup.Icd10Cm;

namespace MedCoding;

/// <summary>Returns the releases of an <see cref="Icd10CmReleaseProvider"/> to the claim edits, with the dates each is in force there.</summary>
internal sealed class ProviderReleaseSource(Icd10CmReleaseProvider provider) : IIcd10CmReleaseSource
{
    public IReadOnlyList<Release> Releases => provider.Schedule;

    public Icd10CmRelease Load(Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return release.System == CodeSystem.Icd10Cm && provider.FindVersion(release.Version) is { } loaded
            ? loaded
            : throw new ArgumentException($"{release.Name} is not one of the releases here.", nameof(release));
    }
}
