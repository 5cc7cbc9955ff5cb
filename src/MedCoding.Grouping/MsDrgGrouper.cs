using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// Gets the MS-DRG grouper: assigns each inpatient case its MDC, DRG and return code as CMS's own grouper does, with
/// the tables of the MS-DRG version in force on the discharge date, and explains the path.
/// </summary>
/// <remarks>
/// <para>
/// The grouper holds a <see cref="ReleaseSchedule{T}"/> of versions (any number; each one's tables are loaded the first
/// time a case needs them). <see cref="Group(DrgCase)"/> picks the version in force on the case's discharge date by the
/// schedule's one rule: v43.0 for discharges from 2025-10-01 to 2026-03-31, v43.1 from 2026-04-01 to 2026-09-30 when
/// both are known. A discharge date no version covers is a <see cref="NoReleaseInForceException"/>, never a guess.
/// <see cref="Group(DrgCase, Release)"/> and <see cref="Group(DrgCase, string)"/> group with a named version.
/// </para>
/// <para>Load once and share: any number of threads may group at once.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MsDrgGrouper : IDrgGrouper
{
    /// <summary>Initializes a grouper over a schedule of MS-DRG versions.</summary>
    /// <param name="schedule">The versions, each with the tables it loads (whose <see cref="MsDrgDefinitions.Release"/> must be that version).</param>
    /// <exception cref="ArgumentException">The schedule is not of <see cref="CodeSystem.MsDrg"/> releases.</exception>
    public MsDrgGrouper(ReleaseSchedule<MsDrgDefinitions> schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.System != CodeSystem.MsDrg)
        {
            throw new ArgumentException($"Expected a schedule of MS-DRG releases, got {schedule.System.DisplayName()}.", nameof(schedule));
        }

        Schedule = schedule;
    }

    /// <summary>Gets the MS-DRG versions this grouper groups with, and the dates each is in force.</summary>
    public ReleaseSchedule<MsDrgDefinitions> Schedule { get; }

    /// <summary>Returns a grouper over tables already loaded, each in force as its <see cref="MsDrgDefinitions.Release"/> says.</summary>
    /// <param name="definitions">The tables of each version (e.g. read with <see cref="MsDrgDefinitions.FromFile(string)"/>).</param>
    /// <returns>The grouper.</returns>
    /// <exception cref="ArgumentException">A version is given twice, or two versions start on the same date.</exception>
    public static MsDrgGrouper Of(params IEnumerable<MsDrgDefinitions> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return new MsDrgGrouper(ReleaseSchedule<MsDrgDefinitions>.Of(CodeSystem.MsDrg, definitions.Select(d => (d.Release, d))));
    }

    /// <summary>
    /// Returns a grouper over every version folder of an MS-DRG data folder (<c>v430/</c>, <c>v431/</c> ..., read with
    /// <see cref="MsDrgDefinitions.Load(string)"/>); each version's tables are read the first time a case needs them.
    /// </summary>
    /// <param name="msdrgFolder">The folder holding the version folders and <c>mce/</c>, e.g. <c>../shared/data/msdrg/v43</c>.</param>
    /// <returns>The grouper.</returns>
    /// <exception cref="DataFileException">The folder does not exist or holds no version folder. A malformed table is reported when its version is first used.</exception>
    public static MsDrgGrouper Load(string msdrgFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(msdrgFolder);
        if (!Directory.Exists(msdrgFolder))
        {
            throw new DataFileException(msdrgFolder, null, "The MS-DRG data folder does not exist.");
        }

        var versions = new List<(Release, Func<MsDrgDefinitions>)>();
        foreach (var folder in Directory.EnumerateDirectories(msdrgFolder).Order(StringComparer.Ordinal))
        {
            // CMS names a version's folder and files v + the version without its dot: v431.
            var name = Path.GetFileName(folder);
            if (name is ['v', _, _, _] && MsDrgReleases.TryGetRelease(name, out var release))
            {
                versions.Add((release, () => MsDrgDefinitions.Load(folder)));
            }
        }

        return versions.Count > 0
            ? new MsDrgGrouper(new ReleaseSchedule<MsDrgDefinitions>(CodeSystem.MsDrg, versions))
            : throw new DataFileException(msdrgFolder, null, "The MS-DRG data folder holds no version folder such as v431/ (for v43.1).");
    }

    /// <summary>Returns the grouping of a case with the MS-DRG version in force on its discharge date.</summary>
    /// <param name="drgCase">The case.</param>
    /// <returns>The DRG, MDC, return code and grouping path.</returns>
    /// <exception cref="NoReleaseInForceException">
    /// No version of <see cref="Schedule"/> is in force on the discharge date: it is before the first, after the last, or
    /// in a gap (with v43.0 and v43.1, before 2025-10-01 or after 2026-09-30). Group it with a named version if that is meant.
    /// </exception>
    /// <exception cref="DataFileException">The version's tables are read now, from CMS's tables, and one is malformed.</exception>
    /// <exception cref="CompiledDataException">The version's tables are read now, from compiled data, and it is damaged.</exception>
    public DrgResult Group(DrgCase drgCase)
    {
        ArgumentNullException.ThrowIfNull(drgCase);
        ArgumentNullException.ThrowIfNull(drgCase.PrincipalDiagnosis.Code, nameof(drgCase));
        if (!Schedule.TryGetInForceOn(drgCase.DischargeDate, out var definitions, out var release))
        {
            throw new NoReleaseInForceException(CodeSystem.MsDrg, drgCase.DischargeDate, Schedule.Releases);
        }

        return Checked(definitions, release).Grouper.Group(drgCase);
    }

    /// <summary>Returns the grouping of a case with a named MS-DRG version, whatever its discharge date.</summary>
    /// <param name="drgCase">The case.</param>
    /// <param name="release">The version, one of <see cref="Schedule"/>'s releases.</param>
    /// <returns>The DRG, MDC, return code and grouping path.</returns>
    /// <exception cref="ArgumentException">The version is not in <see cref="Schedule"/>.</exception>
    public DrgResult Group(DrgCase drgCase, Release release)
    {
        ArgumentNullException.ThrowIfNull(drgCase);
        ArgumentNullException.ThrowIfNull(drgCase.PrincipalDiagnosis.Code, nameof(drgCase));
        ArgumentNullException.ThrowIfNull(release);

        // Every release is in force on its own first day, so that finds it without a search that allocates; a release
        // not in the schedule (or one of its versions with other dates) is left to Load, which names what is there.
        var definitions = Schedule.TryGetInForceOn(release.EffectiveFrom, out var found, out var scheduled) && scheduled.Equals(release)
            ? found
            : Schedule.Load(release);
        return Checked(definitions, release).Grouper.Group(drgCase);
    }

    /// <summary>Returns the grouping of a case with a named MS-DRG version, whatever its discharge date.</summary>
    /// <param name="drgCase">The case.</param>
    /// <param name="version">The version: <c>43.1</c>, <c>431</c> or <c>v43.1</c>.</param>
    /// <returns>The DRG, MDC, return code and grouping path.</returns>
    /// <exception cref="ArgumentException">The version is not in <see cref="Schedule"/>.</exception>
    public DrgResult Group(DrgCase drgCase, string version) => Group(drgCase, FindVersion(version));

    /// <summary>Returns a version of <see cref="Schedule"/> by name.</summary>
    /// <param name="version">The version: <c>43.1</c>, <c>431</c> or <c>v43.1</c>.</param>
    /// <returns>The release, with the dates it is in force in the schedule.</returns>
    /// <exception cref="ArgumentException">The version is not in <see cref="Schedule"/>.</exception>
    public Release FindVersion(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        return Schedule.FindVersion(version)
            ?? throw new ArgumentException($"MS-DRG version {MessageText.Quote(version)} is not one this grouper has; it has {string.Join(", ", Schedule.Releases.Select(r => r.Version))}.", nameof(version));
    }

    private static MsDrgDefinitions Checked(MsDrgDefinitions definitions, Release release) =>
        definitions.Release.Equals(release)
            ? definitions
            : throw new InvalidOperationException($"The schedule's {release.Name} loaded the tables of {definitions.Release.Name}.");
}
