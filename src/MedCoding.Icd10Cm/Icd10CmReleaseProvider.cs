using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm;

/// <summary>
/// Returns the ICD-10-CM releases known to an application and answers, for a date of service, which release is
/// in force and whether a code is valid on that date.
/// </summary>
/// <remarks>
/// <para>
/// Each release is in force from its own start date until the day before the next release starts, or until its
/// own end date: FY2025 (from 2024-10-01) ends on 2025-03-31 when the April 2025 update is known, because that
/// update starts on 2025-04-01. <see cref="Schedule"/> lists the releases with those dates. A date before the first
/// release, after the last, or in a gap between two releases (FY2021 ends 2021-09-30; FY2025 starts 2024-10-01) has
/// no release: <see cref="GetForDate"/> throws <see cref="NoReleaseInForceException"/> and <see cref="Check"/> says so.
/// Nothing is ever guessed.
/// </para>
/// <para>
/// Releases may be added while other threads look codes up. The provider holds an immutable snapshot of its releases
/// and replaces it atomically, so a reader sees either the releases before an <see cref="Add(Icd10CmRelease)"/> or
/// after it, never a half-built release or schedule.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe: lookups need no lock; additions are serialized and published atomically.</threadsafety>
public sealed class Icd10CmReleaseProvider
{
    private readonly Lock _writeLock = new();
    private ReleaseSchedule<Icd10CmRelease> _schedule = ReleaseSchedule<Icd10CmRelease>.None(CodeSystem.Icd10Cm);

    /// <summary>Initializes an empty provider.</summary>
    public Icd10CmReleaseProvider()
    {
    }

    /// <summary>Initializes a provider holding loaded releases.</summary>
    /// <param name="releases">The releases.</param>
    /// <exception cref="ArgumentException">Two releases start on the same date.</exception>
    public Icd10CmReleaseProvider(IEnumerable<Icd10CmRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        foreach (var release in releases)
        {
            Add(release);
        }
    }

    /// <summary>Gets a value indicating whether releases can no longer be added (a shared default provider).</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Gets the releases known, in date order, each with the dates it is in force here.</summary>
    public IReadOnlyList<Release> Schedule => Volatile.Read(ref _schedule).Releases;

    /// <summary>Gets the releases as the SDK's one release schedule (an immutable snapshot of this provider's releases).</summary>
    public ReleaseSchedule<Icd10CmRelease> Releases => Volatile.Read(ref _schedule);

    /// <summary>Gets the newest release: the one that starts last.</summary>
    /// <exception cref="InvalidOperationException">The provider holds no release.</exception>
    public Icd10CmRelease Newest
    {
        get
        {
            var schedule = Volatile.Read(ref _schedule);
            return schedule.Count > 0
                ? schedule.Newest
                : throw new InvalidOperationException("The provider holds no ICD-10-CM release.");
        }
    }

    /// <summary>Gets a release by its version.</summary>
    /// <param name="version">The version: <c>2026</c>, <c>FY2026</c>, or <c>2025-04</c> for the April 2025 update.</param>
    /// <returns>The release.</returns>
    /// <exception cref="KeyNotFoundException">No release of that version is known.</exception>
    public Icd10CmRelease this[string version] => FindVersion(version)
        ?? throw new KeyNotFoundException($"No ICD-10-CM release {MessageText.Quote(version)} is known here; known: {string.Join(", ", Schedule.Select(r => r.Version))}.");

