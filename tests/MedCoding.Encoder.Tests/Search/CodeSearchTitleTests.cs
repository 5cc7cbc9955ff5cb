using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;
using Xunit.Abstractions;

namespace MedCoding.Encoder.Tests;

/// <summary>The search over the Tabular titles and codes of the release in force, and verify-and-complete.</summary>
[Collection(SearchDataCollection.Name)]
public sealed class CodeSearchTitleTests(SearchData data, ITestOutputHelper output)
{
    private static readonly DateOnly Date = SearchData.Fy2026Date;

    [Theory]
    [InlineData("E11.65")]
    [InlineData("e1165")]
    [InlineData(" E11.65 ")]
    public void A_code_finds_itself(string query)
    {
        var results = data.TitlesOnly.Search(query, Date);

        results.Should().ContainSingle();
        var result = results[0];
        result.Code.Should().Be("E11.65");
        result.Source.Should().Be(SearchSource.Tabular);
        result.Status.Should().Be(CodeStatus.Billable);
        result.Missing.Should().Be(MissingParts.None);
        result.Title.Should().Be("Type 2 diabetes mellitus with hyperglycemia");
        result.Release!.Version.Should().Be("2026");
        result.BillableCodes.Should().Equal("E11.65");
    }

    [Fact]
    public void A_header_code_is_a_header_with_its_billable_codes()
    {
        var result = data.TitlesOnly.Search("C34.1", Date).Single();

        result.Status.Should().Be(CodeStatus.Header);
        result.Missing.Should().Be(MissingParts.Characters);
        result.BillableCodes.Should().Equal("C34.10", "C34.11", "C34.12");
    }

    [Fact]
    public void A_code_not_in_the_release_is_said_so()
    {
        // E11.65 exists; E11.66 does not (E11.6x stops at E11.69 with no E11.66).
        var result = data.TitlesOnly.Search("E11.66", Date).Single();

        result.Status.Should().Be(CodeStatus.NotInRelease);
        result.Title.Should().BeNull();
        result.BillableCodes.Should().BeEmpty();
    }

    [Fact]
    public void A_date_without_a_release_is_refused()
    {
        var act = () => data.TitlesOnly.Search("diabetes", new DateOnly(2023, 1, 1));

        act.Should().Throw<NoReleaseInForceException>();
    }

    [Theory]
    [InlineData("0DTJ4ZZ", CodeStatus.Billable, MissingParts.None)]
    [InlineData("0dtj", CodeStatus.Header, MissingParts.PcsAxes)]
    [InlineData("0DT", CodeStatus.Header, MissingParts.PcsAxes)]
    public void A_pcs_code_or_partial_code_finds_itself(string query, CodeStatus status, MissingParts missing)
    {
        var result = data.TitlesOnly.Search(query, Date).Single();

        result.Source.Should().Be(SearchSource.Pcs);
        result.Code.Should().Be(query.ToUpperInvariant());
        result.Status.Should().Be(status);
        result.Missing.Should().Be(missing);
        result.Release!.System.Should().Be(CodeSystem.Icd10Pcs);
        result.BillableCodes.Should().Contain("0DTJ4ZZ");
    }

