using MedCoding.CodeSets;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.Icd10Pcs.Tests;

[Collection(PcsDataCollection.Name)]
public sealed class PcsReleaseTests(PcsData data, ITestOutputHelper output)
{
    [Theory]
    [InlineData(2026, 79_115, 914)] // FY2026: the count of valid codes
    [InlineData(2025, 78_948, 908)] // FY2025
    public void LoadFolder_OrderFileTablesAndDefinitions_HasEveryCodeAndTableOfTheFiles(int year, int codes, int tables)
    {
        var release = data.Release(year);
        var records = data.Order(year);

        release.CodeCount.Should().Be(codes);
        release.TableCount.Should().Be(tables);
        release.CodeCount.Should().Be(records.Count(r => r.IsBillable));
        release.TableCount.Should().Be(records.Count(r => !r.IsBillable));
        release.Release.Should().Be(Release.ForFiscalYear(CodeSystem.Icd10Pcs, year));
        release.HasOrderFile.Should().BeTrue();
        release.Tables.Should().NotBeNull();
        release.Tables!.Version.Should().Be(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        release.Tables.CodeCount.Should().Be(codes);
        release.Tables.Tables.Should().HaveCount(tables);
        release.Definitions.Should().NotBeNull();
        release.Definitions!.Version.Should().Be(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        release.Limitations.Should().BeNull();
        release.ToString().Should().Be($"ICD-10-PCS FY{year}: {codes} codes in {tables} tables (order file, Tables XML, Definitions XML)");
    }

    [Theory]
    [InlineData(2026, 79_115)] // FY2026: 914 tables
    [InlineData(2025, 78_948)] // FY2025: 908 tables
    public void TablesXml_OfTheOrderFilesYear_GeneratesExactlyItsCodesAndDecodesEachAxisByAxis(int year, int count)
    {
        var release = data.Release(year);
        var tables = release.Tables!;
        var orderCodes = data.Order(year).Where(r => r.IsBillable).Select(r => r.Code).ToList();
        var generated = tables.Codes.Select(c => c.Value).ToList();

        generated.Should().HaveCount(count).And.HaveCount(tables.Tables.SelectMany(t => t.Rows).Sum(r => r.CodeCount));
        generated.ToHashSet(StringComparer.Ordinal).SetEquals(orderCodes).Should().BeTrue("the Tables XML and the order file of one year define the same codes");
        orderCodes.Should().HaveCount(count);
        data.Order(year).Where(r => !r.IsBillable).Select(r => r.Code).Should().Equal(tables.Tables.Select(t => t.Prefix).Order(StringComparer.Ordinal));

        var problems = new List<string>();
        foreach (var code in orderCodes)
        {
            var decoded = release.Decode(PcsCode.FromNormalized(code));
            if (decoded is null)
            {
                problems.Add($"{code} does not decode");
                continue;
            }

            for (var axis = PcsAxis.Section; axis <= PcsAxis.Qualifier; axis++)
            {
                var value = decoded[axis];
                if (value.Axis != axis || value.Character != code[(int)axis - 1] || string.IsNullOrWhiteSpace(value.Label) || string.IsNullOrWhiteSpace(value.AxisTitle))
                {
                    problems.Add($"{code} position {(int)axis}: {value}");
                }
            }

            if (!decoded.Row.Contains(decoded.Code) || decoded.Table.Prefix != code[..3] || decoded.Definitions.Count != PcsCode.Length)
            {
                problems.Add($"{code} is in the wrong row or table");
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2026)] // FY2026
    [InlineData(2025)] // FY2025
    public void OrderFileHeaders_SameYearTables_HaveTheTablesTitlesExceptX0Z(int year)
    {
        var tables = data.Release(year).Tables!;
        var differing = data.Order(year).Where(r => !r.IsBillable && r.LongTitle != tables.FindTable(r.Code)!.Title).Select(r => r.Code);

        // X0Z: the order file writes "New Technology, Nervous System"; the table's root operation is "Other Procedures".
        differing.Should().Equal("X0Z");
    }

    [Theory]
    [InlineData(2026)] // FY2026
    [InlineData(2025)] // FY2025
    public void Find_EveryRecordOfTheOrderFile_GivesItsTitlesAndKind(int year)
    {
        var release = data.Release(year);
        foreach (var record in data.Order(year))
        {
            var entry = release.Find(record.Code);
            entry.Should().NotBeNull(record.Code);
            entry!.Name.Should().Be(record.Code);
            entry.Title.Should().Be(record.LongTitle);
            entry.ShortTitle.Should().Be(record.ShortTitle);
            entry.IsBillable.Should().Be(record.IsBillable);
            entry.Kind.Should().Be(record.IsBillable ? EntryKind.Code : EntryKind.Table);
            release.Find(record.Code.ToLowerInvariant()).Should().BeSameAs(entry);
        }
    }

    [Theory]
    [InlineData("0016O70")] // letter O
    [InlineData("ZZZZZZZ")] // the right shape, not a code
    public void Indexer_UnknownCode_ThrowsCodeNotFound(string code)
    {
        var act = () => data.Release2026[code];

        act.Should().Throw<CodeNotFoundException>().Which.Release.Version.Should().Be("2026");
    }

    [Fact]
    public void LoadFolder_TablesXmlOnly_TakesValidityAndTitlesFromTheTables()
    {
        var release = PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2020"));

        release.HasOrderFile.Should().BeFalse();
        release.Tables.Should().NotBeNull();
        release.CodeCount.Should().Be(77_559);
        release.TableCount.Should().Be(880);
        release.Release.Name.Should().Be("ICD-10-PCS FY2020");
        release.Limitations.Should().Contain("Tables XML alone");
        release.Find("0016070")!.Title.Should().Be(
            "Medical and Surgical, Central Nervous System and Cranial Nerves, Bypass: Cerebral Ventricle, Open, Autologous Tissue Substitute, Nasopharynx");
        release.Find("001")!.Title.Should().Be("Central Nervous System and Cranial Nerves, Bypass");
        foreach (var code in release.Tables!.Codes)
        {
            release.Find(code).Should().NotBeNull();
            release.Decode(code).Should().NotBeNull();
        }
    }

    [Fact]
    public void LoadFolder_NoPcsFiles_ThrowsDataFileException()
    {
        var act = () => PcsRelease.LoadFolder(OfficialData.Path("gems", "2018"));

        act.Should().Throw<DataFileException>().Which.Message.Should().Contain("No ICD-10-PCS files here");
    }

    [Theory]
    [InlineData("2025")] // order file, Tables XML, Index XML (not read), Definitions XML, addenda
    [InlineData("2026")] // order file, Tables XML, Definitions XML, addenda
    public void PcsFilesFind_CurrentFolders_FindsOrderFileTablesAndDefinitions(string year)
    {
        var files = PcsFiles.Find(OfficialData.Path("icd10pcs", year));

        Path.GetFileName(files.OrderFilePath).Should().Be($"icd10pcs_order_{year}.txt");
        Path.GetFileName(files.TablesPath).Should().Be($"icd10pcs_tables_{year}.xml");
        Path.GetFileName(files.DefinitionsPath).Should().Be($"icd10pcs_definitions_{year}.xml");
        files.Year.Should().Be(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("icd10pcs_definitions_2030.xml", "No ICD-10-PCS files here")] // definitions alone are not a release
    [InlineData("icd10pcs_tables_2030.xml;icd10pcs_definitions_2029.xml", "are of different years")]
    [InlineData("icd10pcs_tables_2030.xml;icd10pcs_definitions_2030.xml;ICD10PCS_Definitions_2030.xml", "More than one ICD-10-PCS Definitions XML here")]
    public void PcsFilesFind_BadFolder_ThrowsSayingWhy(string names, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("pcs-").FullName;
        try
        {
            foreach (var name in names.Split(';'))
            {
                File.WriteAllText(Path.Combine(folder, name), string.Empty);
            }

            var act = () => PcsFiles.Find(folder);

            act.Should().Throw<DataFileException>().Which.Message.Should().Contain(problem);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void LoadFolder_TablesAndDefinitions_DecodesWithEachValuesDefinition()
    {
        var folder = Directory.CreateTempSubdirectory("pcs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "icd10pcs_tables_2030.xml"), MiniTables);
            File.WriteAllText(Path.Combine(folder, "icd10pcs_definitions_2030.xml"), """
                <ICD10PCS.definitions><version>2030</version><title>2030 ICD-10-PCS Definitions</title>
                <section code="0"><title>Synthetic Section</title>
                  <axis pos="3"><title>Operation</title>
                    <terms><title>Synthetic Operation</title><definition>Invented for tests</definition><explanation>An explanation</explanation><includes>An example</includes></terms></axis>
                  <axis pos="5"><title>Approach</title>
                    <terms><title>Percutaneous</title><definition>Entry by puncture</definition></terms></axis>
                  <axis pos="4"><title>Body Part</title>
                    <terms><title>Part</title><title>Other Part</title><includes>Synonym one</includes><includes>Synonym two</includes></terms></axis>
                </section>
                <deviceAggregation><aggregate><device>Specific</device><operation>All applicable</operation><bodySys>Synthetic System</bodySys><bodySys>Other</bodySys><parent value="Z">No Device</parent></aggregate></deviceAggregation>
                </ICD10PCS.definitions>
                """);

            var release = PcsRelease.LoadFolder(folder);

            release.Definitions!.ToString().Should().Be("2030 ICD-10-PCS Definitions: 3 definitions, 1 device aggregations");
            var decoded = release.Decode(PcsCode.Parse("00163ZZ"))!;
            decoded.Definitions.Select(d => d?.Definition).Should().Equal(null, null, "Invented for tests", null, "Entry by puncture", null, null);
            decoded.GetDefinition(PcsAxis.BodyPart)!.Includes.Should().Equal("Synonym one", "Synonym two");
            decoded.GetDefinition(PcsAxis.RootOperation)!.ToString().Should().Be("0 Operation Synthetic Operation: Invented for tests");
            release.Decode(PcsCode.Parse("00160ZZ"))!.GetDefinition(PcsAxis.Approach).Should().BeNull("Open has no definition here");
            release.Definitions.DeviceAggregates.Single().BodySystems.Should().Equal("Synthetic System", "Other");
            var act = () => decoded.GetDefinition((PcsAxis)8);
            act.Should().Throw<ArgumentOutOfRangeException>();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void LoadOrderFile_CodeBeforeItsHeader_ThrowsNamingTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pcs-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join("\r\n",
            "00001 001     0 Central Nervous System and Cranial Nerves, Bypass            Central Nervous System and Cranial Nerves, Bypass",
            "00002 0026070 1 Synthetic code under the wrong table                         Synthetic code under the wrong table"));
        try
        {
            var act = () => PcsRelease.LoadOrderFile(path, Release.ForFiscalYear(CodeSystem.Icd10Pcs, 2026));

            var error = act.Should().Throw<DataFileException>().Which;
            error.LineNumber.Should().Be(2);
            error.Problem.Should().Contain("does not follow the header of its table 002");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string MiniTables = """
        <ICD10PCS.tabular><version>2030</version>
        <pcsTable>
          <axis pos="1" values="1"><title>Section</title><label code="0">Synthetic Section</label></axis>
          <axis pos="2" values="1"><title>Body System</title><label code="0">Synthetic System</label></axis>
          <axis pos="3" values="1"><title>Operation</title><label code="1">Synthetic Operation</label><definition>Invented for tests</definition></axis>
          <pcsRow codes="2">
            <axis pos="4" values="1"><title>Body Part</title><label code="6">Part</label></axis>
            <axis pos="5" values="2"><title>Approach</title><label code="0">Open</label><label code="3">Percutaneous</label></axis>
            <axis pos="6" values="1"><title>Device</title><label code="Z">No Device</label></axis>
            <axis pos="7" values="1"><title>Qualifier</title><label code="Z">No Qualifier</label></axis>
          </pcsRow>
        </pcsTable></ICD10PCS.tabular>
        """;

    [Theory]
    [InlineData("00160ZZ", "00163ZZ", null)] // the same codes: loads
    [InlineData("00160ZZ", "00164ZZ", "00164ZZ is in the order file but not in the Tables XML")] // a code the tables lack
    public void LoadFolder_OrderFileAndTablesOfOneYear_MustAgreeOnEveryCode(string first, string second, string? problem)
    {
        var folder = Directory.CreateTempSubdirectory("pcs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "icd10pcs_tables_2030.xml"), MiniTables);
            File.WriteAllText(Path.Combine(folder, "icd10pcs_order_2030.txt"), string.Join("\r\n",
                "00001 001     0 Synthetic System, Synthetic Operation                        Synthetic System, Synthetic Operation",
                $"00002 {first} 1 Synthetic short title one                                    Synthetic long title one",
                $"00003 {second} 1 Synthetic short title two                                    Synthetic long title two") + "\r\n");

            var act = () => PcsRelease.LoadFolder(folder);

            if (problem is null)
            {
                var release = act();
                release.Limitations.Should().BeNull();
                release.Find(first)!.Title.Should().Be("Synthetic long title one");
                release.Decode(PcsCode.Parse(second))!.RootOperationDefinition.Should().Be("Invented for tests");
            }
            else
            {
                var error = act.Should().Throw<DataFileException>().Which;
                error.LineNumber.Should().Be(3);
                error.Problem.Should().StartWith(problem);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The FY2020 Tables XML kept as history against the FY2025 and FY2026 order files: codes deleted and added
    /// since 2020, and every code both know sits under a table both know.
    /// </summary>
    [Theory]
    [InlineData(2026, 77_309, 250, 1_806)] // FY2026 against the FY2020 tables
    [InlineData(2025, 77_323, 236, 1_625)] // FY2025 against the FY2020 tables
    public void OrderFile_AgainstTables2020_DiffersByTheCodesAddedAndDeletedSince(int year, int inBoth, int onlyInTables, int onlyInOrderFile)
    {
        var tables = data.Tables2020;
        var orderCodes = data.Order(year).Where(r => r.IsBillable).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var tableCodes = tables.Codes.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        var both = orderCodes.Count(tableCodes.Contains);
        var tablesOnly = tableCodes.Count(c => !orderCodes.Contains(c));
        var orderOnly = orderCodes.Count(c => !tableCodes.Contains(c));
        var newTables = data.Order(year).Where(r => !r.IsBillable && tables.FindTable(r.Code) is null).Select(r => r.Code).ToList();
        output.WriteLine($"FY{year} order file vs 2020 tables: {both} in both, {tablesOnly} only in the tables (deleted since), {orderOnly} only in the order file (added since); tables new since 2020: {string.Join(' ', newTables)}");

        both.Should().Be(inBoth);
        tablesOnly.Should().Be(onlyInTables);
        orderOnly.Should().Be(onlyInOrderFile);
        orderCodes.Where(tableCodes.Contains).Should().OnlyContain(c => tables.FindTable(c) != null);
    }

    [Theory]
    [InlineData(2026, 877)] // FY2026 headers of tables the 2020 XML also has
    [InlineData(2025, 877)] // FY2025
    public void OrderFileHeaders_AgainstTables2020_HaveTheTablesTitles(int year, int common)
    {
        var headers = data.Order(year).Where(r => !r.IsBillable).ToList();
        var matched = 0;
        foreach (var header in headers)
        {
            if (data.Tables2020.FindTable(header.Code) is { } table)
            {
                header.LongTitle.Should().Be(table.Title, $"the header {header.Code} and the 2020 table name the same section, body system and root operation");
                matched++;
            }
        }

        matched.Should().Be(common);
        data.Tables2020.Tables.Select(t => t.Prefix).Except(headers.Select(h => h.Code)).Should().Equal("XK0", "XR2", "XV5");
    }
}
