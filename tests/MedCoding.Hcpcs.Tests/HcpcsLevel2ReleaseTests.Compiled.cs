using MedCoding.CodeSets.IO;
using MedCoding.Hcpcs.IO;

namespace MedCoding.Hcpcs.Tests;

[Collection(HcpcsDataCollection.Name)]
public sealed class HcpcsLevel2ReleaseCompiledTests(HcpcsData data)
{
    [Theory]
    [InlineData(CompiledDataCompression.Deflate)]
    [InlineData(CompiledDataCompression.None)]
    public void FromStream_WrittenRelease_IsIdenticalRecordByRecord(CompiledDataCompression compression)
    {
        var stream = new MemoryStream();
        HcpcsReleaseFormat.Write(data.Release2019, stream, compression);
        stream.Position = 0;

        var read = HcpcsLevel2Release.FromStream(stream);

        HcpcsReleaseComparer.FindDifference(data.Release2019, read).Should().BeNull();
        read.VersionId.Should().Be("HCPCS Level II 2019 (format 1)");
        read.SourcePath.Should().Be("HCPC2019_CONTR_ANWEB.txt", "the name of the official file, not where it was");
        read.Find("j9035")!.Title.Should().Be(data.Release2019.Find("J9035")!.Title);
        read.Find("J9035").Should().BeSameAs(read.Find("J9035"), "an entry is made once");
    }

    [Fact]
    public void OfficialFile_VersionId_SaysOfficialFiles()
    {
        data.Release2019.VersionId.Should().Be("HCPCS Level II 2019 (official files)");
        data.Release2019.CompiledFormatVersion.Should().BeNull();
        data.Release2019.Entries.Should().HaveCount(6_440);
        data.Release2019.Entries[0].Should().BeSameAs(data.Release2019.Entries[0]);
    }

    [Fact]
    public void FindDifference_OneFieldChanged_NamesTheRecordAndTheField()
    {
        var stream = new MemoryStream();
        data.Release2019.WriteTo(stream);
        stream.Position = 0;
        var read = HcpcsLevel2Release.FromStream(stream);
        var changed = read.ProcedureArray[10];
        read.ProcedureArray[10] = new HcpcsRecord
        {
            Code = changed.Code,
            Kind = changed.Kind,
            SequenceNumber = changed.SequenceNumber,
            LongDescription = changed.LongDescription,
            ShortDescription = changed.ShortDescription,
            PricingIndicators = changed.PricingIndicators,
            TypesOfService = changed.TypesOfService,
            ActionCode = changed.ActionCode,
            LineNumber = changed.LineNumber,
            LineCount = changed.LineCount,
            Betos = "ZZZ",
        };

        HcpcsReleaseComparer.FindDifference(data.Release2019, read).Should().StartWith($"procedure record 10 ({changed.Code}) has ");
    }
}
