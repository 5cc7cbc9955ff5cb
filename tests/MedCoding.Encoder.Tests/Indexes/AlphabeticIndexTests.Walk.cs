namespace MedCoding.Encoder.Tests.Indexes;

/// <summary>Walking each index as a coder does: main term, subterms, the code, table or cells at the end of the path.</summary>
public sealed partial class AlphabeticIndexTests
{
    [Fact]
    public void GetMainTerm_Diabetes_WithHyperglycemia_GivesTheIndexCode()
    {
        var index = OfficialIndexes.Diseases;

        var diabetes = index.GetMainTerm("Diabetes");

        diabetes.Should().NotBeNull();
        diabetes!.Title.Should().Be("Diabetes, diabetic");
        diabetes.NonessentialModifiers.Should().Be("(mellitus) (sugar)");
        diabetes.TitleWithModifiers.Should().Be("Diabetes, diabetic (mellitus) (sugar)");
        diabetes.Code.Should().Be("E11.9");
        var hyperglycemia = Subterm(Subterm(diabetes, "with"), "hyperglycemia");
        hyperglycemia.Code.Should().Be("E11.65");
        hyperglycemia.Level.Should().Be(2);
        hyperglycemia.Path.Select(t => t.Title).Should().Equal("Diabetes, diabetic", "with", "hyperglycemia");
        Subterm(Subterm(Subterm(diabetes, "type 2"), "with"), "hyperglycemia").Code.Should().Be("E11.65");
    }

    [Theory]
    [InlineData("diabetes, diabetic")]     // the exact title, any case
    [InlineData("DIABETES")]               // the part before the comma
    [InlineData("  Diabetes ")]            // as typed, with spaces
    [InlineData("Diabetes, diabetic (mellitus) (sugar)")] // with its nonessential modifiers
    public void GetMainTerm_AsACoderTypesIt_FindsTheMainTerm(string title) =>
        OfficialIndexes.Diseases.GetMainTerm(title)!.Title.Should().Be("Diabetes, diabetic");

    [Fact]
    public void GetMainTerm_ExactTitle_IsPreferredToAnotherTitlesPartBeforeItsComma() =>
        OfficialIndexes.Diseases.GetMainTerm("Pain")!.Title.Should().Be("Pain");

    [Fact]
    public void GetMainTerm_NoSuchTitle_ReturnsNull() =>
        OfficialIndexes.Diseases.GetMainTerm("Xyzzy").Should().BeNull();

    [Fact]
    public void DrugTable_Acetaminophen_GivesItsSixColumns()
    {
        foreach (var index in new[] { OfficialIndexes.Drugs, OfficialIndexes.DrugsCsv })
        {
            index.ColumnHeadings.Should().Equal(
                "Poisoning Accidental (unintentional)", "Poisoning Intentional self-harm", "Poisoning Assault", "Poisoning Undetermined", "Adverse effect", "Underdosing");
            index.GetMainTerm("Acetaminophen")!.Cells.Should().Equal("T39.1X1", "T39.1X2", "T39.1X3", "T39.1X4", "T39.1X5", "T39.1X6");
            index.GetMainTerm("1-propanol")!.Cells.Should().Equal("T51.3X1", "T51.3X2", "T51.3X3", "T51.3X4", null, null);   // "--": no code
        }
    }

    [Fact]
    public void DrugTable_Modifiers_AreSplitFromTheTitleInTheXmlAndTheCsvAlike()
    {
        foreach (var index in new[] { OfficialIndexes.Drugs, OfficialIndexes.DrugsCsv })
        {
            var term = index.GetMainTerm("2,4-D")!;
            term.NonessentialModifiers.Should().Be("(dichlorophen-oxyacetic acid)");
            term.TitleWithModifiers.Should().Be("2,4-D (dichlorophen-oxyacetic acid)");
        }
    }

