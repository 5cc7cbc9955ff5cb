using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Gems;
using MedCoding.Gems.IO;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>The diagnosis GEMs embedded in MedCoding.Data.Gems against the official files they were compiled from.</summary>
public sealed class GemsDataTests
{
    private static readonly Lazy<DiagnosisGems> s_fromFiles = new(() => DiagnosisGems.LoadFolder(OfficialData.Path("gems", "2018")));

    private static DiagnosisGems FromFiles => s_fromFiles.Value;

    [Fact]
    public void OpenCompiledFile_2018_IsIdenticalEntryByEntryToTheOfficialFiles()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");

        var embedded = DiagnosisGems.FromStream(stream);

        embedded.Release.ToString().Should().Be("Diagnosis GEMs FY2018 (2017-10-01 to 2018-09-30)");
        embedded.Year.Should().Be("2018");
        (embedded.ForwardEntries.Count, embedded.BackwardEntries.Count).Should().Be((24_860, 81_593));
        (embedded.SourceCount(GemDirection.Icd9ToIcd10), embedded.SourceCount(GemDirection.Icd10ToIcd9)).Should().Be((14_567, 71_704));
        // Every entry: source, target, dotted target, each of the five flags, line.
        embedded.ForwardEntries.Should().Equal(FromFiles.ForwardEntries);
        embedded.BackwardEntries.Should().Equal(FromFiles.BackwardEntries);
        GemsComparer.FindDifference(FromFiles, embedded).Should().BeNull();
    }

    [Theory]
    [InlineData(GemDirection.Icd9ToIcd10)]
    [InlineData(GemDirection.Icd10ToIcd9)]
    public void OpenCompiledFile_2018_MapsEverySourceAsTheOfficialFiles(GemDirection direction)
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");
        var embedded = DiagnosisGems.FromStream(stream);
        var entries = direction == GemDirection.Icd9ToIcd10 ? FromFiles.ForwardEntries : FromFiles.BackwardEntries;

        var differences = new List<string>();
        foreach (var source in entries.Select(e => e.Source).Distinct())
        {
            var expected = FromFiles.Map(source, direction)!;
            var actual = embedded.Map(source, direction)!;
            if (actual.ToString() != expected.ToString() || actual.DisplaySource != expected.DisplaySource || actual.IsExact != expected.IsExact
                || !actual.Entries.SequenceEqual(expected.Entries) || !actual.Alternatives.SequenceEqual(expected.Alternatives)
                || actual.Scenarios.Count != expected.Scenarios.Count)
            {
                differences.Add($"{source}: {actual} != {expected}");
            }
        }

        differences.Should().BeEmpty();
    }

    [Fact]
    public void OpenCompiledFile_2018_HasTheSameBytesAsCompilingTheFilesTwice()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");
        var embedded = CompiledBytes.Read(stream);
        var first = new MemoryStream();
        var second = new MemoryStream();

        DiagnosisGems.LoadFolder(OfficialData.Path("gems", "2018")).WriteTo(first);
        DiagnosisGems.LoadFolder(OfficialData.Path("gems", "2018")).WriteTo(second);

        first.ToArray().Should().Equal(second.ToArray(), "the same inputs always give the same bytes");
        embedded.Should().Equal(first.ToArray(), "the build's gems-2018.mcd is what the compiler gives");
    }

    [Fact]
    public void Default_Newest_Is2018WithTheLowerCaseCodeReported()
    {
        var newest = GemsData.Default.Newest;

        newest.VersionId.Should().Be("Diagnosis GEMs FY2018 (format 1)");
        GemsData.Newest.Should().BeSameAs(newest);
        newest.Irregularities.Should().ContainSingle().Which.ToString().Should().Be(
            "2018_I10gem.txt, line 73170: The target 'v5889' is in lower case; read as 'V5889'.");
        newest.ToIcd9Cm("T88.53XD")!.Alternatives.Single().DisplayTarget.Should().Be("V58.89");
        newest.ToIcd10Cm("250.00")!.Alternatives.Select(a => a.DisplayTarget).Should().Equal("E11.9");
        newest.ToIcd10Cm("25000").Should().BeSameAs(newest.ToIcd10Cm("250.00"), "a mapping is made once");
    }

    [Fact]
    public void Default_Schedule_IsFiscalYear2018()
    {
        GemsData.Releases.Select(r => r.ToString()).Should().Equal("Diagnosis GEMs FY2018 (2017-10-01 to 2018-09-30)");
        GemsData.Default.System.Should().Be(CodeSystem.DiagnosisGems);
        GemsData.Default.GetInForceOn(new DateOnly(2017, 10, 1)).Should().BeSameAs(GemsData.Newest);
        GemsData.Default.GetInForceOn(new DateOnly(2018, 9, 30)).Should().BeSameAs(GemsData.Newest);
    }

    [Theory]
    [InlineData("2017-09-30")] // the day before FY2018
    [InlineData("2018-10-01")] // the day after: CMS published no later GEMs
    public void Default_GetInForceOn_DateOutsideFy2018_Throws(string date)
    {
        var act = () => GemsData.Default.GetInForceOn(DateOnly.Parse(date));

        act.Should().Throw<NoReleaseInForceException>();
    }

    [Theory]
    [InlineData(200)] // in the payload: the checksum catches it
    [InlineData(0)] // the magic
    public void FromStream_CorruptedByte_ThrowsCompiledDataException(int offset)
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");
        var bytes = CompiledBytes.Read(stream);
        bytes[offset] ^= 0x5A;

        var act = () => DiagnosisGems.FromStream(new MemoryStream(bytes));

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().BeOneOf(CompiledDataProblem.ChecksumMismatch, CompiledDataProblem.WrongMagic);
    }

    [Fact]
    public void FromStream_Truncated_ThrowsCompiledDataException()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");
        var bytes = CompiledBytes.Read(stream);

        var act = () => DiagnosisGems.FromStream(new MemoryStream(bytes[..^1]));

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.Truncated);
    }

    [Fact]
    public void FromStream_CompiledHcpcs_ThrowsNamingTheSystem()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");

        var act = () => DiagnosisGems.FromStream(stream);

        act.Should().Throw<CompiledDataException>().WithMessage("*holds a HCPCS Level II release, not diagnosis GEMs*");
    }

    [Fact]
    public void FromStream_FieldOfALaterWriter_IsSkipped()
    {
        var uncompressed = new MemoryStream();
        GemsFormat.Write(FromFiles, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        fields.Select(f => f.Id).Should().Equal(1, 2, 3, 4, 5);
        fields.Add((42, [7, 7]));

        var read = DiagnosisGems.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        GemsComparer.FindDifference(FromFiles, read).Should().BeNull();
    }

    [Fact]
    public void FromStream_WithoutTheBackwardEntries_ThrowsMalformed()
    {
        var uncompressed = new MemoryStream();
        GemsFormat.Write(FromFiles, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray()).Where(f => f.Id != 4);

        var act = () => DiagnosisGems.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.Deflate));

        act.Should().Throw<CompiledDataException>().WithMessage("*lacks the backward entries field*");
    }

    [Fact]
    public void FromFile_WrittenFile_IsTheGems()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gems-{Guid.NewGuid():N}.mcd");
        try
        {
            using (var file = File.Create(path))
            {
                FromFiles.WriteTo(file);
            }

            GemsComparer.FindDifference(FromFiles, DiagnosisGems.FromFile(path)).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Map_FromManyThreads_GivesOneMappingPerSource()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");
        var embedded = DiagnosisGems.FromStream(stream);
        var sources = FromFiles.BackwardEntries.Select(e => e.Source).Distinct().ToArray();
        var first = new GemMapping[sources.Length];
        var second = new GemMapping[sources.Length];

        Parallel.For(0, sources.Length * 2, i =>
        {
            var mapping = embedded.ToIcd9Cm(sources[i % sources.Length])!;
            (i < sources.Length ? first : second)[i % sources.Length] = mapping;
        });

        first.Zip(second).Should().OnlyContain(p => ReferenceEquals(p.First, p.Second));
    }
}