    [Fact]
    public void A_title_finds_its_code_first()
    {
        var results = data.TitlesOnly.Search("Type 2 diabetes mellitus with hyperglycemia", Date);

        results[0].Code.Should().Be("E11.65");
        results[0].Score.Should().BeGreaterThan(2000);
        results.Select(r => r.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Words_in_another_order_and_one_typo_still_find_the_code()
    {
        data.TitlesOnly.Search("diabetes type 2 with hyperglycemia", Date)[0].Code.Should().Be("E11.65");
        data.TitlesOnly.Search("diabtes type 2 hyperglycemia", Date).Take(5).Select(r => r.Code).Should().Contain("E11.65");
        data.TitlesOnly.Search("diabtes type 2", Date).Take(5).Should().Contain(r => r.Code.StartsWith("E11", StringComparison.Ordinal));
    }

    [Fact]
    public void Seventh_characters_come_from_the_newest_tabular_list_with_placeholder_and_suggestion()
    {
        var completion = data.TitlesOnly.Complete("T39.1X1", Date, "overdose of acetaminophen, accidental, initial encounter");

        completion.Status.Should().Be(CodeStatus.Header);
        completion.Missing.Should().Be(MissingParts.SeventhCharacter);
        completion.TabularList!.Version.Should().Be("2021");
        completion.Remarks.Should().Contain("FY2021");
        completion.SeventhCharacters.Select(c => (c.Character, c.Code)).Should().Equal(('A', "T39.1X1A"), ('D', "T39.1X1D"), ('S', "T39.1X1S"));
        completion.SeventhCharacters[0].Meaning.Should().Be("initial encounter");
        completion.Suggested.Should().Be("T39.1X1A");
        completion.BillableCodes.Should().Equal("T39.1X1A", "T39.1X1D", "T39.1X1S");
        completion.Notes.Should().Contain(n => n.Note.Kind == NoteKind.Excludes1 || n.Note.Kind == NoteKind.CodeFirst || n.Note.Kind == NoteKind.UseAdditionalCode);
        output.WriteLine(completion.ToString());
        foreach (var note in completion.Notes)
        {
            output.WriteLine($"  {note.Note.Kind} ({note.Source.Name}): {note.Note.Text}");
        }
    }

    [Fact]
    public void Placeholder_x_pads_to_six_characters()
    {
        CodeCompletion.AddSeventhCharacter("T39.1X1", 'A').Should().Be("T39.1X1A");
        CodeCompletion.AddSeventhCharacter("S00.00", 'a').Should().Be("S00.00XA");
        CodeCompletion.AddSeventhCharacter("T67.0", 'D').Should().Be("T67.0XXD");
        CodeCompletion.AddSeventhCharacter("T71-", 'S').Should().Be("T71.XXXS");
        var act = () => CodeCompletion.AddSeventhCharacter("T39.1X1A", 'A');
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_incomplete_code_is_completed_with_its_billable_codes_and_notes()
    {
        var completion = data.TitlesOnly.Complete("C34.1-", Date);

        completion.Code.Should().Be("C34.1");
        completion.Status.Should().Be(CodeStatus.Header);
        completion.Missing.Should().Be(MissingParts.Characters);
        completion.BillableCodes.Should().Equal("C34.10", "C34.11", "C34.12");
        completion.SeventhCharacters.Should().BeEmpty();
        completion.Notes.Should().Contain(n => n.Note.Kind == NoteKind.UseAdditionalCode);
        completion.Suggested.Should().BeNull();
    }

    [Fact]
    public void A_partial_pcs_code_leaves_its_axes_open_with_the_values_of_the_release_in_force()
    {
        var completion = data.TitlesOnly.Complete("0DTJ", Date);

        completion.System.Should().Be(CodeSystem.Icd10Pcs);
        completion.Status.Should().Be(CodeStatus.Header);
        completion.Missing.Should().Be(MissingParts.PcsAxes);
        completion.Title.Should().Contain("Resection").And.Contain("Appendix");
        completion.OpenAxes.Select(a => a.Axis).Should().Equal(PcsAxis.Approach, PcsAxis.Device, PcsAxis.Qualifier);
        completion.OpenAxes[0].Values.Select(v => v.Character).Should().Contain(['0', '4']);
        completion.BillableCodes.Should().Contain(["0DTJ0ZZ", "0DTJ4ZZ"]);
        completion.BillableCodes.Should().OnlyContain(c => c.StartsWith("0DTJ", StringComparison.Ordinal));
        foreach (var axis in completion.OpenAxes)
        {
            output.WriteLine($"{axis.Title}: {string.Join(", ", axis.Values.Select(v => $"{v.Character} {v.Label}"))}");
        }
    }

    [Fact]
    public void Every_fy2026_title_finds_its_code_first()
    {
        var search = data.TitlesOnly;
        var release = data.Fy2026;
        int total = 0, first = 0, sameWordsFirst = 0;
        var misses = new List<string>();
        foreach (var entry in release.Entries)
        {
            if (!entry.IsCode)
            {
                continue;
            }

            total++;
            var top = search.Search(entry.Title, Date, 1);
            if (top.Count > 0 && top[0].Code == entry.Name)
            {
                first++;
            }
            else if (top.Count > 0 && top[0].Title is { } title && Words(title) == Words(entry.Title))
            {
                sameWordsFirst++; // another code whose title has the very same words (T39.1 and T39.1X)
            }
            else if (misses.Count < 20)
            {
                misses.Add($"{entry.Name} '{entry.Title}' -> {(top.Count > 0 ? top[0].ToString() : "nothing")}");
            }
        }

        output.WriteLine($"FY2026 titles: {total}; own code first {first} ({(double)first / total:P2}); another code with the same words first {sameWordsFirst} ({(double)sameWordsFirst / total:P2}); other {total - first - sameWordsFirst}");
        misses.ForEach(output.WriteLine);
        (first + sameWordsFirst).Should().Be(total);
    }

    private static string Words(string text)
    {
        var words = new List<string>();
        var buffer = new char[SearchText.MaxWordLength];
        foreach (var word in SearchText.Words(text, buffer))
        {
            words.Add(word.ToString());
        }

        return string.Join(' ', words);
    }
}
