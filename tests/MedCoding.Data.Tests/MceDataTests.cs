using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Mce.IO;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>The MCE 43.1 tables embedded in MedCoding.Data.ClaimEdits against the official tables they were compiled from.</summary>
public sealed class MceDataTests
{
    [Fact]
    public void OpenCompiledFile_Mce431_IsTheOfficialTablesRowByRow()
    {
        string[] Lines(string file) => [.. File.ReadAllLines(OfficialData.Path("msdrg", "v43", "mce", file)).Skip(1).Where(l => l.Length > 0)];
        using var stream = MceData.OpenCompiledFile("mce-43.1.mcd");

        var embedded = MceRelease.FromStream(stream);

        // Every table read line by line, independently of the SDK's reader.
        embedded.Diagnoses.Select(r => $"{r.Code}\t{r.EffectiveFrom:yyyyMMdd}\t{r.EffectiveThrough:yyyyMMdd}\t{r.Flags}").Should().Equal(Lines("mce_i10dx.tsv"));
        embedded.Procedures.Select(r => $"{r.Code}\t{r.EffectiveFrom:yyyyMMdd}\t{r.EffectiveThrough:yyyyMMdd}\t{r.Flags}").Should().Equal(Lines("mce_i10sg.tsv"));
        embedded.AgeGroups.Select(g => $"{g.Name}\t{g.Ages.Minimum}\t{g.Ages.Maximum}\t{g.EffectiveFrom:yyyyMMdd}\t{g.EffectiveThrough:yyyyMMdd}").Should().Equal(Lines("mce_age_ranges.tsv"));
        embedded.DischargeStatuses.Select(s => $"{s.Code}\t{s.EffectiveFrom:yyyyMMdd}\t{s.EffectiveThrough:yyyyMMdd}").Should().Equal(Lines("mce_discharge_status.tsv"));
        embedded.Edits.Select(e => $"{e.Name}\tcodeType={e.CodeType}; editType={e.EditType}; editCounterApplicability={e.CounterApplicability}").Should().Equal(Lines("mce_edits.tsv"));
        embedded.FlagAttributes.Select(a => $"{a.Name}\tflag={a.Flag}; codeType={a.CodeType}").Should().Equal(Lines("mce_flag_attributes.tsv"));
        embedded.Info.Select(p => $"{p.Key}\t{p.Value}").Should().Equal(Lines("mce_info.tsv"));
        MceReleaseComparer.FindDifference(MceRelease.LoadFolder(OfficialData.Path("msdrg", "v43", "mce")), embedded).Should().BeNull();
    }

    [Fact]
    public void OpenCompiledFile_Mce431_HasTheSameBytesAsCompilingTheTablesAgain()
    {
        using var stream = MceData.OpenCompiledFile("mce-43.1.mcd");
        var embedded = new MemoryStream();
        stream.CopyTo(embedded);
        var first = new MemoryStream();
        var second = new MemoryStream();

        MceRelease.LoadFolder(OfficialData.Path("msdrg", "v43", "mce")).WriteTo(first);
        MceRelease.LoadFolder(OfficialData.Path("msdrg", "v43", "mce")).WriteTo(second);

        first.ToArray().Should().Equal(second.ToArray(), "the same inputs always give the same bytes");
        embedded.ToArray().Should().Equal(first.ToArray(), "the build's mce-43.1.mcd is what the compiler gives");
    }

    [Fact]
    public void Default_Schedule_IsMce431ForFy2026()
    {
        MceData.Releases.Select(r => r.ToString()).Should().Equal("MCE v43.1 (2025-10-01 to 2026-09-30)");
        MceData.Default.GetInForceOn(new DateOnly(2026, 9, 30)).Should().BeSameAs(MceData.Newest);
        MceData.Newest.VersionId.Should().Be("MCE v43.1 (format 1)");
        MceData.Newest.FindDiagnosis(Icd10CmCode.Parse("O24.410"), new DateOnly(2025, 11, 3))!.Value.Flags.Should().Equal("maternity");
        MceData.Default.FindInForceOn(new DateOnly(2025, 9, 30)).Should().BeNull("MCE 43.1 is in force for FY2026 only");
        MceData.Default.FindVersion("431").Should().Be(MceData.Newest.Release);
    }

    [Theory]
    [InlineData(0, CompiledDataProblem.WrongMagic)]
    [InlineData(4, CompiledDataProblem.UnsupportedVersion)] // the format version
    [InlineData(100, CompiledDataProblem.ChecksumMismatch)]
    [InlineData(-1, CompiledDataProblem.Truncated)]
    public void FromStream_CorruptedEmbeddedFile_IsRefused(int offset, CompiledDataProblem problem)
    {
        using var stream = MceData.OpenCompiledFile("mce-43.1.mcd");
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var data = bytes.ToArray();
        if (offset < 0)
        {
            data = data[..^1];
        }
        else
        {
            data[offset] ^= 0x20;
        }

        var act = () => MceRelease.FromStream(new MemoryStream(data));

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().Be(problem);
    }
}
