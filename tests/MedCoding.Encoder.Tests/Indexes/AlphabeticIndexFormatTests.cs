using System.Diagnostics;
using MedCoding.CodeSets;
using MedCoding.Encoder.IO;
using Xunit.Abstractions;

namespace MedCoding.Encoder.Tests.Indexes;

/// <summary>The compiled format: every official index reads back identical, term by term; the same index gives the same bytes; damage is a CompiledDataException.</summary>
public sealed class AlphabeticIndexFormatTests(ITestOutputHelper output)
{
    public static TheoryData<string, IndexKind> Files
    {
        get
        {
            var files = OfficialIndexes.Files;
            files.Add("icd10cm/2025-04/icd10cm-drug-April-2025.csv", IndexKind.Drugs);
            return files;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void WriteTo_EachOfficialIndex_ReadsBackIdenticalTermByTerm(string file, IndexKind kind)
    {
        var index = OfficialIndexes.Get(file, kind);
        using var buffer = new MemoryStream();
        index.WriteTo(buffer);
        var bytes = buffer.ToArray();

        buffer.Position = 0;
        var watch = Stopwatch.StartNew();
        var read = AlphabeticIndex.FromStream(buffer);
        watch.Stop();

        output.WriteLine($"{file}: {index}; compiled {bytes.Length:N0} bytes (official file {new FileInfo(OfficialIndexes.PathOf(file)).Length:N0}), read in {watch.Elapsed.TotalMilliseconds:F1} ms");
        IndexComparer.FindDifference(index, read).Should().BeNull();
        read.CompiledFormatVersion.Should().Be(1);
        index.CompiledFormatVersion.Should().BeNull();
        read.GetMainTerm(index.MainTerms[^1].Title).Should().NotBeNull();
    }

    [Fact]
    public void WriteTo_SameIndexTwice_GivesTheSameBytes()
    {
        var index = OfficialIndexes.Neoplasms;
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        index.WriteTo(first);
        AlphabeticIndex.FromStream(new MemoryStream(first.ToArray())).WriteTo(second);

        second.ToArray().Should().Equal(first.ToArray());
    }

    [Fact]
    public void FromFile_WrittenFile_ReadsBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-index-{Guid.NewGuid():N}.mcd");
        try
        {
            using (var stream = File.Create(path))
            {
                OfficialIndexes.Procedures.WriteTo(stream);
            }

            IndexComparer.FindDifference(OfficialIndexes.Procedures, AlphabeticIndex.FromFile(path)).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromStream_TruncatedOrCorrupted_ThrowsCompiledDataException()
    {
        using var buffer = new MemoryStream();
        OfficialIndexes.Neoplasms.WriteTo(buffer);
        var bytes = buffer.ToArray();

        FluentActions.Invoking(() => AlphabeticIndex.FromStream(new MemoryStream(bytes[..(bytes.Length / 2)])))
            .Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.Truncated);
        var corrupted = (byte[])bytes.Clone();
        corrupted[^10] ^= 0xFF;
        FluentActions.Invoking(() => AlphabeticIndex.FromStream(new MemoryStream(corrupted)))
            .Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.ChecksumMismatch);
        FluentActions.Invoking(() => AlphabeticIndex.FromStream(new MemoryStream("not a compiled file"u8.ToArray())))
            .Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.WrongMagic);
    }

    [Fact]
    public void Release_OfEachIndex_IsItsFiscalYearOrUpdate()
    {
        OfficialIndexes.Diseases.Release.Should().Be(new Release(CodeSystem.Icd10CmIndex, "2017", new DateOnly(2016, 10, 1), new DateOnly(2017, 9, 30)));
        OfficialIndexes.Diseases.Release.Name.Should().Be("ICD-10-CM Index FY2017");
        OfficialIndexes.DrugsCsv.Release.EffectiveFrom.Should().Be(new DateOnly(2025, 4, 1));
        OfficialIndexes.DrugsCsv.Release.System.Should().Be(CodeSystem.Icd10CmDrugTable);
        OfficialIndexes.Procedures.Release.System.Should().Be(CodeSystem.Icd10PcsIndex);
    }
}