    [Fact]
    public void NeoplasmTable_LungUpperLobe_GivesItsSixColumns()
    {
        var index = OfficialIndexes.Neoplasms;
        index.ColumnHeadings.Should().Equal("Malignant Primary", "Malignant Secondary", "Ca in situ", "Benign", "Uncertain Behavior", "Unspecified Behavior");
        var neoplasm = index.GetMainTerm("Neoplasm")!;
        neoplasm.Title.Should().Be("Neoplasm, neoplastic");

        var upperLobe = Subterm(Subterm(neoplasm, "lung"), "upper lobe");

        upperLobe.Cells.Should().Equal("C34.1-", "C78.0-", "D02.2-", "D14.3-", "D38.1", "D49.1");
        Subterm(Subterm(neoplasm, "lung"), "overlapping lesion").Cells.Should().Equal("C34.8-", null, null, null, null, null);   // "-": no code
    }

    [Fact]
    public void PcsIndex_ResectionAppendix_GivesItsTable()
    {
        var index = OfficialIndexes.Procedures;
        var appendix = Subterm(index.GetMainTerm("Resection")!, "Appendix");

        appendix.PcsCodes.Should().Be("0DTJ");
        appendix.Code.Should().BeNull();
        index.GetMainTerm("Abortion")!.Subterms.Select(t => t.Code ?? t.PcsCodes).Should().Equal("10A0", "10A07ZX", "10A07ZW", "10A07Z6");
        index.GetMainTerm("Activities of Daily Living Assessment")!.PcsCodes.Should().Be("F02");   // <tab> directly under the term
        index.Title.Should().Be("2025 ICD-10-PCS Index");
    }

    [Fact]
    public void PcsIndex_TermsWithoutTitle_KeepTheirCrossReferences()
    {
        var abdominoplasty = OfficialIndexes.Procedures.GetMainTerm("Abdominoplasty")!;

        abdominoplasty.Subterms.Should().HaveCount(3).And.OnlyContain(t => t.Title.Length == 0);
        abdominoplasty.Subterms[0].CrossReferences.Should().Equal(new CrossReference(CrossReferenceKind.See, "Alteration, Abdominal Wall", "0W0F"));
    }

    [Fact]
    public void DiseasesIndex_ModifiersInTheMiddleOrFirst_StandWhereTheIndexPrintsThem()
    {
        var terms = OfficialIndexes.Diseases.Terms.ToList();

        var vein = terms.First(t => t.Title == "vein NEC" && t.NonessentialModifiers == "(peripheral)");
        vein.TitleWithModifiers.Should().Be("vein (peripheral) NEC");
        var enteritis = terms.First(t => t.Title == "enteritis" && t.NonessentialModifiers == "(gastro)");
        enteritis.TitleWithModifiers.Should().Be("(gastro) enteritis");
        terms.Should().Contain(t => t.Title.Length == 0 && t.NonessentialModifiers == "(taser)");
    }

    [Fact]
    public void Terms_AreDepthFirst_MainTermThenItsSubterms()
    {
        var index = OfficialIndexes.Neoplasms;
        var terms = index.Terms.Take(3).ToList();

        terms[0].Should().BeSameAs(index.MainTerms[0]);
        terms[1].Should().BeSameAs(index.MainTerms[0].Subterms[0]);
        terms[2].Parent.Should().BeSameAs(terms[1].Subterms.Count > 0 ? terms[1] : terms[0]);
    }

    [Fact]
    public void Codes_IncompleteOnes_AreKeptAsPublished()
    {
        var codes = OfficialIndexes.Diseases.Terms.Where(t => t.HasIncompleteCode).Select(t => t.Code!).ToList();

        codes.Should().Contain("S47.-").And.Contain(c => c.EndsWith(".-", StringComparison.Ordinal)).And.OnlyContain(c => c.EndsWith('-'));
    }

    private static IndexTerm Subterm(IndexTerm term, string title)
    {
        var subterm = term.Subterms.FirstOrDefault(t => t.Title == title);
        subterm.Should().NotBeNull($"{term} has the subterm {title}");
        return subterm!;
    }
}
