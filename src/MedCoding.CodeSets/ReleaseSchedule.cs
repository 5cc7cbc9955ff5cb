using System.Diagnostics.CodeAnalysis;

namespace MedCoding.CodeSets;

/// <summary>
/// Returns the releases of one code system or data set and answers, for a date, which release is in force: the one
/// rule every system of the SDK uses (ICD-10-CM, ICD-10-PCS, HCPCS, GEMs, POA-exempt lists, MCE, MS-DRG).
/// </summary>
/// <typeparam name="T">The loaded content of a release (an ICD-10-CM release, a grouper's tables...).</typeparam>
/// <remarks>
/// <para>
/// The rule: releases are ordered by the date they start. Each is in force from its own start date through its own end
/// date, or through the day before the next release starts when that comes first (FY2025, from 2024-10-01, ends on
/// 2025-03-31 when the April 2025 update is known; MS-DRG v43.0 ends on 2026-03-31 when v43.1 starts). A date before
/// the first release, after the last, or in a gap between two releases has no release: <see cref="GetInForceOn"/>
/// throws <see cref="NoReleaseInForceException"/> and <see cref="TryGetInForceOn"/> returns <see langword="false"/>.
/// Nothing is ever guessed.
/// </para>
/// <para>Each release's content is loaded the first time it is asked for, once, even when many threads ask at once.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe: <see cref="With(Release, Func{T})"/> returns a new schedule.</threadsafety>
public sealed class ReleaseSchedule<T>
    where T : class
{
    private readonly Slot[] _slots;

    /// <summary>Initializes a schedule of releases, each loaded on first use.</summary>
    /// <param name="system">The code system or data set every release belongs to.</param>
    /// <param name="releases">Each release, as published (its own effective dates), and how to load it.</param>
    /// <exception cref="ArgumentException">A release belongs to another system, a version is given twice, or two releases start on the same date.</exception>
    public ReleaseSchedule(CodeSystem system, IEnumerable<(Release Release, Func<T> Load)> releases)
        : this(system, Slots(system, releases))
    {
    }

    private ReleaseSchedule(CodeSystem system, List<(Release Declared, LoadOnce Lazy)> releases)
    {
        System = system;
        releases.Sort((a, b) => a.Declared.EffectiveFrom.CompareTo(b.Declared.EffectiveFrom));
        for (var i = 1; i < releases.Count; i++)
        {
            if (releases[i].Declared.EffectiveFrom == releases[i - 1].Declared.EffectiveFrom)
            {
                throw new ArgumentException(
                    $"{releases[i].Declared} starts on the same date as {releases[i - 1].Declared}; which would be in force is ambiguous.",
                    nameof(releases));
            }
        }

        _slots = new Slot[releases.Count];
        for (var i = 0; i < releases.Count; i++)
        {
            var (declared, lazy) = releases[i];
            var scheduled = i + 1 < releases.Count && releases[i + 1].Declared.EffectiveFrom <= declared.EffectiveThrough
                ? declared.EndingOn(releases[i + 1].Declared.EffectiveFrom.AddDays(-1))
                : declared;
            _slots[i] = new Slot(declared, scheduled, lazy);
        }

        Releases = Array.AsReadOnly(_slots.Select(s => s.Scheduled).ToArray());
    }

    /// <summary>Gets the code system or data set the releases belong to.</summary>
    public CodeSystem System { get; }

    /// <summary>Gets the releases, oldest first, each with the dates it is in force in this schedule.</summary>
    public IReadOnlyList<Release> Releases { get; }

    /// <summary>Gets the number of releases.</summary>
    public int Count => _slots.Length;

    /// <summary>Gets the newest release (the one that starts last), as scheduled.</summary>
    /// <exception cref="InvalidOperationException">The schedule holds no release.</exception>
    public Release NewestRelease => _slots.Length > 0 ? _slots[^1].Scheduled : throw Empty();

    /// <summary>Gets the content of the newest release, loading it on first use.</summary>
    /// <exception cref="InvalidOperationException">The schedule holds no release.</exception>
    public T Newest => _slots.Length > 0 ? _slots[^1].Lazy.Value : throw Empty();

    /// <summary>Returns an empty schedule of a system.</summary>
    /// <param name="system">The code system or data set.</param>
    /// <returns>A schedule with no release: every date is outside it.</returns>
    public static ReleaseSchedule<T> None(CodeSystem system) => new(system, new List<(Release, LoadOnce)>());

    /// <summary>Returns a schedule of releases already loaded.</summary>
    /// <param name="system">The code system or data set.</param>
    /// <param name="releases">Each release and its content.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static ReleaseSchedule<T> Of(CodeSystem system, IEnumerable<(Release Release, T Content)> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        return new(system, releases.Select(r => (r.Release, (Func<T>)(() => r.Content))));
    }

    /// <summary>Returns the release in force on a date, as scheduled, or <see langword="null"/>.</summary>
    /// <param name="date">The date of service or discharge.</param>
    /// <returns>The release, or <see langword="null"/> when none is in force.</returns>
    public Release? FindInForceOn(DateOnly date) => Find(date)?.Scheduled;

    /// <summary>Returns the content of the release in force on a date, loading it on first use.</summary>
    /// <param name="date">The date of service or discharge.</param>
    /// <returns>The content.</returns>
    /// <exception cref="NoReleaseInForceException">No release is in force on that date: before the first, after the last, or in a gap.</exception>
    public T GetInForceOn(DateOnly date) =>
        Find(date) is { } slot ? slot.Lazy.Value : throw new NoReleaseInForceException(System, date, Releases);

    /// <summary>Returns the content of the release in force on a date, if there is one.</summary>
    /// <param name="date">The date of service or discharge.</param>
    /// <param name="content">The content, or <see langword="null"/>.</param>
    /// <param name="release">The release as scheduled, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if a release is in force on that date.</returns>
    public bool TryGetInForceOn(DateOnly date, [NotNullWhen(true)] out T? content, [NotNullWhen(true)] out Release? release)
    {
        var slot = Find(date);
        content = slot?.Lazy.Value;
        release = slot?.Scheduled;
        return slot is not null;
    }

    /// <summary>Returns why no release is in force on a date (the message of <see cref="NoReleaseInForceException"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The explanation.</returns>
    public string DescribeNoReleaseOn(DateOnly date) => NoReleaseInForceException.Describe(System, date, Releases);

    /// <summary>Returns a release by its version, as scheduled, or <see langword="null"/>.</summary>
    /// <param name="version">The version as written (<c>2026</c>, <c>FY2026</c>, <c>2025-04</c>, <c>43.1</c>, <c>v43.1</c>, <c>431</c>); case and a leading <c>FY</c> or <c>v</c> are ignored, and so are dots.</param>
    /// <returns>The release, or <see langword="null"/>.</returns>
    public Release? FindVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var wanted = NormalizeVersion(version);
        return _slots.FirstOrDefault(s => string.Equals(NormalizeVersion(s.Declared.Version), wanted, StringComparison.OrdinalIgnoreCase))?.Scheduled;
    }

    /// <summary>Returns the content of a release of this schedule, loading it on first use.</summary>
    /// <param name="release">One of <see cref="Releases"/> (compared by system and version).</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentException">The release is not in this schedule.</exception>
    public T Load(Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return _slots.FirstOrDefault(s => s.Declared.Equals(release))?.Lazy.Value
            ?? throw new ArgumentException($"{release.Name} is not in this schedule; it holds {string.Join(", ", Releases.Select(r => r.Name))}.", nameof(release));
    }

    /// <summary>Returns the content of a release if it has been loaded already, without loading it.</summary>
    /// <param name="release">One of <see cref="Releases"/>.</param>
    /// <returns>The content, or <see langword="null"/> when it is not loaded yet or not in this schedule.</returns>
    public T? PeekLoaded(Release release) =>
        _slots.FirstOrDefault(s => s.Declared.Equals(release)) is { Lazy.IsValueCreated: true } slot ? slot.Lazy.Value : null;

    /// <summary>Returns a new schedule with a release added, or replacing the one of the same version; this one is unchanged.</summary>
    /// <param name="release">The release as published.</param>
    /// <param name="load">Loads its content on first use.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentException">The release belongs to another system, or another release starts on the same date.</exception>
    public ReleaseSchedule<T> With(Release release, Func<T> load)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(load);
        CheckSystem(System, release);
        var slots = _slots.Where(s => !s.Declared.Equals(release)).Select(s => (s.Declared, s.Lazy)).ToList();
        slots.Add((release, new LoadOnce(load)));
        return new ReleaseSchedule<T>(System, slots);
    }

    /// <summary>Returns a new schedule with a loaded release added, or replacing the one of the same version.</summary>
    /// <param name="release">The release as published.</param>
    /// <param name="content">Its content.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentException">As for <see cref="With(Release, Func{T})"/>.</exception>
    public ReleaseSchedule<T> With(Release release, T content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return With(release, () => content);
    }

    /// <summary>Returns the schedule's releases as text, one per line, with the dates each is in force.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Releases);

    private static List<(Release, LoadOnce)> Slots(CodeSystem system, IEnumerable<(Release Release, Func<T> Load)> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var slots = new List<(Release, LoadOnce)>();
        var seen = new HashSet<Release>();
        foreach (var (release, load) in releases)
        {
            ArgumentNullException.ThrowIfNull(release, nameof(releases));
            ArgumentNullException.ThrowIfNull(load, nameof(releases));
            CheckSystem(system, release);
            if (!seen.Add(release))
            {
                throw new ArgumentException($"{release.Name} is given twice.", nameof(releases));
            }

            slots.Add((release, new LoadOnce(load)));
        }

        return slots;
    }

    private static void CheckSystem(CodeSystem system, Release release)
    {
        if (release.System != system)
        {
            throw new ArgumentException($"{release.Name} is not a {system.DisplayName()} release.", nameof(release));
        }
    }

    private static string NormalizeVersion(string version)
    {
        var text = version.Trim();
        if (text.StartsWith("FY", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }
        else if (text.StartsWith('v') || text.StartsWith('V'))
        {
            text = text[1..];
        }

        return text.Replace(".", string.Empty, StringComparison.Ordinal);
    }

    private InvalidOperationException Empty() => new($"The schedule holds no {System.DisplayName()} release.");

    private Slot? Find(DateOnly date)
    {
        for (var i = _slots.Length - 1; i >= 0; i--)
        {
            if (_slots[i].Scheduled.IsInForceOn(date))
            {
                return _slots[i];
            }
        }

        return null;
    }

    /// <summary>One release: as published, as scheduled here (ending early when a later release starts), and its loader.</summary>
    private sealed record Slot(Release Declared, Release Scheduled, LoadOnce Lazy);

    /// <summary>
    /// Returns one release's content, loaded on first use, once, even when many threads ask at once: a
    /// <see cref="Lazy{T}"/> in <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/> mode, held as
    /// <c>Lazy&lt;object&gt;</c> because <c>Lazy&lt;T&gt;</c> asks trimmed and Native AOT apps (the medcoding tool) to keep
    /// T's parameterless constructor, an annotation every generic user of this type would then have to repeat.
    /// </summary>
    private sealed class LoadOnce(Func<T> load)
    {
        private readonly Lazy<object> _lazy = new(() => load(), LazyThreadSafetyMode.ExecutionAndPublication);

        public bool IsValueCreated => _lazy.IsValueCreated;

        public T Value => (T)_lazy.Value;
    }
}
