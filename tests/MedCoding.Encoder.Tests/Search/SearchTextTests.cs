namespace MedCoding.Encoder.Tests;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Type 2 diabetes mellitus with hyperglycemia", "type 2 diabete mellitus with hyperglycemia")]
    [InlineData("Poisoning by 4-Aminophenol derivatives, accidental (unintentional)", "poisoning 4 aminophenol derivative accidental unintentional")]
    [InlineData("Crohn's disease of the small intestine", "crohn disease small intestine")]
    [InlineData("Injuries of the head", "injury head")]
    [InlineData("O'Brien  analysis, glass", "obrien analysis glass")]
    [InlineData("Overdose of acetaminophen, accidental, initial encounter", "overdose acetaminophen accidental initial encounter")]
    public void Words_are_normalised_folded_and_stop_words_dropped(string text, string expected)
    {
        var words = new List<string>();
        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        foreach (var word in SearchText.Words(text, buffer))
        {
            words.Add(word.ToString());
        }

        string.Join(' ', words).Should().Be(expected);
    }

    [Theory]
    [InlineData("diabetes", "diabtes", true)]
    [InlineData("diabetes", "diabetse", true)]
    [InlineData("diabetes", "diabetesx", true)]
    [InlineData("diabetes", "diabeter", true)]
    [InlineData("diabetes", "diabetes", false)]
    [InlineData("diabetes", "dibtes", false)]
    [InlineData("lung", "lugn", true)]
    public void One_edit_apart(string a, string b, bool expected)
    {
        TypoDictionary.WithinOneEdit(a, b).Should().Be(expected);
        TypoDictionary.WithinOneEdit(b, a).Should().Be(expected);
    }

    [Fact]
    public void Typo_dictionary_finds_a_missing_an_extra_a_wrong_and_a_swapped_letter()
    {
        var builder = new ListDocumentSet();
        foreach (var (code, title) in new[] { ("E11.9", "Type 2 diabetes mellitus"), ("J18.9", "Pneumonia"), ("C34.90", "Lung neoplasm") })
        {
            builder.Begin(SearchSource.Index, code, new[] { title });
            builder.AddText(title);
            builder.End();
        }

        var corpus = SearchCorpus.Of(builder);
        var hits = new SearchHit[3];
        foreach (var query in new[] { "diabtes", "diabets", "diabeter", "daibetes", "pnuemonia", "pneumnia", "diabetxs" })
        {
            var count = corpus.Search(query, 3, hits);
            count.Should().BeGreaterThan(0, query);
            corpus.CodeOf(hits[0].Document).Should().NotBe("C34.90", query);
        }
    }
}
