using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.IO;
using MedCoding.Hcpcs.Modifiers;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>The HCPCS Level II release embedded in MedCoding.Data.Hcpcs against the official file it was compiled from.</summary>
public sealed class HcpcsDataTests
{
    private static readonly Lazy<HcpcsLevel2Release> s_fromFile = new(() => HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019")));

    private static HcpcsLevel2Release FromFile => s_fromFile.Value;

    [Fact]
    public void OpenCompiledFile_2019_IsIdenticalRecordByRecordAndFieldByFieldToTheOfficialFile()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");

        var embedded = HcpcsLevel2Release.FromStream(stream);

        embedded.Release.ToString().Should().Be("HCPCS Level II 2019 (2019-01-01 to 2019-12-31)");
        embedded.Release.System.Should().Be(CodeSystem.HcpcsLevel2);
        embedded.SourcePath.Should().Be("HCPC2019_CONTR_ANWEB.txt");
        (embedded.Procedures.Count, embedded.Modifiers.Count).Should().Be((6_440, 360));
        (embedded.LineCount, embedded.PreambleLineCount, embedded.ContinuationLineCount, embedded.ShortLineCount)
            .Should().Be((FromFile.LineCount, FromFile.PreambleLineCount, FromFile.ContinuationLineCount, FromFile.ShortLineCount));
        var differences = new List<string>();
        foreach (var (expected, actual) in FromFile.Procedures.Concat(FromFile.Modifiers).Zip(embedded.Procedures.Concat(embedded.Modifiers)))
        {
            // Every field of the record layout, as the record holds it.
            var x = HcpcsReleaseComparer.Fields(expected).ToList();
            var y = HcpcsReleaseComparer.Fields(actual).ToList();
            x.Should().HaveCount(28);
            differences.AddRange(x.Zip(y).Where(p => p.First != p.Second).Select(p => $"{expected.Code}: {p.Second} != {p.First}"));
        }

        differences.Should().BeEmpty();
        HcpcsReleaseComparer.FindDifference(FromFile, embedded).Should().BeNull();
    }

    [Fact]
    public void OpenCompiledFile_2019_LooksUpEveryCodeAndModifierAsTheOfficialFile()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        var embedded = HcpcsLevel2Release.FromStream(stream);

        foreach (var expected in FromFile.Entries)
        {
            var actual = embedded[expected.Name.ToLowerInvariant()];
            (actual.Name, actual.Kind, actual.IsBillable, actual.Title, actual.ShortTitle, actual.Ordinal)
                .Should().Be((expected.Name, expected.Kind, expected.IsBillable, expected.Title, expected.ShortTitle, expected.Ordinal));
        }

        foreach (var modifier in FromFile.Modifiers)
        {
            embedded.FindModifier(modifier.Code.ToLowerInvariant())!.LongDescription.Should().Be(modifier.LongDescription);
        }