    /// <summary>Returns a release by its version, or <see langword="null"/>.</summary>
    /// <param name="version">The version: <c>2026</c>, <c>FY2026</c>, or <c>2025-04</c> for the April 2025 update.</param>
    /// <returns>The release, or <see langword="null"/> when no release of that version is known.</returns>
    public Icd10CmRelease? FindVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var schedule = Volatile.Read(ref _schedule);
        return schedule.FindVersion(version) is { } release ? schedule.Load(release) : null;
    }

    /// <summary>Returns the release in force on a date of service.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The release.</returns>
    /// <exception cref="NoReleaseInForceException">No known release is in force on that date.</exception>
    public Icd10CmRelease GetForDate(DateOnly dateOfService)
    {
        return Volatile.Read(ref _schedule).GetInForceOn(dateOfService);
    }

    /// <summary>Returns the release in force on a date of service, if there is one.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="release">The release, or <see langword="null"/>.</param>
    /// <param name="inForce">The release's metadata with the dates it is in force here, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if a release is in force on that date.</returns>
    public bool TryGetForDate(DateOnly dateOfService, [NotNullWhen(true)] out Icd10CmRelease? release, [NotNullWhen(true)] out Release? inForce)
    {
        return Volatile.Read(ref _schedule).TryGetInForceOn(dateOfService, out release, out inForce);
    }

    /// <summary>
    /// Returns whether a code is valid on a date of service: billable, a header, not in the release in force that
    /// day (naming it), malformed, or no release in force. Never throws for any of these.
    /// </summary>
    /// <param name="code">The code in any form a user might type it (<c>E11.65</c>, <c>e1165</c>).</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The answer.</returns>
    public CodeOnDate Check(string code, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(code);
        var day = dateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!Icd10CmCode.TryParse(code, out var parsed, out var error))
        {
            return new CodeOnDate(code, dateOfService, CodeOnDateStatus.Malformed, null, null, null, $"'{code.Trim()}' is not an ICD-10-CM code: {error}");
        }

        var schedule = Volatile.Read(ref _schedule);
        if (!schedule.TryGetInForceOn(dateOfService, out var release, out var inForce))
        {
            return new CodeOnDate(code, dateOfService, CodeOnDateStatus.NoReleaseInForce, null, null, null, schedule.DescribeNoReleaseOn(dateOfService));
        }

        var entry = release.Find(parsed);
        return entry switch
        {
            null => new CodeOnDate(code, dateOfService, CodeOnDateStatus.NotInRelease, inForce, release, null,
                $"{parsed} is not valid on {day}: it is not a code in {inForce}, the release in force that day."),
            { IsBillable: true } => new CodeOnDate(code, dateOfService, CodeOnDateStatus.Billable, inForce, release, entry,
                $"{parsed} is billable on {day} in {inForce}: {entry.Title}."),
            _ => new CodeOnDate(code, dateOfService, CodeOnDateStatus.Header, inForce, release, entry,
                $"{parsed} is a header on {day} in {inForce}, not billable: code to a greater specificity."),
        };
    }

    /// <summary>
    /// Adds a loaded release, or replaces the one of the same version. Readers see the new set of releases at once and
    /// whole; lookups already under way finish on the set they started with.
    /// </summary>
    /// <param name="release">The release.</param>
    /// <exception cref="ArgumentException">Another release (of another version) starts on the same date.</exception>
    /// <exception cref="InvalidOperationException">The provider is read-only.</exception>
    public void Add(Icd10CmRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        Publish(release.Release, () => release);
    }

    /// <summary>
    /// Adds a release that is loaded on first use (once, even when many threads ask at the same time), or replaces
    /// the one of the same version.
    /// </summary>
    /// <param name="release">The release the loader returns: system, version and effective dates.</param>
    /// <param name="load">Loads the release, for example from a compiled data file.</param>
    /// <exception cref="ArgumentException"><paramref name="release"/> is not ICD-10-CM, or another release starts on the same date.</exception>
    /// <exception cref="InvalidOperationException">The provider is read-only.</exception>
    public void Add(Release release, Func<Icd10CmRelease> load)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(load);
        Publish(release, () => Verified(release, load()));
    }

    /// <summary>
    /// Adds the release of a folder of official files (an order file, perhaps a Tabular List XML), named by its file
    /// names and loaded on first use, or replaces the one of the same version.
    /// </summary>
    /// <param name="directory">The folder, e.g. <c>../shared/data/icd10cm/2026</c>.</param>
    /// <returns>The release added.</returns>
    /// <exception cref="DataFileException">The folder is missing or holds no order file.</exception>
    /// <exception cref="ArgumentException">Another release starts on the same date.</exception>
    /// <exception cref="InvalidOperationException">The provider is read-only.</exception>
    public Release AddFolder(string directory)
    {
        var files = Icd10CmFiles.Find(directory);
        var release = files.Release;
        Add(release, () => Icd10CmRelease.Load(files, release));
        return release;
    }

    /// <summary>Makes the provider read-only, for a default shared by a whole process.</summary>
    /// <returns>This provider.</returns>
    internal Icd10CmReleaseProvider Freeze()
    {
        lock (_writeLock)
        {
            IsReadOnly = true;
        }

        return this;
    }

    private static Icd10CmRelease Verified(Release expected, Icd10CmRelease loaded) =>
        loaded.Release.Equals(expected) && loaded.Release.EffectiveFrom == expected.EffectiveFrom
            ? loaded
            : throw new InvalidOperationException($"The loader for {expected} returned {loaded.Release}.");

    private void Publish(Release release, Func<Icd10CmRelease> load)
    {
        if (release.System != CodeSystem.Icd10Cm)
        {
            throw new ArgumentException($"{release.Name} is not an ICD-10-CM release.", nameof(release));
        }

        lock (_writeLock)
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException("This provider is read-only (a shared default); create a provider of your own to add releases.");
            }

            Volatile.Write(ref _schedule, Volatile.Read(ref _schedule).With(release, load));
        }
    }
}
