using MedCoding.CodeSets;
using MedCoding.Encoder.IO;
using MedCoding.Icd10Cm;

namespace MedCoding.Encoder;

/// <summary>
/// Returns the search's words of every Tabular title of one ICD-10-CM release, cut ahead of time, so that a
/// <see cref="CodeSearch"/> over that release cuts no title when it starts: the package <c>MedCoding.Data.Indexes</c>
/// embeds them for each embedded ICD-10-CM release (<c>IndexData.TitleWords</c>), and
/// <see cref="CodeSearchBuilder.UseTitleWords"/> gives them to a search.
/// </summary>
/// <remarks>
/// The words belong to one release: its system and version, the number of its entries and of its codes, and where each
/// code stands among the entries. A search uses them only for a release that agrees on the system, the version and the
/// two numbers (<see cref="IsFor(Icd10CmRelease)"/>), and cuts the titles of any other release the first time it is
/// searched; the words of a release are the same either way. A release's titles are not read to check this (that would
/// cost what the words save): a release changed by hand under an official version would be searched with that
/// version's words.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TabularTitleWords
{
    internal TabularTitleWords(Release release, int entryCount, int[] entries, WordLists titles)
    {
        Release = release;
        EntryCount = entryCount;
        Entries = entries;
        Titles = titles;
    }

    /// <summary>Gets the ICD-10-CM release whose titles these are.</summary>
    public Release Release { get; }

    /// <summary>Gets the number of titles: one per code of the release (every entry but chapters and blocks), in release order.</summary>
    public int TitleCount => Titles.Count;

    /// <summary>Gets the number of distinct words.</summary>
    public int WordCount => Titles.Vocabulary.Length;

    /// <summary>Gets the number of the release's entries (chapters, blocks and codes).</summary>
    internal int EntryCount { get; }

    /// <summary>Gets where each title's code stands among the release's entries (<see cref="Icd10CmRelease.Entries"/>).</summary>
    internal int[] Entries { get; }

    /// <summary>Gets the distinct words, normalised, in order of first use.</summary>
    internal string[] Vocabulary => Titles.Vocabulary;

    /// <summary>Gets the number of words of all titles together.</summary>
    internal int TotalWords => Titles.TotalWords;

    /// <summary>Gets the titles' words, one list per title.</summary>
    internal WordLists Titles { get; }

    /// <summary>Returns the words of title <paramref name="title"/>, as numbers in <see cref="Vocabulary"/>.</summary>
    internal ReadOnlySpan<int> Of(int title) => Titles.Of(title);

    /// <summary>Cuts the titles of a release (what the data compiler runs, and a search for a release without compiled words).</summary>
    /// <param name="release">The release.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is <see langword="null"/>.</exception>
    public static TabularTitleWords Compute(Icd10CmRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var entries = new List<int>(release.Entries.Count);
        for (var e = 0; e < release.Entries.Count; e++)
        {
            if (release.Entries[e].IsCode)
            {
                entries.Add(e);
            }
        }

        var titles = WordLists.Cut(entries.Count, t => release.Entries[entries[t]].Title, int.MaxValue);
        return new TabularTitleWords(release.Release, release.Entries.Count, [.. entries], titles);
    }

    /// <summary>Reads title words from the compiled data format (written by <see cref="WriteTo"/> or <c>medcoding data compile --system icd10cm-titles</c>).</summary>
    /// <param name="stream">The compiled file's content; left open.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted, of another kind, or of an unsupported format version.</exception>
    public static TabularTitleWords FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return TitleWordsFormat.Read(stream, stream is FileStream file ? file.Name : "the compiled title words stream");
    }

    /// <summary>Writes the words in the compiled data format (Deflate); the same words always give the same bytes.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        TitleWordsFormat.Write(this, stream);
    }

    /// <summary>Returns whether these are the words of a release: the same system and version, as many entries, as many codes.</summary>
    /// <param name="release">The release.</param>
    /// <returns><see langword="true"/> when they are.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is <see langword="null"/>.</exception>
    public bool IsFor(Icd10CmRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return Release.Equals(release.Release) && EntryCount == release.Entries.Count && TitleCount == release.CodeCount;
    }

    /// <summary>Returns a summary, e.g. <c>ICD-10-CM FY2026: 98,186 titles, 16,012 words</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Release.Name}: {TitleCount:N0} titles, {WordCount:N0} words");
}
