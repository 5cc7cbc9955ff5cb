using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.Encoder.Tests.Indexes;

/// <summary>A malformed file is one DataFileException naming the file and the line: never a crash, a hang or a silent skip.</summary>
public sealed partial class AlphabeticIndexTests
{
    private const string Heading = """
        <indexHeading><head col="1">Substance</head><head col="2">Poisoning Accidental (unintentional)</head><head col="3">Poisoning Intentional self-harm</head></indexHeading>
        """;

    [Theory]
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title><code>E11.9</code><bogus/></mainTerm>", 3, "unexpected element <bogus>")]            // not in the schema
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title>\n<term level=\"2\"><title>b</title><code>E11.9</code></term></mainTerm>", 4, "level 2")] // a level that skips
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title><term><title>b</title><code>E11.9</code></term></mainTerm>", 3, "no level")]        // level missing
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title>\n<code>E11.9X.Y</code></mainTerm>", 4, "E11.9X.Y")]                          // malformed code
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title><code>E11.9</code><code>E11.8</code></mainTerm>", 3, "a second <code>")]      // duplicated code
    [InlineData(IndexKind.Diseases, "<mainTerm><diff><old>A</old><new>B</new></diff><code>E11.9</code></mainTerm>", 3, "<diff>")]          // an addenda's change marks
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title><cell col=\"2\">T51.3X1</cell></mainTerm>", 3, "unexpected element <cell>")]   // a cell in a plain index
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title><code>R69</code><term level=\"1\"></term></mainTerm>", 3, "gives no title, code")] // a term of nothing
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title><see></see></mainTerm>", 3, "names no target")]                               // an empty see
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A<nemod>(x)</nemod><nemod>(y)</nemod></title><code>R69</code></mainTerm>", 3, "a second <nemod>")]
    [InlineData(IndexKind.Diseases, "<mainTerm><title>A</title><code>R69</code>", 3, "not well-formed")]                                    // truncated
    public void Load_MalformedIndex_ThrowsDataFileExceptionWithTheLine(IndexKind kind, string mainTerms, int line, string problem)
    {
        var act = () => LoadText(kind, PlainIndex(mainTerms));

        var error = act.Should().Throw<DataFileException>().Which;
        error.FilePath.Should().Be("bad_index_2024.xml");
        error.LineNumber.Should().Be(line);
        error.Message.Should().Contain(problem);
    }

    [Theory]
    [InlineData("<mainTerm><title>A</title><cell col=\"4\">T51.3X1</cell></mainTerm>", "out of range")]   // a column the heading does not have
    [InlineData("<mainTerm><title>A</title><cell col=\"1\">T51.3X1</cell></mainTerm>", "the terms' column")]
    [InlineData("<mainTerm><title>A</title><cell col=\"2\">T51.3X1</cell><cell col=\"2\">T51.3X2</cell></mainTerm>", "a second cell")]
    [InlineData("<mainTerm><title>A</title><cell col=\"2\">poison</cell></mainTerm>", "\"poison\"")]      // a cell that is not a code
    [InlineData("<mainTerm><title>A</title><cell>T51.3X1</cell></mainTerm>", "no col attribute")]
    public void Load_MalformedTable_ThrowsDataFileExceptionWithTheLine(string mainTerms, string problem)
    {
        var xml = PlainIndex(mainTerms).Replace("<letter>", Heading + "\n<letter>", StringComparison.Ordinal);

        var error = FluentActions.Invoking(() => LoadText(IndexKind.Drugs, xml)).Should().Throw<DataFileException>().Which;

        error.LineNumber.Should().Be(4);
        error.Message.Should().Contain(problem);
    }

    [Theory]
    [InlineData(IndexKind.Procedures, "root element")]             // an ICD-10-CM file read as the PCS index
    [InlineData(IndexKind.Neoplasms, "no <indexHeading>")]        // a plain index read as a table
    public void Load_FileOfAnotherKind_ThrowsDataFileException(IndexKind kind, string problem) =>
        FluentActions.Invoking(() => LoadText(kind, PlainIndex("<mainTerm><title>A</title><see>B</see></mainTerm>")))
            .Should().Throw<DataFileException>().WithMessage($"*{problem}*");

    [Fact]
    public void Load_TheDrugTableAsTheNeoplasmTable_ThrowsDataFileException() =>
        FluentActions.Invoking(() => AlphabeticIndex.Load(OfficialIndexes.PathOf("icd10cm/2023/icd10cm_drug_2023.xml"), IndexKind.Neoplasms))
            .Should().Throw<DataFileException>().WithMessage("*not \"Neoplasm\"*");

    [Fact]
    public void Load_AddendaFile_ThrowsDataFileException() =>
        FluentActions.Invoking(() => LoadText(IndexKind.Diseases, PlainIndex("<mainTerm><title>A</title><code>R69</code></mainTerm>").Replace("<ICD10CM.index>", "<ICD10CM.index isAddenda=\"true\">", StringComparison.Ordinal)))
            .Should().Throw<DataFileException>().WithMessage("*addenda*");

    [Fact]
    public void Load_DocumentTypeDefinition_IsRefused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<ICD10CM.index/>";

        FluentActions.Invoking(() => LoadText(IndexKind.Diseases, xml)).Should().Throw<DataFileException>().WithMessage("bad_index_2024.xml*not well-formed XML*DTD*");
    }

    [Fact]
    public void Load_TermsNestedTooDeep_ThrowsDataFileException()
    {
        var terms = new StringBuilder("<mainTerm><title>A</title>");
        for (var level = 1; level <= 30; level++)
        {
            terms.Append(System.Globalization.CultureInfo.InvariantCulture, $"<term level=\"{level}\"><title>t</title>");
        }

        terms.Append("<code>R69</code>").Append(string.Concat(Enumerable.Repeat("</term>", 30))).Append("</mainTerm>");

        FluentActions.Invoking(() => LoadText(IndexKind.Diseases, PlainIndex(terms.ToString()))).Should().Throw<DataFileException>().WithMessage("*deeper than*");
    }

    [Theory]
    [InlineData("X,T1,T2\r\n", "fewer than three lines")]
    [InlineData("T\r\nSubstance,A,B,\r\nAcid,T54.2X1\r\n", "line 3")]                        // too few fields
    [InlineData("T\r\nSubstance,A,B,\r\nAcid,T54.2X1,T54.2X2,\r\n\u2013 \u2013 strong,--,--,\r\n", "line 4")] // a level that skips
    [InlineData("T\r\nSubstance,A,B,\r\nAcid,T54.2X1,poison,\r\n", "\"poison\"")]               // not a code
    [InlineData("T\r\nSubstance,A,B,\r\n\"Acid,T54.2X1,T54.2X2,\r\n", "not closed")]           // an unclosed quote
    public void Load_MalformedDrugCsv_ThrowsDataFileExceptionWithTheLine(string csv, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        FluentActions.Invoking(() => AlphabeticIndex.Load(stream, "icd10cm-drug-April-2025.csv", IndexKind.Drugs))
            .Should().Throw<DataFileException>().WithMessage($"*{problem}*");
    }

    [Fact]
    public void Load_MissingFile_ThrowsDataFileException() =>
        FluentActions.Invoking(() => AlphabeticIndex.Load("/nonexistent/icd10cm_index_2017.xml", IndexKind.Diseases))
            .Should().Throw<DataFileException>().WithMessage("*/nonexistent/icd10cm_index_2017.xml*");

    private static string PlainIndex(string mainTerms) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ICD10CM.index><version>2024</version>\n<letter><title>A</title>" + mainTerms + "</letter></ICD10CM.index>";

    private static AlphabeticIndex LoadText(IndexKind kind, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return AlphabeticIndex.Load(stream, "bad_index_2024.xml", kind);
    }
}
