using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Poa;

/// <summary>
/// Returns CMS's POA-exempt lists, one per fiscal year, held in a <see cref="ReleaseSchedule{T}"/>: the present-on-admission
/// edit asks for the list in force on the claim's date, and a date no list covers is a date the edit cannot check.
/// </summary>
/// <remarks>
/// Build it over the embedded lists (<c>new PoaExemptLists(MedCoding.Data.PoaExemptData.Default)</c>), over official files
/// (<see cref="Load"/>, <see cref="LoadFolders"/>), or over any schedule, e.g. the embedded one with next year's list added
/// (<see cref="ReleaseSchedule{T}.With(Release, T)"/>).
/// </remarks>
/// <threadsafety>Immutable and thread-safe; each list is loaded once, on first use.</threadsafety>
public sealed class PoaExemptLists : IPoaExemptSource
{
    /// <summary>Initializes the lists over a schedule.</summary>
    /// <param name="schedule">The lists by fiscal year.</param>
    /// <exception cref="ArgumentException">The schedule is not one of POA-exempt lists.</exception>
    public PoaExemptLists(ReleaseSchedule<PoaExemptList> schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.System != CodeSystem.PoaExemptList)
        {
            throw new ArgumentException($"The schedule holds {schedule.System.DisplayName()} releases, not POA-exempt lists.", nameof(schedule));
        }

        Schedule = schedule;
    }

    /// <summary>Gets the lists by fiscal year.</summary>
    public ReleaseSchedule<PoaExemptList> Schedule { get; }

    /// <inheritdoc />
    public IReadOnlyList<Release> Releases => Schedule.Releases;

    /// <summary>Returns the number of exempt codes in a fiscal year's list (loading it on first use).</summary>
    /// <param name="release">One of <see cref="Releases"/>.</param>
    /// <returns>The count, or 0 when the release is not one of these lists.</returns>
    public int CountOf(Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return Schedule.FindVersion(release.Version) is { } known && known.System == release.System ? Schedule.Load(known).Count : 0;
    }

    /// <summary>Returns the lists read from official files named like <c>POAexemptCodesFY26.txt</c> (the fiscal year is read from the name).</summary>
    /// <param name="paths">The files.</param>
    /// <returns>The lists.</returns>
    /// <exception cref="DataFileException">A file is missing, is not named for a fiscal year, or a line is malformed.</exception>
    /// <exception cref="ArgumentException">Two files are for the same fiscal year.</exception>
    public static PoaExemptLists Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var lists = paths.Select(PoaExemptList.Load).Select(list => (list.Release, list)).ToList();
        return new PoaExemptLists(ReleaseSchedule<PoaExemptList>.Of(CodeSystem.PoaExemptList, lists));
    }

    /// <summary>Returns the lists of every <c>POAexemptCodesFYnn.txt</c> in some folders (folders without one are passed over).</summary>
    /// <param name="directories">The folders, e.g. <c>../shared/data/icd10cm/2025</c> and <c>2026</c>.</param>
    /// <returns>The lists.</returns>
    /// <exception cref="DataFileException">A list is malformed.</exception>
    public static PoaExemptLists LoadFolders(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        return Load(directories.Where(Directory.Exists).SelectMany(PoaExemptList.FindFiles).Order(StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public PoaExemptList? FindInForceOn(DateOnly date) => Schedule.TryGetInForceOn(date, out var list, out _) ? list : null;

    /// <summary>Returns whether a code is exempt from POA reporting on a date (of discharge or service).</summary>
    /// <param name="code">The diagnosis.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> or <see langword="false"/>; <see langword="null"/> when no list is in force on the date.</returns>
    public bool? IsExempt(Icd10CmCode code, DateOnly date) => FindInForceOn(date)?.Contains(code);
}
