namespace MedCoding.Encoder.Tests;

/// <summary>The examples over the official indexes and releases.</summary>
[Collection(SearchDataCollection.Name)]
public sealed class CodeSearchIndexTests(SearchData data)
{
    private static readonly DateOnly Date = SearchData.Fy2026Date;

    [Fact]
    public void Diabetes_type_2_with_hyperglycemia_is_E11_65()
    {
        var result = data.Full.Search("diabetes type 2 with hyperglycemia", Date)[0];

        result.Code.Should().Be("E11.65");
        result.Status.Should().Be(CodeStatus.Billable);
        result.Missing.Should().Be(MissingParts.None);
    }

    [Fact]
    public void Acetaminophen_poisoning_accidental_is_T39_1X1_needing_a_7th_character()
    {
        var result = data.Full.Search("acetaminophen poisoning accidental", Date)[0];

        result.Code.Should().Be("T39.1X1");
        result.Source.Should().Be(SearchSource.Drug);
        result.Path.Should().Equal("Acetaminophen", "Poisoning Accidental (unintentional)");
        result.Status.Should().Be(CodeStatus.Header);
        result.Missing.Should().Be(MissingParts.SeventhCharacter);
        result.BillableCodes.Should().Equal("T39.1X1A", "T39.1X1D", "T39.1X1S");
    }

    [Fact]
    public void Lung_upper_lobe_neoplasm_malignant_primary_is_C34_1()
    {
        var result = data.Full.Search("lung upper lobe neoplasm malignant primary", Date)[0];

        result.Code.Should().Be("C34.1-");
        result.Source.Should().Be(SearchSource.Neoplasm);
        result.Status.Should().Be(CodeStatus.Header);
        result.BillableCodes.Should().Equal("C34.10", "C34.11", "C34.12");
    }

    [Fact]
    public void Resection_appendix_is_0DTJ_with_its_axes_open()
    {
        var result = data.Full.Search("resection appendix", Date)[0];

        result.Code.Should().Be("0DTJ");
        result.Source.Should().Be(SearchSource.Pcs);
        result.Status.Should().Be(CodeStatus.Header);
        result.Missing.Should().Be(MissingParts.PcsAxes);
        data.Full.Complete(result).OpenAxes.Should().HaveCount(3);
    }

    [Fact]
    public void A_code_is_itself_and_a_typo_still_finds_E11()
    {
        data.Full.Search("E11.65", Date).Single().Code.Should().Be("E11.65");
        data.Full.Search("diabtes type 2", Date).Take(5).Should().Contain(r => r.Code.StartsWith("E11", StringComparison.Ordinal));
    }

    [Fact]
    public void Overdose_of_acetaminophen_accidental_initial_encounter_leads_to_T39_1X1A()
    {
        var results = data.Full.Search("overdose of acetaminophen, accidental, initial encounter", Date);
        var result = results.First(r => r.Code.StartsWith("T39.1X1", StringComparison.Ordinal));

        results.ToList().IndexOf(result).Should().BeLessThan(3);
        var completion = data.Full.Complete(result);
        completion.Suggested.Should().Be("T39.1X1A");
        completion.TabularList!.Version.Should().Be("2021");
    }
}
