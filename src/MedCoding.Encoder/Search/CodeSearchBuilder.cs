using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;

namespace MedCoding.Encoder;

/// <summary>
/// Assembles a <see cref="CodeSearch"/>: the indexes a coder reads (Alphabetic Index, External Cause Index, Table of
/// Drugs and Chemicals, Neoplasm Table, ICD-10-PCS Index), the ICD-10-CM releases whose titles are searched and which
/// check every code, and the ICD-10-PCS releases.
/// </summary>
/// <example>
/// <code>
/// var search = CodeSearch.CreateBuilder()
///     .AddIndexes(IndexData.All)
///     .UseIcd10Cm(Icd10CmData.Default.Releases)
///     .UseIcd10Pcs(Icd10PcsData.Default)
///     .Build();
/// var results = search.Search("diabetes type 2 with hyperglycemia", new DateOnly(2025, 11, 3));
/// </code>
/// </example>
/// <threadsafety>Not thread-safe: build on one thread, then share the search.</threadsafety>
public sealed partial class CodeSearchBuilder
{
    private readonly List<AlphabeticIndex> _indexes = [];
    private readonly List<Action<ListDocumentSet>> _documents = [];
    private ReleaseSchedule<Icd10CmRelease>? _icd10Cm;
    private ReleaseSchedule<PcsRelease>? _icd10Pcs;
    private ReleaseSchedule<TabularTitleWords>? _titleWords;
    private Icd10CmRelease? _tabularList;
    private bool _titles = true;

    internal CodeSearchBuilder()
    {
    }

    /// <summary>Uses the ICD-10-CM releases: the one in force on the date asked checks every code, and its titles are searched.</summary>
    /// <param name="releases">The releases (for the embedded ones, <c>Icd10CmData.Default.Releases</c>).</param>
    /// <returns>This builder.</returns>
    public CodeSearchBuilder UseIcd10Cm(ReleaseSchedule<Icd10CmRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        _icd10Cm = releases;
        return this;
    }

    /// <summary>Uses the ICD-10-PCS releases: the one in force on the date asked checks the PCS Index's codes and gives the axes still open.</summary>
    /// <param name="releases">The releases (for the embedded ones, <c>Icd10PcsData.Default</c>).</param>
    /// <returns>This builder.</returns>
    public CodeSearchBuilder UseIcd10Pcs(ReleaseSchedule<PcsRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        _icd10Pcs = releases;
        return this;
    }

    /// <summary>
    /// Uses the words of the ICD-10-CM releases' titles cut ahead of time (for the embedded releases,
    /// <c>IndexData.TitleWords</c>), so that the search of a release whose words are there cuts no title when it starts.
    /// Words are used only for the release they were cut from (<see cref="TabularTitleWords.IsFor(Icd10CmRelease)"/>); the titles of any
    /// other release are cut the first time it is searched.
    /// </summary>
    /// <param name="words">The words, one release of the schedule per ICD-10-CM release.</param>
    /// <returns>This builder.</returns>
    public CodeSearchBuilder UseTitleWords(ReleaseSchedule<TabularTitleWords> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _titleWords = words;
        return this;
    }

    /// <summary>
    /// Uses this release's Tabular List for 7th-character meanings and notes; by default, the newest release of the
    /// ICD-10-CM schedule that has one (FY2021 with the embedded data).
    /// </summary>
    /// <param name="release">A release with its Tabular List.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The release has no Tabular List.</exception>
    public CodeSearchBuilder UseTabularList(Icd10CmRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        if (!release.HasTabularList)
        {
            throw new ArgumentException($"{release.Release.Name} has no Tabular List.", nameof(release));
        }

        _tabularList = release;
        return this;
    }

    /// <summary>Whether the titles of the ICD-10-CM release in force are searched besides the indexes (the default).</summary>
    /// <param name="include"><see langword="false"/> to search the indexes alone.</param>
    /// <returns>This builder.</returns>
    public CodeSearchBuilder IncludeTabularTitles(bool include)
    {
        _titles = include;
        return this;
    }

    /// <summary>Builds the search. Nothing is indexed yet: each release's search index is put together the first time a date in it is asked (or by <see cref="CodeSearch.Prepare"/>).</summary>
    /// <returns>The search.</returns>
    /// <exception cref="InvalidOperationException">No ICD-10-CM releases were given.</exception>
    public CodeSearch Build()
    {
        if (_icd10Cm is null || _icd10Cm.Count == 0)
        {
            throw new InvalidOperationException("The search needs the ICD-10-CM releases: call UseIcd10Cm.");
        }

        return new CodeSearch(_icd10Cm, _icd10Pcs, _tabularList, _titles, _titleWords, [.. _indexes], [.. _documents]);
    }

    /// <summary>Adds documents written straight to the corpus (tests, and the index adapters).</summary>
    internal CodeSearchBuilder AddDocuments(Action<ListDocumentSet> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents.Add(documents);
        return this;
    }
}
