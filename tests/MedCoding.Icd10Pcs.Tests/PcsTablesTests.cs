using System.Globalization;
using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Pcs.Tests;

[Collection(PcsDataCollection.Name)]
public sealed class PcsTablesTests(PcsData data)
{
    [Fact]
    public void Load_2020_Has880TablesAnd2345RowsDefining77559Codes()
    {
        var tables = data.Tables2020;
        tables.Version.Should().Be("2020");
        tables.Tables.Should().HaveCount(880);
        tables.RowCount.Should().Be(2345);
        tables.CodeCount.Should().Be(77_559);
    }

    [Fact]
    public void Codes_All_AreDistinctAndAsManyAsTheSumOfTheRows()
    {
        var tables = data.Tables2020;
        var generated = tables.Codes.Select(c => c.Value).ToList();
        var sumOfRows = tables.Tables.SelectMany(t => t.Rows).Sum(r => r.CodeCount);

        generated.Should().HaveCount(sumOfRows);
        generated.Distinct(StringComparer.Ordinal).Should().HaveCount(77_559);
        sumOfRows.Should().Be(77_559);
    }

    [Fact]
    public void Decode_EveryCode_GivesSevenLabelledAxesFromItsOwnRow()
    {
        var tables = data.Tables2020;
        var decoded = 0;
        foreach (var table in tables.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var code in row.Codes)
                {
                    var result = tables.Decode(code);
                    result.Should().NotBeNull();
                    result!.Row.Should().BeSameAs(row);
                    result.Table.Should().BeSameAs(table);
                    for (var axis = PcsAxis.Section; axis <= PcsAxis.Qualifier; axis++)
                    {
                        var value = result[axis];
                        value.Axis.Should().Be(axis);
                        value.Character.Should().Be(code[axis]);
                        value.Label.Should().NotBeNullOrWhiteSpace();
                    }

                    result.RootOperationDefinition.Should().Be(table.Definition);
                    decoded++;
                }
            }
        }

        decoded.Should().Be(77_559);
    }

    [Fact]
    public void Decode_0016070_GivesEachLabelAndTheDefinition()
    {
        var code = data.Tables2020.Decode("0016070")!;

        code.Axes.Select(a => a.Label).Should().Equal(
            "Medical and Surgical", "Central Nervous System and Cranial Nerves", "Bypass", "Cerebral Ventricle",
            "Open", "Autologous Tissue Substitute", "Nasopharynx");
        code.Axes.Select(a => a.AxisTitle).Should().Equal("Section", "Body System", "Operation", "Body Part", "Approach", "Device", "Qualifier");
        code.RootOperationDefinition.Should().Be("Altering the route of passage of the contents of a tubular body part");
    }

    [Fact]
    public void Definition_EveryTable_IsGivenOutsideRadiationTherapy()
    {
        var tables = data.Tables2020.Tables;

        tables.Where(t => t.Definition is null).Should().HaveCount(56).And.OnlyContain(t => t.Section.Character == 'D');
        tables.Where(t => t.Definition is not null).Should().HaveCount(824);
    }

    [Theory]
    [InlineData("0016070", true)] // first code of the first table
    [InlineData("0016071", true)] // second qualifier of the same row
    [InlineData("001607C", false)] // a qualifier the row does not offer
    [InlineData("0016ZZZ", false)] // values of no row
    [InlineData("ZZZZZZZ", false)] // no such table
    public void Contains_Codes_FollowsTheRows(string code, bool expected) =>
        data.Tables2020.Contains(PcsCode.Parse(code)).Should().Be(expected);

    [Theory]
    [InlineData("<ICD10PCS.tabular><version>2020</version></ICD10PCS.tabular>", 1, "at least one <pcsTable>")] // no table
    [InlineData("<ICD10PCS.tabular><version>2020</version><pcsTable><axis pos=\"1\" values=\"1\"><title>Section</title><label code=\"O\">X</label></axis></pcsTable></ICD10PCS.tabular>", 1, "code=\"O\"")] // letter O
    [InlineData("<ICD10PCS.tabular><version>2020</version>\n<pcsTable>\n<axis pos=\"1\" values=\"2\"><title>Section</title><label code=\"0\">X</label></axis></pcsTable></ICD10PCS.tabular>", 3, "values=\"2\" but has 1 labels")] // wrong values count
    [InlineData("<ICD10PCS.tabular><version>2020</version><foo/></ICD10PCS.tabular>", 1, "Unexpected <foo>")] // unknown element
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ICD10PCS.tabular/>", null, "not well-formed")] // DTDs are refused (the parser gives no line)
    public void Load_Malformed_ThrowsDataFileExceptionNamingTheLine(string xml, int? line, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var act = () => PcsTables.Load(stream, "bad.xml");

        var error = act.Should().Throw<DataFileException>().Which;
        error.FilePath.Should().Be("bad.xml");
        error.LineNumber.Should().Be(line);
        error.Message.Should().Contain(problem);
    }

    [Fact]
    public void Load_RowCodesAttributeWrong_ThrowsNamingTheRow()
    {
        const string Xml = """
            <ICD10PCS.tabular><version>2020</version>
            <pcsTable>
              <axis pos="1" values="1"><title>Section</title><label code="0">A</label></axis>
              <axis pos="2" values="1"><title>Body System</title><label code="0">B</label></axis>
              <axis pos="3" values="1"><title>Operation</title><label code="1">C</label><definition>D</definition></axis>
              <pcsRow codes="3">
                <axis pos="4" values="1"><title>Body Part</title><label code="6">E</label></axis>
                <axis pos="5" values="2"><title>Approach</title><label code="0">F</label><label code="3">G</label></axis>
                <axis pos="6" values="1"><title>Device</title><label code="Z">H</label></axis>
                <axis pos="7" values="1"><title>Qualifier</title><label code="Z">I</label></axis>
              </pcsRow>
            </pcsTable></ICD10PCS.tabular>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Xml));

        var act = () => PcsTables.Load(stream, "bad.xml");

        act.Should().Throw<DataFileException>().Which.Message.Should().Be("bad.xml, line 6: The row states codes=\"3\" but its values combine into 2 codes.");
    }

    [Fact]
    public void Load_MissingFile_ThrowsDataFileException()
    {
        var act = () => PcsTables.Load("/nonexistent/icd10pcs_tables_2020.xml");

        act.Should().Throw<DataFileException>().Which.FilePath.Should().Be("/nonexistent/icd10pcs_tables_2020.xml");
    }

    [Fact]
    public void Load_HundredThousandNestedElements_IsRefusedAtOnce()
    {
        // Was: over 15 s. Every XML reader caps the depth (SafeXml, InputLimits.XmlDepth).
        var xml = "<ICD10PCS.tabular>" + string.Concat(Enumerable.Repeat("<pcsTable>", 100_000));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var act = () => PcsTables.Load(stream, "deep.xml");

        act.Should().Throw<DataFileException>().Which.Message.Should().Be(
            $"deep.xml, line 1: The ICD-10-PCS Tables XML is not well-formed: The XML nests elements deeper than {InputLimits.XmlDepth} levels (line 1, position {18 + (10 * (InputLimits.XmlDepth - 1)) + 2}).");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "was over 15 s; the bound leaves room for a loaded machine");
    }

    [Fact]
    public void Load_TableOfFortyThousandRows_ChecksTheRowsInLinearTime()
    {
        // Each row defines one code; checking that no two rows share a code marks codes, never compares pairs of rows
        // (the 772 million pairs of these rows took minutes; the bound leaves room for a loaded machine).
        const string Characters = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var rows = new StringBuilder();
        var count = 0;
        foreach (var a in Characters)
        {
            foreach (var b in Characters)
            {
                foreach (var c in Characters)
                {
                    rows.Append(CultureInfo.InvariantCulture, $"<pcsRow codes=\"1\">{Axis(4, a)}{Axis(5, b)}{Axis(6, c)}{Axis(7, 'Z')}</pcsRow>");
                    count++;
                }
            }
        }

        var xml = "<ICD10PCS.tabular><version>2020</version><pcsTable>" + Axis(1, '0') + Axis(2, '0') + Axis(3, '1') + rows + "</pcsTable></ICD10PCS.tabular>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        PcsTables.Load(stream, "wide.xml").Tables.Should().ContainSingle().Which.Rows.Should().HaveCount(count);

        count.Should().Be(39_304);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));

        static string Axis(int position, char code) => $"<axis pos=\"{position}\" values=\"1\"><title>T</title><label code=\"{code}\">L</label></axis>";
    }
}
