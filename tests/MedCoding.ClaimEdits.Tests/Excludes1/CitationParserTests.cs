using System.Text.RegularExpressions;
using MedCoding.ClaimEdits.Excludes1;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Tests.Excludes1;

public sealed partial class CitationParserTests
{
    [Theory]
    [InlineData("type 1 diabetes mellitus (E10.-)", "E10.-")] // A category with the dash: all its codes.
    [InlineData("gestational diabetes (O24.4-)", "O24.4-")] // A subcategory with the dash.
    [InlineData("transitory endocrine and metabolic disorders specific to newborn (P70-P74)", "P70-P74")] // A range of categories.
    [InlineData("current child sexual abuse (T74.22, T76.22)", "T74.22|T76.22")] // A list.
    [InlineData("concussion with other intracranial injuries classified in subcategories S06.1- to S06.6- , S06.81- and S06.82- code to specified intracranial injury", "S06.1-S06.6|S06.81-|S06.82-")] // No parentheses: the text is read; "to" makes a range.
    [InlineData("pneumoconiosis with tuberculosis, any type in A15 (J65)", "J65")] // Parentheses win: A15 is part of the description.
    [InlineData("hemolytic anemia due to G6PD deficiency (D55.0)", "D55.0")] // G6PD is not a code.
    [InlineData("Pelger-Huet anomaly (D72.0) F98.2.-F98.3", "D72.0")] // Codes outside the parentheses are not read when the parentheses cite one.
    [InlineData("dorsalgia (M47.0-M47.2.-)", "M47.0-M47.2")] // The stray ".-" after a range's end.
    [InlineData("acquired absence of knee joint following prior explantation of knee prosthesis (Z89.52-", "Z89.52-")] // The note's closing parenthesis is missing.
    [InlineData("certain localized infections - see body system-related chapters", "")] // No code cited.
    public void Parse_NoteOfTheTabularList_GivesItsCitations(string note, string expected)
    {
        string.Join("|", CitationParser.Parse(note)).Should().Be(expected);
    }

    [Theory]
    [InlineData("(V01-V09 with 5th character 1)", "V03.11XA", true)] // 5th character 1.
    [InlineData("(V01-V09 with 5th character 1)", "V03.10XA", false)]
    [InlineData("(E08-E13 with .51-.52)", "E11.52", true)] // The characters after the category.
    [InlineData("(E08-E13 with .51-.52)", "E11.59", false)]
    [InlineData("(E08-E13 with .61-)", "E11.618", true)]
    [InlineData("(I69. with final characters -23)", "I69.123", true)] // The final characters.
    [InlineData("(I69. with final characters -23)", "I69.122", false)]
    [InlineData("(S02.- with 7th character B)", "S02.0XXB", true)]
    [InlineData("(S02.- with 7th character B)", "S02.0XXA", false)]
    [InlineData("(S52.- with open fracture 7th character)", "S52.001B", false)] // Not understood: matches nothing.
    [InlineData("(P70-P74)", "P74.4", true)] // The range's last category, subdivided.
    [InlineData("(P70-P74)", "P75", false)]
    [InlineData("(T80-T88.6, T88.8)", "T88.52XA", true)] // A range ending in a subcategory.
    [InlineData("(T80-T88.6, T88.8)", "T88.7XXA", false)]
    public void Matches_QualifiedCitation_NarrowsTheCodes(string note, string code, bool matches)
    {
        CitationParser.Parse(note).Any(c => c.Matches(Icd10CmCode.Parse(code))).Should().Be(matches);
    }

    [Fact]
    public void Parse_EveryExcludes1NoteOfThe2021TabularList()
    {
        var release = TestData.Fy2021;
        var notes = release.Entries.SelectMany(e => release.GetNotes(e).Of(NoteKind.Excludes1)).ToArray();
        var parsed = notes.Select(n => (Note: n, Citations: CitationParser.Parse(n))).ToArray();
        var citations = parsed.SelectMany(p => p.Citations).ToArray();

        // Every code-shaped token in a note is read, unless the note's parentheses cite others.
        foreach (var (note, cited) in parsed)
        {
            if (cited.Count == 0)
            {
                CodeLike().IsMatch(note).Should().BeFalse($"\"{note}\" has a code but no citation was read");
            }
        }

        // Every citation names codes of the release (its first code, or the first code's category for ranges such as V01-V09).
        citations.Should().OnlyContain(c => release.Find(c.From) != null || release.Find(c.From.Substring(0, 3)) != null);

        var index = Excludes1Index.For(release);
        index.NoteCount.Should().Be(notes.Length);
        var report = new
        {
            Notes = notes.Length,
            Uncited = parsed.Count(p => p.Citations.Count == 0),
            Citations = citations.Length,
            Ranges = citations.Count(c => c.IsRange),
            Qualified = citations.Count(c => c.QualifierKind is not (CitationQualifierKind.None or CitationQualifierKind.NotUnderstood)),
            NotUnderstood = citations.Count(c => c.QualifierKind == CitationQualifierKind.NotUnderstood),
        };
        report.Should().Be(new { Notes = 5441, Uncited = 137, Citations = 5729, Ranges = 330, Qualified = 44, NotUnderstood = 5 });
        index.UncitedNoteCount.Should().Be(report.Uncited);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z][0-9][0-9A-Z](?![A-Za-z0-9])")]
    private static partial Regex CodeLike();
}
