namespace MedCoding.Encoder.Tests;

/// <summary>The engine over a few index-like documents written straight to the corpus: paths, cells, synonyms.</summary>
[Collection(SearchDataCollection.Name)]
public sealed class CodeSearchDocumentTests(SearchData data)
{
    private static readonly DateOnly Date = SearchData.Fy2026Date;

    private CodeSearch Search() => data.Builder()
        .AddDocuments(b =>
        {
            Path(b, SearchSource.Index, "E11.65", "Diabetes, diabetic", "type 2", "with", "hyperglycemia");
            Path(b, SearchSource.Index, "E11.9", "Diabetes, diabetic", "type 2");
            Path(b, SearchSource.Neoplasm, "C34.1-", "Neoplasm, neoplastic", "lung", "upper lobe", "Malignant Primary");
            Path(b, SearchSource.Neoplasm, "C78.0-", "Neoplasm, neoplastic", "lung", "upper lobe", "Malignant Secondary");
            foreach (var (heading, code) in new[] { ("Poisoning Accidental (unintentional)", "T39.1X1"), ("Poisoning Intentional self-harm", "T39.1X2"), ("Adverse effect", "T39.1X5") })
            {
                b.Begin(SearchSource.Drug, code, new[] { "Acetaminophen" }, heading);
                b.AddText("Acetaminophen");
                b.AddText(heading);
                b.End();
            }

            Path(b, SearchSource.Pcs, "0DTJ", "Resection", "Appendix");
            b.AddSynonym("Overdose", "Table of Drugs and Chemicals, by drug, poisoning");
            b.AddSynonym("overdosage", "Table of Drugs and Chemicals, by drug, poisoning");
        })
        .Build();

    [Fact]
    public void The_issue_examples_find_their_codes_first()
    {
        var search = Search();

        Top(search, "diabetes type 2 with hyperglycemia").Should().Be("E11.65");
        Top(search, "acetaminophen poisoning accidental").Should().Be("T39.1X1");
        Top(search, "lung upper lobe neoplasm malignant primary").Should().Be("C34.1-");
        Top(search, "resection appendix").Should().Be("0DTJ");
        Top(search, "overdose of acetaminophen, accidental, initial encounter").Should().Be("T39.1X1");
    }

    [Fact]
    public void A_result_says_its_source_path_status_and_what_is_missing()
    {
        var search = Search();

        var drug = search.Search("acetaminophen poisoning accidental", Date)[0];
        drug.Source.Should().Be(SearchSource.Drug);
        drug.Path.Should().Equal("Acetaminophen", "Poisoning Accidental (unintentional)");
        drug.Status.Should().Be(CodeStatus.Header);
        drug.Missing.Should().Be(MissingParts.SeventhCharacter);
        drug.Title.Should().Be("Poisoning by 4-Aminophenol derivatives, accidental (unintentional)");

        var neoplasm = search.Search("lung upper lobe neoplasm malignant primary", Date)[0];
        neoplasm.Status.Should().Be(CodeStatus.Header);
        neoplasm.BillableCodes.Should().Equal("C34.10", "C34.11", "C34.12");

        var pcs = search.Search("resection appendix", Date)[0];
        pcs.Source.Should().Be(SearchSource.Pcs);
        pcs.Status.Should().Be(CodeStatus.Header);
        pcs.Missing.Should().Be(MissingParts.PcsAxes);
    }

    [Fact]
    public void Overdose_leads_through_the_cross_reference_to_a_billable_code()
    {
        var search = Search();

        var result = search.Search("overdose of acetaminophen, accidental, initial encounter", Date)[0];
        var completion = search.Complete(result);

        completion.Suggested.Should().Be("T39.1X1A");
    }

    [Fact]
    public void One_result_per_code()
    {
        var results = Search().Search("diabetes type 2", Date, 50);

        results.Select(r => r.Code.TrimEnd('-').Replace(".", string.Empty, StringComparison.Ordinal)).Should().OnlyHaveUniqueItems();
    }

    private static string Top(CodeSearch search, string query) => search.Search(query, Date)[0].Code;

    private static void Path(ListDocumentSet builder, SearchSource source, string code, params string[] path)
    {
        builder.Begin(source, code, path);
        foreach (var part in path)
        {
            builder.AddText(part);
        }

        builder.End();
    }
}
