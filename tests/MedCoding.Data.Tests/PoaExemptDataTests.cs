using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Poa.IO;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>The POA-exempt lists embedded in MedCoding.Data.ClaimEdits against the official files they were compiled from.</summary>
public sealed class PoaExemptDataTests
{
    public static TheoryData<string, string, string> EmbeddedLists => new()
    {
        { "poa-exempt-2025.mcd", "2025", "POAexemptCodesFY25.txt" },
        { "poa-exempt-2026.mcd", "2026", "POAexemptCodesFY26.txt" },
    };

    [Theory]
    [MemberData(nameof(EmbeddedLists))]
    public void OpenCompiledFile_EachList_IsTheOfficialFileEntryByEntry(string fileName, string folder, string officialFile)
    {
        // The official file read line by line, independently of the SDK's reader: order number, code, title.
        var lines = File.ReadAllLines(OfficialData.Path("icd10cm", folder, officialFile)).Skip(1).Where(l => l.Length > 0).ToArray();
        using var stream = PoaExemptData.OpenCompiledFile(fileName);

        var embedded = PoaExemptList.FromStream(stream);

        embedded.Release.Should().Be(Release.ForFiscalYear(CodeSystem.PoaExemptList, int.Parse(folder, System.Globalization.CultureInfo.InvariantCulture)));
        embedded.Entries.Select(e => $"{e.OrderNumber:D5}\t{e.Code}\t{e.Description}").Should().Equal(lines);
        PoaExemptListComparer.FindDifference(PoaExemptList.LoadFolder(OfficialData.Path("icd10cm", folder)), embedded).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(EmbeddedLists))]
    public void OpenCompiledFile_EachList_HasTheSameBytesAsCompilingTheFileAgain(string fileName, string folder, string officialFile)
    {
        using var stream = PoaExemptData.OpenCompiledFile(fileName);
        var embedded = new MemoryStream();
        stream.CopyTo(embedded);
        var first = new MemoryStream();
        var second = new MemoryStream();

        PoaExemptList.Load(OfficialData.Path("icd10cm", folder, officialFile)).WriteTo(first);
        PoaExemptList.Load(OfficialData.Path("icd10cm", folder, officialFile)).WriteTo(second);

        first.ToArray().Should().Equal(second.ToArray(), "the same inputs always give the same bytes");
        embedded.ToArray().Should().Equal(first.ToArray(), $"the build's {fileName} is what the compiler gives");
    }

    [Fact]
    public void Default_Schedule_IsOneListPerFiscalYear()
    {
        PoaExemptData.Releases.Select(r => r.ToString()).Should().Equal(
            "POA-exempt list FY2025 (2024-10-01 to 2025-09-30)",
            "POA-exempt list FY2026 (2025-10-01 to 2026-09-30)");
        PoaExemptData.Default.GetInForceOn(new DateOnly(2025, 9, 30)).Release.Version.Should().Be("2025");
        PoaExemptData.Default.GetInForceOn(new DateOnly(2025, 11, 3)).Should().BeSameAs(PoaExemptData.Newest);
        PoaExemptData.Newest.Count.Should().Be(38_349); // ReadMePOAexemptFY26.txt
        PoaExemptData.Newest.VersionId.Should().Be("POA-exempt list FY2026 (format 1)");
        var act = () => PoaExemptData.Default.GetInForceOn(new DateOnly(2015, 6, 1));
        act.Should().Throw<NoReleaseInForceException>().Which.System.Should().Be(CodeSystem.PoaExemptList);
    }

    [Fact]
    public void Default_WithNextYear_UsesItFromItsStartDateAndLeavesTheDefaultAlone()
    {
        var fy2027 = Release.ForFiscalYear(CodeSystem.PoaExemptList, 2027);
        var schedule = PoaExemptData.Default.With(fy2027, () => PoaExemptData.Newest);

        schedule.FindInForceOn(new DateOnly(2026, 10, 1)).Should().Be(fy2027);
        PoaExemptData.Default.FindInForceOn(new DateOnly(2026, 10, 1)).Should().BeNull();
    }

    [Theory]
    [InlineData(0, CompiledDataProblem.WrongMagic)] // not a compiled data file
    [InlineData(40, CompiledDataProblem.ChecksumMismatch)] // a byte of the payload
    [InlineData(-1, CompiledDataProblem.Truncated)] // the last byte missing
    public void FromStream_CorruptedEmbeddedFile_IsRefused(int offset, CompiledDataProblem problem)
    {
        using var stream = PoaExemptData.OpenCompiledFile("poa-exempt-2026.mcd");
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

        var act = () => PoaExemptList.FromStream(new MemoryStream(data));

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().Be(problem);
    }

    [Fact]
    public void OpenCompiledFile_Unknown_ThrowsListingTheEmbedded()
    {
        var act = () => PoaExemptData.OpenCompiledFile("poa-exempt-2019.mcd");
        act.Should().Throw<FileNotFoundException>().WithMessage("*poa-exempt-2019.mcd*poa-exempt-2025.mcd, poa-exempt-2026.mcd, mce-43.1.mcd*");
    }
}
