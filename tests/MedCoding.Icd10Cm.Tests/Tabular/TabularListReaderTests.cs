using MedCoding.Icd10Cm.Tabular;
using MedCoding.Testing;

namespace MedCoding.Icd10Cm.Tests.Tabular;

public sealed class TabularListReaderTests
{
    [Theory]
    [InlineData("2017", 21, 295, 43_910, 505)] // an older file of the same schema, before chapter 22 (U00-U85); 2021 is checked through its tree
    public void Read_OfficialTabularList_HoldsEveryChapterSectionAndDiag(string year, int chapters, int sections, int diags, int sevenChrDefs)
    {
        var tabular = TabularListReader.Read(OfficialData.Path("icd10cm", year, $"icd10cm_tabular_{year}.xml"));

        tabular.Version.Should().Be(year);
        tabular.Chapters.Should().HaveCount(chapters);
        tabular.Chapters.Sum(c => c.Sections.Count).Should().Be(sections);
        var all = tabular.Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Diagnoses).SelectMany(Flatten).ToList();
        all.Should().HaveCount(diags);
        all.Count(d => d.Notes.SeventhCharacters.Count > 0).Should().Be(sevenChrDefs);
        all.Select(d => d.Name).Should().OnlyHaveUniqueItems();
        all.Should().OnlyContain(d => d.LineNumber > 0);
    }

    private static IEnumerable<TabularDiagnosis> Flatten(TabularDiagnosis diagnosis) => [diagnosis, .. diagnosis.Children.SelectMany(Flatten)];
}
