using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
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
/// The words are a search segment (one document per title, its record the title's entry) and belong to one release: its
/// system and version, the number of its entries and of its codes. A search uses them only for a release that agrees on the system, the version and the
/// two numbers (<see cref="IsFor(Icd10CmRelease)"/>), and cuts the titles of any other release the first time it is
/// searched; the words of a release are the same either way. A release's titles are not read to check this (that would
/// cost what the words save): a release changed by hand under an official version would be searched with that
/// version's words.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TabularTitleWords
{
    internal TabularTitleWords(Release release, int entryCount, int titleCount, SearchSegment segment)
    {
        Release = release;
        EntryCount = entryCount;
        TitleCount = titleCount;
        Segment = segment;
    }

    /// <summary>Gets the ICD-10-CM release whose titles these are.</summary>
    public Release Release { get; }

    /// <summary>Gets the number of titles: one per code of the release (every entry but chapters and blocks).</summary>
    public int TitleCount { get; }

    /// <summary>Gets the number of distinct words.</summary>
    public int WordCount => Segment.Words.Length;

    /// <summary>Gets the number of the release's entries (chapters, blocks and codes).</summary>
    internal int EntryCount { get; }

    /// <summary>Gets the titles' search segment: one document per title with words, in release order, its record the title's entry (<see cref="Icd10CmRelease.Entries"/>).</summary>
    internal SearchSegment Segment { get; }

    /// <summary>Cuts the titles of a release (what the data compiler runs, and a search for a release without compiled words).</summary>
    /// <param name="release">The release.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is <see langword="null"/>.</exception>
    public static TabularTitleWords Compute(Icd10CmRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var builder = new SearchSegmentBuilder(TitleDocumentSet.RecordWidth, release.CodeCount * 8);
        var titles = 0;
        Span<int> record = stackalloc int[TitleDocumentSet.RecordWidth];
        for (var e = 0; e < release.Entries.Count; e++)
        {
            var entry = release.Entries[e];
            if (entry.IsCode)
            {
                titles++;
                builder.Begin();
                builder.AddText(entry.Title);
                record[0] = e;
                builder.End(record);
            }
        }

        return new TabularTitleWords(release.Release, release.Entries.Count, titles, builder.Build());
    }

    /// <summary>Reads title words from compiled data held in memory, in place: the words keep referring to the memory, which must not change afterwards (for the embedded words, <c>IndexData.TitleWords</c>, the resource's own memory).</summary>
    /// <param name="data">The compiled file's bytes.</param>
    /// <param name="source">The file or resource name, for messages.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted, of another kind, or of an unsupported format version.</exception>
    public static TabularTitleWords FromMemory(ReadOnlyMemory<byte> data, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var payload = CompiledDataFormat.OpenPayload(data, source);
        return TitleWordsFormat.Read(payload);
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
