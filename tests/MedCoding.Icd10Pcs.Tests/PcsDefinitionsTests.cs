using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.Icd10Pcs.Tests;

[Collection(PcsDataCollection.Name)]
public sealed class PcsDefinitionsTests(PcsData data)
{
    [Theory]
    [InlineData(2026, 954, 1_090, 323, 60, 1_966, 60)] // FY2026
    [InlineData(2025, 930, 1_066, 323, 60, 1_912, 60)] // FY2025
    public void Load_EachYear_HasEveryTermOfTheFile(int year, int terms, int titles, int definitions, int explanations, int includes, int aggregates)
    {
        var file = data.Release(year).Definitions!;

        file.Title.Should().Be($"{year} ICD-10-PCS Definitions");
        file.Definitions.Should().HaveCount(terms);
        file.Definitions.Sum(d => d.Titles.Count).Should().Be(titles);
        file.Definitions.Count(d => d.Definition is not null).Should().Be(definitions);
        file.Definitions.Count(d => d.Explanation is not null).Should().Be(explanations);
        file.Definitions.Sum(d => d.Includes.Count).Should().Be(includes);
        file.DeviceAggregates.Should().HaveCount(aggregates);
        file.Definitions.Select(d => d.Section).Distinct().Should().Equal('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'B', 'C', 'F', 'G', 'H', 'X');
        file.Definitions.Select(d => (d.Section, d.Axis)).Distinct().Should().HaveCount(31);
    }

    [Fact]
    public void Load_Bypass_HasItsDefinitionExplanationAndIncludes()
    {
        var bypass = data.Release2026.Definitions!.Find('0', PcsAxis.RootOperation, "Bypass")!;

        bypass.SectionTitle.Should().Be("Medical and Surgical");
        bypass.AxisTitle.Should().Be("Operation");
        bypass.Titles.Should().Equal("Bypass");
        bypass.Definition.Should().Be("Altering the route of passage of the contents of a tubular body part");
        bypass.Explanation.Should().StartWith("Rerouting contents of a body part to a downstream area");
        bypass.Includes.Should().Equal("Coronary artery bypass, colostomy formation");
    }

    [Fact]
    public void Load_BodyPartKey_OneTermDefinesBothSides()
    {
        var definitions = data.Release2026.Definitions!;

        var left = definitions.Find('0', PcsAxis.BodyPart, "1st Toe, Left")!;

        definitions.Find('0', PcsAxis.BodyPart, "1st Toe, Right").Should().BeSameAs(left);
        left.Titles.Should().Equal("1st Toe, Left", "1st Toe, Right");
        left.Definition.Should().BeNull();
        left.Includes.Should().Equal("Hallux");
    }

    [Fact]
    public void DeviceAggregates_CardiacLeadDefibrillator_IsCodedToCardiacLead()
    {
        var aggregate = data.Release2026.Definitions!.DeviceAggregates.Single(a => a.Device == "Cardiac Lead, Defibrillator");

        (aggregate.Operation, aggregate.ParentCharacter, aggregate.Parent).Should().Be(("Insertion", 'M', "Cardiac Lead"));
        aggregate.BodySystems.Should().Equal("Heart and Great Vessels");
        aggregate.ToString().Should().Be("Cardiac Lead, Defibrillator (Insertion in Heart and Great Vessels) -> M Cardiac Lead");
    }

    [Fact]
    public void Decode_0DT70ZZ_GivesEachValuesDefinition()
    {
        var decoded = data.Release2026.Decode(PcsCode.Parse("0DT70ZZ"))!;

        decoded.Axes.Select(a => a.Label).Should().Equal("Medical and Surgical", "Gastrointestinal System", "Resection", "Stomach, Pylorus", "Open", "No Device", "No Qualifier");
        decoded.GetDefinition(PcsAxis.RootOperation)!.Definition.Should().Be("Cutting out or off, without replacement, all of a body part");
        decoded.GetDefinition(PcsAxis.RootOperation)!.Definition.Should().Be(decoded.RootOperationDefinition);
        decoded.GetDefinition(PcsAxis.Approach)!.Definition.Should().StartWith("Cutting through the skin or mucous membrane");
        decoded.GetDefinition(PcsAxis.BodyPart)!.Includes.Should().Contain("Pyloric antrum");
        decoded.GetDefinition(PcsAxis.Section).Should().BeNull();
        decoded.GetDefinition(PcsAxis.Qualifier).Should().BeNull();
        data.Release2026.Tables!.Decode("0DT70ZZ")!.Definitions.Should().OnlyContain(d => d == null, "the tables alone have no Definitions XML");
    }

    [Theory]
    [InlineData("0JH604Z", PcsAxis.Device, "Single lead pacemaker")] // "Pacemaker, Single Chamber for Insertion in Subcutaneous Tissue and Fascia": one root operation in one body system
    [InlineData("0WHC0GZ", PcsAxis.Device, "EV ICD System")] // "Defibrillator Lead in Anatomical Regions, General": one body system
    [InlineData("X0HK3Q8", PcsAxis.Device, "Ischemic Stroke System")] // "Neurostimulator Lead in New Technology": the section
    [InlineData("F00ZCZZ", PcsAxis.Approach, "Measures expressive and receptive speech")] // "Aphasia (Assessment)", a Physical Rehabilitation type qualifier
    public void Decode_QualifiedTitles_FindTheDefinitionOfTheValueInItsTable(string code, PcsAxis axis, string expected)
    {
        var decoded = data.Release2026.Decode(PcsCode.Parse(code))!;
        var definition = decoded.GetDefinition(axis)!;

        (definition.Definition ?? string.Join("; ", definition.Includes)).Should().Contain(expected);
        definition.Titles.Should().ContainSingle(t => t.StartsWith(decoded[axis].Label, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every value of every table, matched to the Definitions by <see cref="PcsDefinitions.Find(PcsTable, PcsAxisValue)"/>:
    /// which definitions no table value finds (substances the Tables list at position 7, not 6; hearing devices of
    /// Device Fitting), how many values have a definition, and that every root operation's definition in the Tables XML
    /// is the Definitions' own.
    /// </summary>
    [Theory]
    [InlineData(2026, 16_305, 17, 857)] // FY2026
    [InlineData(2025, 16_154, 15, 852)] // FY2025
    public void Find_EveryTableValue_MatchesAllButAFewDefinitions(int year, int valuesWithDefinition, int unmatched, int rootOperations)
    {
        var release = data.Release(year);
        var definitions = release.Definitions!;
        var used = new HashSet<PcsDefinition>(ReferenceEqualityComparer.Instance);
        var withDefinition = 0;
        var sameRootOperation = 0;
        foreach (var table in release.Tables!.Tables)
        {
            var values = new[] { table.Section, table.BodySystem, table.RootOperation }.Concat(table.Rows.SelectMany(r => r.BodyParts.Concat(r.Approaches).Concat(r.Devices).Concat(r.Qualifiers)));
            foreach (var value in values)
            {
                if (definitions.Find(table, value) is { } definition)
                {
                    definition.Section.Should().Be(table.Section.Character);
                    definition.Axis.Should().Be(value.Axis);
                    used.Add(definition);
                    withDefinition++;
                }
            }

            if (table.Definition is { } fromTables)
            {
                definitions.Find(table, table.RootOperation)!.Definition.Should().Be(fromTables);
                sameRootOperation++;
            }
        }

        withDefinition.Should().Be(valuesWithDefinition);
        sameRootOperation.Should().Be(rootOperations);
        var notFound = definitions.Definitions.Where(d => !used.Contains(d)).ToList();
        notFound.Should().HaveCount(unmatched).And.OnlyContain(d => (d.Section == '3' && d.Axis == PcsAxis.Device) || (d.Section == 'F' && d.Axis == PcsAxis.Approach));
    }

    [Theory]
    [InlineData("<ICD10PCS.tabular><version>2030</version></ICD10PCS.tabular>", 1, "The root element is <ICD10PCS.tabular>")]
    [InlineData("<ICD10PCS.definitions><version>2030</version>\n<section code=\"0\"><title>S</title>\n<axis pos=\"3\"><title>Operation</title>\n<terms><title>Bypass</title><definition>One</definition></terms>\n<terms><title>Bypass</title><definition>Two</definition></terms></axis></section></ICD10PCS.definitions>", 5, "'Bypass' is defined a second time")]
    [InlineData("<ICD10PCS.definitions><version>2030</version>\n<section code=\"0\"><title>S</title>\n<axis pos=\"3\"><title>Operation</title>\n<terms><title>Bypass</title></terms></axis></section></ICD10PCS.definitions>", 4, "A <terms> has at least one <title>")]
    [InlineData("<ICD10PCS.definitions><version>2030</version>\n<section code=\"0\"><title>S</title>\n<axis pos=\"3\"><title>Operation</title>\n<terms><definition>One</definition><title>Bypass</title></terms></axis></section></ICD10PCS.definitions>", 4, "Unexpected <definition>; expected <title>")]
    [InlineData("<ICD10PCS.definitions><version>2030</version>\n<section code=\"I\"><title>S</title></section></ICD10PCS.definitions>", 2, "A <section> has code=\"I\"")]
    [InlineData("<ICD10PCS.definitions><version>2030</version>\n<section code=\"0\"><title>S</title>\n<axis pos=\"9\"><title>Operation</title></axis></section></ICD10PCS.definitions>", 3, "An <axis> has pos=\"9\"")]
    [InlineData("<ICD10PCS.definitions><version>2030</version>\n<deviceAggregation>\n<aggregate><device>D</device><operation>Insertion</operation><parent value=\"M\">Lead</parent></aggregate></deviceAggregation></ICD10PCS.definitions>", 3, "Unexpected <parent>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ICD10PCS.definitions/>", null, "has a DTD (<!DOCTYPE>), which is not accepted")] // no DTDs, no external entities; said in our words, not .NET's
    public void Load_BadXml_ThrowsNamingTheLine(string xml, int? line, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var act = () => PcsDefinitions.Load(stream, "bad.xml");

        var error = act.Should().Throw<DataFileException>().Which;
        error.LineNumber.Should().Be(line);
        error.Message.Should().Contain(problem);
    }
}
