using MedCoding.CodeSets;
using MedCoding.Encoder;
using MedCoding.Encoder.IO;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>
/// The search's words of the Tabular titles embedded in MedCoding.Data.Indexes: those of every embedded ICD-10-CM
/// release, the same as cutting the release's titles, and a search built from them the same as one that cuts everything
/// from the official files when it starts.
/// </summary>
public sealed class TitleWordsDataTests
{
    public static TheoryData<string> Releases => [.. Icd10CmData.Default.Schedule.Select(r => r.Version)];

    [Theory]
    [MemberData(nameof(Releases))]
    public void TitleWords_EachEmbeddedRelease_AreTheWordsOfItsTitlesCutNow(string version)
    {
        var release = Icd10CmData.Default[version];

        var compiled = IndexData.TitleWords.Load(release.Release);
        var cut = TabularTitleWords.Compute(release);

        compiled.IsFor(release).Should().BeTrue();
        compiled.TitleCount.Should().Be(release.CodeCount).And.Be(cut.TitleCount);
        SearchSegmentComparer.FindDifference(cut.Segment, compiled.Segment).Should().BeNull();
        for (var d = 0; d < cut.Segment.DocumentCount; d++)
        {
            var entry = release.Entries[compiled.Segment.RecordOf(d, 0)];
            entry.IsCode.Should().BeTrue();
            Words(compiled.Segment, d).Should().Equal(Cut(entry.Title), "title {0} ({1})", d, entry);
        }
    }

    [Fact]
    public void TitleWords_ScheduleOfEmbeddedReleases_IsOneForEachIcd10CmRelease()
    {
        IndexData.TitleWords.Releases.Should().Equal(Icd10CmData.Default.Schedule);
        IndexData.Releases.Should().NotContain(r => r.System == CodeSystem.Icd10Cm, "the list of indexes names indexes only");
    }

    [Fact]
    public void TitleWords_OfAnotherRelease_AreNotUsedForIt()
    {
        var fy2025 = IndexData.TitleWords.Load(Icd10CmData.Default["2025"].Release);

        fy2025.IsFor(Icd10CmData.Newest).Should().BeFalse();
    }

    [Fact]
    public void FromStream_TitleWordsOfAnIndex_ThrowsNamingWhatItHolds()
    {
        using var stream = IndexData.OpenCompiledFile("icd10cm-neoplasm-2023.mcd");

        var act = () => TabularTitleWords.FromStream(stream);

        act.Should().Throw<CompiledDataException>().WithMessage("*ICD-10-CM Neoplasm Table*not the title words*");
    }

    /// <summary>
    /// The search's start-up from compiled data (indexes with their words, titles' words) makes exactly the documents
    /// the search makes when it cuts every text itself from the official files: the same documents in the same order,
    /// each with the same source, code, path and words.
    /// </summary>
    [Fact]
    public void BuildCorpus_FromCompiledWords_IsTheCorpusCutFromTheOfficialFiles()
    {
        var release = Icd10CmData.Newest;
        var official = new[]
        {
            AlphabeticIndex.Load(OfficialData.Path("icd10cm", "2017", "icd10cm_index_2017.xml"), IndexKind.Diseases),
            AlphabeticIndex.Load(OfficialData.Path("icd10cm", "2023", "icd10cm_eindex_2023.xml"), IndexKind.ExternalCauses),
            AlphabeticIndex.Load(OfficialData.Path("icd10cm", "2025-04", "icd10cm-drug-April-2025.csv"), IndexKind.Drugs),
            AlphabeticIndex.Load(OfficialData.Path("icd10cm", "2023", "icd10cm_neoplasm_2023.xml"), IndexKind.Neoplasms),
            AlphabeticIndex.Load(OfficialData.Path("icd10pcs", "2025", "icd10pcs_index_2025.xml"), IndexKind.Procedures),
        };
        var fromOfficial = CodeSearch.CreateBuilder().AddIndexes(official).UseIcd10Cm(Icd10CmData.Default.Releases).Build().BuildCorpus(release);
        var fromCompiled = CodeSearch.CreateBuilder().AddIndexes(IndexData.All).UseIcd10Cm(Icd10CmData.Default.Releases)
            .UseTitleWords(IndexData.TitleWords).Build().BuildCorpus(release);

        fromCompiled.DocumentCount.Should().Be(fromOfficial.DocumentCount);
        fromCompiled.TermCount.Should().Be(fromOfficial.TermCount);
        fromCompiled.PostingCount.Should().Be(fromOfficial.PostingCount);
        for (var d = 0; d < fromOfficial.DocumentCount; d++)
        {
            var what = $"document {d}";
            fromCompiled.SourceOf(d).Should().Be(fromOfficial.SourceOf(d), what);
            fromCompiled.CodeOf(d).Should().Be(fromOfficial.CodeOf(d), what);
            fromCompiled.PathOf(d).Should().Equal(fromOfficial.PathOf(d), what);
            fromCompiled.WordsOf(d).Should().Equal(fromOfficial.WordsOf(d), what);
        }
    }

    private static IEnumerable<string> Words(SearchSegment segment, int document) => segment.EncodedWordsOf(document).Select(w => segment.Words[w >> 1]);

    private static List<string> Cut(string text) => SearchText.WordList(text);
}
