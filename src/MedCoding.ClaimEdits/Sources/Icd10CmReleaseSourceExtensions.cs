using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>Returns the answers the claim edits need from an <see cref="IIcd10CmReleaseSource"/>.</summary>
public static class Icd10CmReleaseSourceExtensions
{
    /// <summary>
    /// Returns the release in force on a date of service: of the releases whose dates contain it, the one
    /// that started last (the April 1 update rather than the fiscal year it updates).
    /// </summary>
    /// <param name="source">The releases.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The release, or <see langword="null"/> when none is in force on that date.</returns>
    public static Icd10CmRelease? GetInForceOn(this IIcd10CmReleaseSource source, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(source);
        var release = FindInForceOn(source.Releases, dateOfService);
        return release is null ? null : source.Load(release);
    }

    /// <summary>Returns the release in force on a date among some releases: of those whose dates contain it, the one that started last.</summary>
    /// <param name="releases">The releases.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The release, or <see langword="null"/>.</returns>
    public static Release? FindInForceOn(IEnumerable<Release> releases, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(releases);
        Release? best = null;
        foreach (var release in releases)
        {
            if (release.IsInForceOn(dateOfService) && (best is null || release.EffectiveFrom > best.EffectiveFrom))
            {
                best = release;
            }
        }

        return best;
    }

    /// <summary>
    /// Returns the newest release that was loaded with its Tabular List: the one whose Excludes1 notes
    /// serve releases that have only an order file.
    /// </summary>
    /// <param name="source">The releases.</param>
    /// <returns>The release, or <see langword="null"/> when none has a Tabular List.</returns>
    public static Icd10CmRelease? FindNewestWithTabularList(this IIcd10CmReleaseSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var release in source.Releases.OrderByDescending(r => r.EffectiveFrom))
        {
            if (source.Load(release) is { HasTabularList: true } withNotes)
            {
                return withNotes;
            }
        }

        return null;
    }

    /// <summary>Returns the other releases that hold a code, newest first.</summary>
    /// <param name="source">The releases.</param>
    /// <param name="code">The code.</param>
    /// <param name="except">The release to leave out (the one in force).</param>
    /// <returns>The releases holding the code, with its entry there.</returns>
    public static IEnumerable<(Icd10CmRelease Release, CodeEntry Entry)> FindElsewhere(this IIcd10CmReleaseSource source, Icd10CmCode code, Release? except)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var release in source.Releases.OrderByDescending(r => r.EffectiveFrom))
        {
            if (release.Equals(except))
            {
                continue;
            }

            var loaded = source.Load(release);
            if (loaded.Find(code) is { } entry)
            {
                yield return (loaded, entry);
            }
        }
    }
}
