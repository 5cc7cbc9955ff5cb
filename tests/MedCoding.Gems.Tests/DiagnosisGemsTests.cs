using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.Gems.Tests;

[Collection(GemsDataCollection.Name)]
public sealed class DiagnosisGemsTests(GemsData data)
{
    [Theory]
    [InlineData(GemDirection.Icd9ToIcd10, "2018_I9gem.txt", 24_860, 14_567)] // forward
    [InlineData(GemDirection.Icd10ToIcd9, "2018_I10gem.txt", 81_593, 71_704)] // backward
    public void LoadFolder_2018_ReadsEveryLineWithItsFlags(GemDirection direction, string file, int lines, int sources)
    {
        var entries = direction == GemDirection.Icd9ToIcd10 ? data.Gems2018.ForwardEntries : data.Gems2018.BackwardEntries;
        var raw = GemsData.Lines(file);

        entries.Should().HaveCount(lines).And.HaveCount(raw.Length);
        data.Gems2018.SourceCount(direction).Should().Be(sources);
        for (var i = 0; i < raw.Length; i++)
        {
            var fields = raw[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var entry = entries[i];
            entry.LineNumber.Should().Be(i + 1);
            entry.Source.Should().Be(fields[0]);
            (entry.Target ?? "NoDx").Should().Be(fields[1] == "NoDx" ? "NoDx" : fields[1].ToUpperInvariant());
            entry.Flags.ToString().Should().Be(fields[2]);
        }
    }

    [Theory]
    [InlineData(GemDirection.Icd9ToIcd10, 422, 3_522 + 18_578 + 422, 2_338)] // forward: no maps; exact, approximate and no-map entries; combination entries
    [InlineData(GemDirection.Icd10ToIcd9, 731, 3_522 + 68_307 + 731, 9_033)] // backward
    public void Map_EverySource_PresentsEveryEntryOnce(GemDirection direction, int noMaps, int nonCombination, int combination)
    {
        var entries = direction == GemDirection.Icd9ToIcd10 ? data.Gems2018.ForwardEntries : data.Gems2018.BackwardEntries;
        var presented = 0;
        foreach (var source in entries.Select(e => e.Source).Distinct())
        {
            var mapping = data.Gems2018.Map(source, direction)!;
            var noMapEntries = mapping.Entries.Count(e => e.Flags.IsNoMap);
            presented += noMapEntries + mapping.Alternatives.Count + mapping.Scenarios.Sum(s => s.ChoiceLists.Sum(c => c.Targets.Count));
            foreach (var scenario in mapping.Scenarios)
            {
                scenario.ChoiceLists.Select(c => c.Number).Should().Equal(Enumerable.Range(1, scenario.ChoiceLists.Count), $"{source} scenario {scenario.Number}");
                scenario.ChoiceLists.Should().HaveCountGreaterThan(1, $"{source} scenario {scenario.Number} combines codes");
            }
        }

        presented.Should().Be(entries.Count);
        entries.Count(e => e.Flags.IsNoMap).Should().Be(noMaps);
        entries.Count(e => !e.Flags.IsCombination).Should().Be(nonCombination);
        entries.Count(e => e.Flags.IsCombination).Should().Be(combination);
    }

    [Fact]
    public void LoadFolder_2018_ReportsTheOneLowerCaseCode()
    {
        data.Gems2018.Irregularities.Should().ContainSingle().Which.ToString().Should().EndWith(
            "2018_I10gem.txt, line 73170: The target 'v5889' is in lower case; read as 'V5889'.");
        data.Gems2018.ToIcd9Cm("T88.53XD")!.Alternatives.Single().DisplayTarget.Should().Be("V58.89");
    }

    [Theory]
    [InlineData("250.00")] // dotted
    [InlineData("25000")] // as the file writes it
    public void ToIcd10Cm_25000_IsOneApproximateTarget(string code)
    {
        var mapping = data.Gems2018.ToIcd10Cm(code)!;

        mapping.DisplaySource.Should().Be("250.00");
        mapping.IsNoMap.Should().BeFalse();
        mapping.IsExact.Should().BeFalse(); // flags 10000: approximate
        mapping.Alternatives.Select(a => a.DisplayTarget).Should().Equal("E11.9");
        mapping.Scenarios.Should().BeEmpty();
    }

    [Fact]
    public void ToIcd10Cm_Combination_GivesScenariosOfChoiceLists()
    {
        var mapping = data.Gems2018.ToIcd10Cm("073.0")!;

        mapping.Alternatives.Should().BeEmpty();
        mapping.Scenarios.Should().ContainSingle().Which.ChoiceLists.Select(c => c.Targets.Select(t => t.DisplayTarget).Single())
            .Should().Equal("A70", "J17");
        mapping.Scenarios[0].Combinations().Select(c => string.Join('+', c.Select(t => t.Target))).Should().Equal("A70+J17");
    }

    [Fact]
    public void ToIcd10Cm_66602_GivesAnAlternativeAndAScenario()
    {
        var mapping = data.Gems2018.ToIcd10Cm("666.02")!;

        mapping.Alternatives.Select(a => a.DisplayTarget).Should().Equal("O72.0");
        mapping.Scenarios.Should().NotBeEmpty();
        mapping.Scenarios.Should().OnlyContain(s => s.ChoiceLists.Count >= 2);
    }

    [Fact]
    public void ToIcd10Cm_NoMap_SaysSo()
    {
        var mapping = data.Gems2018.ToIcd10Cm("365.70")!;

        mapping.IsNoMap.Should().BeTrue();
        mapping.Alternatives.Should().BeEmpty();
        mapping.ToString().Should().Be("365.70: no map");
    }

    [Theory]
    [InlineData("999.99")] // the right shape, not in the GEM
    [InlineData("25.000")] // misplaced dot
    public void ToIcd10Cm_Unknown_ReturnsNull(string code) => data.Gems2018.ToIcd10Cm(code).Should().BeNull();

    [Theory]
    [InlineData("25000 E119 1000", "The flags '1000' must be five digits")] // four flags
    [InlineData("25000 E119 10010", "disagree")] // scenario without combination
    [InlineData("25000 NoDx 10000", "the no-map flag (the second digit) is 0")] // NoDx without the flag
    [InlineData("25000 E119", "Expected three fields")] // no flags
    [InlineData("2500X E119 10000", "not an undotted ICD-9-CM diagnosis code")] // bad source
    public void LoadFolder_MalformedLine_ThrowsDataFileExceptionNamingTheLine(string line, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("gems-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "2018_I9gem.txt"), "0010  A000    00000\r\n" + line + "\r\n");
            File.Copy(OfficialData.Path("gems", "2018", "2018_I10gem.txt"), Path.Combine(folder, "2018_I10gem.txt"));

            var act = () => DiagnosisGems.LoadFolder(folder);

            var error = act.Should().Throw<DataFileException>().Which;
            error.LineNumber.Should().Be(2);
            error.FilePath.Should().EndWith("2018_I9gem.txt");
            error.Problem.Should().Contain(problem);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
