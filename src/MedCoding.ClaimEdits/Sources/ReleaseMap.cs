using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns releases of one code set by their <see cref="Release"/>, each loaded on first use: what
/// <see cref="Icd10CmReleaseSet"/> and <see cref="PcsReleaseSet"/> hold.
/// </summary>
/// <typeparam name="T">The loaded release type.</typeparam>
/// <threadsafety>Immutable and thread-safe; each release is loaded once.</threadsafety>
// The annotation is Lazy<T>'s (see ReleaseSchedule<T>): without it, trimmed and Native AOT apps warn.
internal sealed class ReleaseMap<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>
{
    private readonly FrozenDictionary<Release, Lazy<T>> _releases;

    /// <summary>Initializes the map.</summary>
    /// <param name="releases">Each release and how to load it.</param>
    /// <param name="parameterName">The caller's parameter, named when a release is given twice.</param>
    /// <exception cref="ArgumentException">Two entries have the same release.</exception>
    public ReleaseMap(IEnumerable<(Release Release, Lazy<T> Load)> releases, string parameterName)
    {
        var map = new Dictionary<Release, Lazy<T>>();
        foreach (var (release, load) in releases)
        {
            if (!map.TryAdd(release, load))
            {
                throw new ArgumentException($"{release.Name} is given twice.", parameterName);
            }
        }

        _releases = map.ToFrozenDictionary();
        Releases = [.. _releases.Keys.OrderBy(r => r.EffectiveFrom)];
    }

    /// <summary>Gets the releases, oldest first.</summary>
    public IReadOnlyList<Release> Releases { get; }

    /// <summary>Returns a release's content, loading it on first use.</summary>
    /// <param name="release">One of <see cref="Releases"/>.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentException">The release is not in the map.</exception>
    public T Load(Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return _releases.TryGetValue(release, out var lazy)
            ? lazy.Value
            : throw new ArgumentException($"{release.Name} is not in this set.", nameof(release));
    }

    /// <summary>Returns the content of the release in force on a date, or <see langword="null"/> when none is.</summary>
    /// <param name="date">The date of service.</param>
    /// <returns>The content, or <see langword="null"/>.</returns>
    public T? GetInForceOn(DateOnly date) =>
        Icd10CmReleaseSourceExtensions.FindInForceOn(Releases, date) is { } release ? _releases[release].Value : default;
}
