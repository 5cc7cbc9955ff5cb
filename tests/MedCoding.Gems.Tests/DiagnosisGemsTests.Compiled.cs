using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Gems.IO;

namespace MedCoding.Gems.Tests;

[Collection(GemsDataCollection.Name)]
public sealed class DiagnosisGemsCompiledTests(GemsData data)
{
    [Fact]
    public void LoadFolder_2018_IsTheFy2018Release()
    {
        data.Gems2018.Release.ToString().Should().Be("Diagnosis GEMs FY2018 (2017-10-01 to 2018-09-30)");
        data.Gems2018.Release.System.Should().Be(CodeSystem.DiagnosisGems);
        data.Gems2018.Year.Should().Be("2018");
        data.Gems2018.VersionId.Should().Be("Diagnosis GEMs FY2018 (official files)");
        data.Gems2018.CompiledFormatVersion.Should().BeNull();
    }

    [Fact]
    public void Load_NameWithoutAYear_ThrowsAskingForTheRelease()
    {
        var act = () => DiagnosisGems.Load("/nowhere/final_I9gem.txt", "/nowhere/final_I10gem.txt");

        act.Should().Throw<ArgumentException>().WithMessage("*does not start with its year*pass the release*");
    }

    [Fact]
    public void Load_ReleaseOfAnotherSystem_Throws()
    {
        var act = () => DiagnosisGems.Load("/nowhere/2018_I9gem.txt", "/nowhere/2018_I10gem.txt", Release.ForFiscalYear(CodeSystem.Icd10Cm, 2018));

        act.Should().Throw<ArgumentException>().WithMessage("*not a Diagnosis GEMs release*");
    }

    [Theory]
    [InlineData(CompiledDataCompression.Deflate)]
    [InlineData(CompiledDataCompression.None)]
    public void FromStream_WrittenGems_AreIdenticalEntryByEntry(CompiledDataCompression compression)
    {
        var stream = new MemoryStream();
        GemsFormat.Write(data.Gems2018, stream, compression);
        stream.Position = 0;

        var read = DiagnosisGems.FromStream(stream);

        GemsComparer.FindDifference(data.Gems2018, read).Should().BeNull();
        read.VersionId.Should().Be("Diagnosis GEMs FY2018 (format 1)");
        read.ToIcd10Cm("073.0")!.ToString().Should().Be(data.Gems2018.ToIcd10Cm("073.0")!.ToString());
        read.Map("not a code", GemDirection.Icd9ToIcd10).Should().BeNull();
        read.ToIcd9Cm("E11.9")!.Entries.Should().Equal(data.Gems2018.ToIcd9Cm("E11.9")!.Entries);
    }

    [Fact]
    public void FindDifference_OneFlagChanged_NamesTheEntry()
    {
        var stream = new MemoryStream();
        data.Gems2018.WriteTo(stream);
        stream.Position = 0;
        var read = DiagnosisGems.FromStream(stream);
        var table = read.Table(GemDirection.Icd10ToIcd9);
        table.FlagArray[5] ^= 1; // the approximate flag of backward entry 5, not yet made

        GemsComparer.FindDifference(data.Gems2018, read).Should().StartWith("Icd10ToIcd9 entry 5 is");
    }
}
