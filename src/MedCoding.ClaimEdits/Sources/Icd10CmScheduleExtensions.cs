using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>Returns the answers the claim edits need from a schedule of ICD-10-CM releases.</summary>
public static class Icd10CmScheduleExtensions
{
    /// <summary>
    /// Returns the newest release that was loaded with its Tabular List: the one whose Excludes1 notes
    /// serve releases that have only an order file.
    /// </summary>
    /// <param name="source">The releases.</param>
    /// <returns>The release, or <see langword="null"/> when none has a Tabular List.</returns>
    public static Icd10CmRelease? FindNewestWithTabularList(this ReleaseSchedule<Icd10CmRelease> source)
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
    public static IEnumerable<(Icd10CmRelease Release, CodeEntry Entry)> FindElsewhere(this ReleaseSchedule<Icd10CmRelease> source, Icd10CmCode code, Release? except)
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