        ModifierCatalog.Create(embedded).All.Select(m => (m.Code, m.Label, m.Categories))
            .Should().Equal(ModifierCatalog.Create(FromFile).All.Select(m => (m.Code, m.Label, m.Categories)));
    }

    [Fact]
    public void OpenCompiledFile_2019_HasTheSameBytesAsCompilingTheFileTwice()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        var embedded = CompiledBytes.Read(stream);
        var first = new MemoryStream();
        var second = new MemoryStream();

        HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019")).WriteTo(first);
        HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019")).WriteTo(second);

        first.ToArray().Should().Equal(second.ToArray(), "the same inputs always give the same bytes");
        embedded.Should().Equal(first.ToArray(), "the build's hcpcs-2019.mcd is what the compiler gives");
    }

    [Fact]
    public void Default_Newest_Is2019ReadyForLookups()
    {
        var newest = HcpcsData.Default.Newest;

        newest.VersionId.Should().Be("HCPCS Level II 2019 (format 1)");
        newest.CompiledFormatVersion.Should().Be(1);
        HcpcsData.Newest.Should().BeSameAs(newest);
        newest.FindProcedure("J9035")!.ShortDescription.Should().Be(FromFile.FindProcedure("J9035")!.ShortDescription);
        newest.FindModifier("LT")!.LongDescription.Should().Be(FromFile.FindModifier("LT")!.LongDescription);
        ModifierCatalog.Create(newest).Find("XS")!.IsNcciAssociated.Should().BeTrue();
    }

    [Fact]
    public void Default_Schedule_IsCalendarYear2019()
    {
        HcpcsData.Releases.Select(r => r.ToString()).Should().Equal("HCPCS Level II 2019 (2019-01-01 to 2019-12-31)");
        HcpcsData.Default.System.Should().Be(CodeSystem.HcpcsLevel2);
    }

    [Theory]
    [InlineData("2019-01-01")] // first day of the year
    [InlineData("2019-07-15")]
    [InlineData("2019-12-31")] // last day
    public void Default_GetInForceOn_DateIn2019_Is2019(string date)
    {
        HcpcsData.Default.GetInForceOn(DateOnly.Parse(date)).Should().BeSameAs(HcpcsData.Newest);
    }

    [Theory]
    [InlineData("2018-12-31")] // the day before: no 2018 file is embedded
    [InlineData("2020-01-01")] // the day after: no 2020 file
    public void Default_GetInForceOn_DateOutside2019_Throws(string date)
    {
        var act = () => HcpcsData.Default.GetInForceOn(DateOnly.Parse(date));

        act.Should().Throw<NoReleaseInForceException>();
    }

    [Fact]
    public void Default_With2020_EndsNothingAndStartsOnJanuary1()
    {
        var release2020 = HcpcsLevel2Release.FromStream(Reversioned(HcpcsLevel2Release.ForCalendarYear(2020)));

        var schedule = HcpcsData.Default.With(release2020.Release, release2020);

        schedule.GetInForceOn(new DateOnly(2020, 1, 1)).Should().BeSameAs(release2020);
        schedule.GetInForceOn(new DateOnly(2019, 12, 31)).Should().BeSameAs(HcpcsData.Newest);
        HcpcsData.Default.Count.Should().Be(1, "the default is not changed");
    }

    [Theory]
    [InlineData(100)] // in the payload: the checksum catches it
    [InlineData(5)] // in the version
    public void FromStream_CorruptedByte_ThrowsCompiledDataException(int offset)
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        var bytes = CompiledBytes.Read(stream);
        bytes[offset] ^= 0x5A;

        var act = () => HcpcsLevel2Release.FromStream(new MemoryStream(bytes));

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().BeOneOf(CompiledDataProblem.ChecksumMismatch, CompiledDataProblem.UnsupportedVersion);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(27)] // the header alone, less a byte
    [InlineData(1000)] // part of the payload
    public void FromStream_Truncated_ThrowsCompiledDataException(int length)
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        var bytes = CompiledBytes.Read(stream)[..length];

        var act = () => HcpcsLevel2Release.FromStream(new MemoryStream(bytes));

        act.Should().Throw<CompiledDataException>();
    }

    [Fact]
    public void FromStream_CompiledGems_ThrowsNamingTheSystem()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");

        var act = () => HcpcsLevel2Release.FromStream(stream);

        act.Should().Throw<CompiledDataException>().WithMessage("*holds a Diagnosis GEMs release, not HCPCS Level II*");
    }

    [Fact]
    public void FromStream_FieldOfALaterWriter_IsSkipped()
    {
        var uncompressed = new MemoryStream();
        HcpcsReleaseFormat.Write(FromFile, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        fields.Select(f => f.Id).Should().Equal(1, 2, 3, 4, 5);
        fields.Insert(4, (42, [1, 2, 3])); // before the long descriptions, which stay last

        var read = HcpcsLevel2Release.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.Deflate));

        HcpcsReleaseComparer.FindDifference(FromFile, read).Should().BeNull();
    }

    [Fact]
    public void FromStream_WithoutTheRecords_ThrowsMalformed()
    {
        var uncompressed = new MemoryStream();
        HcpcsReleaseFormat.Write(FromFile, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray()).Where(f => f.Id != 4);

        var act = () => HcpcsLevel2Release.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.Malformed);
    }

    [Fact]
    public void FromFile_WrittenFile_IsTheRelease()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hcpcs-{Guid.NewGuid():N}.mcd");
        try
        {
            using (var file = File.Create(path))
            {
                FromFile.WriteTo(file);
            }

            HcpcsReleaseComparer.FindDifference(FromFile, HcpcsLevel2Release.FromFile(path)).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LongDescription_ReadFromManyThreads_IsTheSameText()
    {
        using var stream = HcpcsData.OpenCompiledFile("hcpcs-2019.mcd");
        var embedded = HcpcsLevel2Release.FromStream(stream);
        var expected = FromFile.Procedures.Select(p => p.LongDescription).ToArray();
        var texts = new string[expected.Length];

        Parallel.For(0, expected.Length, i => texts[i] = embedded.Procedures[i].LongDescription);

        texts.Should().Equal(expected);
    }

    private static MemoryStream Reversioned(Release release)
    {
        // The 2019 records under another release: WriteTo, then rewrite the release field.
        var uncompressed = new MemoryStream();
        HcpcsReleaseFormat.Write(FromFile, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        var releaseField = new PayloadWriter();
        releaseField.WriteVarInt((int)release.System);
        releaseField.WriteString(release.Version);
        releaseField.WriteString(release.Name);
        releaseField.WriteVarInt(release.EffectiveFrom.DayNumber);
        releaseField.WriteVarInt(release.EffectiveThrough.DayNumber);
        var old = new PayloadReader(fields[0].Body, "test");
        _ = old.ReadVarInt();
        _ = old.ReadString();
        _ = old.ReadString();
        _ = old.ReadVarInt();
        _ = old.ReadVarInt();
        var rest = fields[0].Body[old.Position..];
        fields[0] = (1, [.. releaseField.WrittenSpan.ToArray(), .. rest]);
        return CompiledBytes.Write(fields, CompiledDataCompression.Deflate);
    }
}
