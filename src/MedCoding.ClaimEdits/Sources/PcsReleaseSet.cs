using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns whether ICD-10-PCS codes are valid on a date of service, from one or more <see cref="PcsRelease"/>s:
/// the release in force on the date (<see cref="Release.IsInForceOn"/>) answers.
/// </summary>
/// <remarks>
/// A set built with <see cref="FromFolders"/> loads each release on first use, so a claim of one fiscal
/// year loads only that year's order file.
/// </remarks>
/// <threadsafety>Immutable and thread-safe; lazy loads happen once.</threadsafety>
public sealed class PcsReleaseSet : IProcedureCodeSource
{
    private readonly ReleaseMap<PcsRelease> _releases;

    /// <summary>Initializes a set of releases already loaded.</summary>
    /// <param name="releases">The releases, e.g. FY2025 and FY2026.</param>
    /// <exception cref="ArgumentException">Two releases have the same version.</exception>
    public PcsReleaseSet(IEnumerable<PcsRelease> releases)
        : this(Checked(releases).Select(r => (r.Release, new Lazy<PcsRelease>(r))))
    {
    }

    private PcsReleaseSet(IEnumerable<(Release Release, Lazy<PcsRelease> Load)> releases) =>
        _releases = new ReleaseMap<PcsRelease>(releases, nameof(releases));

    /// <summary>Gets the releases of the set, oldest first.</summary>
    public IReadOnlyList<Release> Releases => _releases.Releases;

    /// <summary>
    /// Returns a set over ICD-10-PCS release folders (each with an order file, a Tables XML, or both), each
    /// loaded on first use. The fiscal year of each folder is read from its file names.
    /// </summary>
    /// <param name="directories">The folders, e.g. <c>../shared/data/icd10pcs/2025</c> and <c>../shared/data/icd10pcs/2026</c>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DataFileException">A folder is missing or holds no ICD-10-PCS file.</exception>
    public static PcsReleaseSet FromFolders(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var entries = new List<(Release, Lazy<PcsRelease>)>();
        foreach (var directory in directories)
        {
            var files = PcsFiles.Find(directory);
            var release = Release.ForFiscalYear(CodeSystem.Icd10Pcs, files.Year);
            entries.Add((release, new Lazy<PcsRelease>(() => PcsRelease.LoadFolder(directory, release), LazyThreadSafetyMode.ExecutionAndPublication)));
        }

        return new PcsReleaseSet(entries);
    }

    /// <summary>Returns the release in force on a date (of those whose dates contain it, the one that started last).</summary>
    /// <param name="dateOfService">The date.</param>
    /// <returns>The release, or <see langword="null"/> when none of the set is in force then.</returns>
    public PcsRelease? GetInForceOn(DateOnly dateOfService) => _releases.GetInForceOn(dateOfService);

    /// <inheritdoc />
    public bool? IsValid(string code, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(code);
        return GetInForceOn(dateOfService) is { } release
            ? PcsCode.TryParse(code, out var parsed) && release.Find(parsed) is { Kind: EntryKind.Code }
            : null;
    }

    private static IEnumerable<PcsRelease> Checked(IEnumerable<PcsRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        return releases;
    }
}
