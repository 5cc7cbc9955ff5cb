using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns a set of ICD-10-CM releases, loaded already or loaded from their folders on first use.
/// </summary>
/// <remarks>
/// Loading a release from its order file takes about a second; a set built with <see cref="FromFolders"/>
/// loads only the releases a claim needs (the one in force, and the others only when a code is not in it).
/// </remarks>
/// <threadsafety>Immutable and thread-safe; lazy loads happen once.</threadsafety>
public sealed class Icd10CmReleaseSet : IIcd10CmReleaseSource
{
    private readonly ReleaseMap<Icd10CmRelease> _releases;

    /// <summary>Initializes a set of releases already loaded.</summary>
    /// <param name="releases">The releases.</param>
    /// <exception cref="ArgumentException">Two releases have the same version.</exception>
    public Icd10CmReleaseSet(IEnumerable<Icd10CmRelease> releases)
        : this(releases.Select(r => (r.Release, new Lazy<Icd10CmRelease>(r))))
    {
    }

    private Icd10CmReleaseSet(IEnumerable<(Release Release, Lazy<Icd10CmRelease> Load)> releases) =>
        _releases = new ReleaseMap<Icd10CmRelease>(releases, nameof(releases));

    /// <inheritdoc />
    public IReadOnlyList<Release> Releases => _releases.Releases;

    /// <summary>
    /// Returns a set over release folders (each with an order file, and perhaps a Tabular List), each
    /// loaded on first use. The release of each folder is read from its file names.
    /// </summary>
    /// <param name="directories">The folders, e.g. <c>../shared/data/icd10cm/2025</c> and <c>../shared/data/icd10cm/2026</c>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DataFileException">A folder is missing or holds no order file.</exception>
    public static Icd10CmReleaseSet FromFolders(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var entries = new List<(Release, Lazy<Icd10CmRelease>)>();
        foreach (var directory in directories)
        {
            var files = Icd10CmFiles.Find(directory);
            var release = ReleaseOf(files);
            entries.Add((release, new Lazy<Icd10CmRelease>(() => Icd10CmRelease.Load(files, release), LazyThreadSafetyMode.ExecutionAndPublication)));
        }

        return new Icd10CmReleaseSet(entries);
    }

    /// <inheritdoc />
    public Icd10CmRelease Load(Release release) => _releases.Load(release);

    /// <summary>Returns the release named by a folder's files: a fiscal year, or a mid-year update (a Tabular List names its fiscal year).</summary>
    private static Release ReleaseOf(Icd10CmFiles files) =>
        files.Month is { } month && files.TabularListPath is null
            ? Release.ForUpdate(CodeSystem.Icd10Cm, files.Year, month)
            : Release.ForFiscalYear(CodeSystem.Icd10Cm, files.Year);
}
