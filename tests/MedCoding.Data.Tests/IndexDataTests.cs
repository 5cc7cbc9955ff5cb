using System.Diagnostics;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Encoder;
using MedCoding.Encoder.IO;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.Data.Tests;

/// <summary>The indexes embedded in MedCoding.Data.Indexes against the official files they were compiled from.</summary>
public sealed class IndexDataTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, IndexKind> Embedded => new()
    {
        { "icd10cm-index-2017.mcd", "icd10cm/2017/icd10cm_index_2017.xml", IndexKind.Diseases },
        { "icd10cm-eindex-2023.mcd", "icd10cm/2023/icd10cm_eindex_2023.xml", IndexKind.ExternalCauses },
        { "icd10cm-drug-2023.mcd", "icd10cm/2023/icd10cm_drug_2023.xml", IndexKind.Drugs },
        { "icd10cm-drug-2025-04.mcd", "icd10cm/2025-04/icd10cm-drug-April-2025.csv", IndexKind.Drugs },
        { "icd10cm-neoplasm-2023.mcd", "icd10cm/2023/icd10cm_neoplasm_2023.xml", IndexKind.Neoplasms },
        { "icd10pcs-index-2025.mcd", "icd10pcs/2025/icd10pcs_index_2025.xml", IndexKind.Procedures },
    };

    [Theory]
    [MemberData(nameof(Embedded))]
    public void OpenCompiledFile_EachIndex_IsIdenticalTermByTermToTheOfficialFile(string compiled, string official, IndexKind kind)
    {
        var fromFile = AlphabeticIndex.Load(OfficialData.Path(official.Split('/')), kind);
        using var stream = IndexData.OpenCompiledFile(compiled);
        var bytes = CompiledBytes.Read(stream);

        var embedded = AlphabeticIndex.FromStream(new MemoryStream(bytes));

        IndexComparer.FindDifference(fromFile, embedded).Should().BeNull();
        embedded.Kind.Should().Be(kind);
        embedded.SourceFileName.Should().Be(Path.GetFileName(official));
        var again = new MemoryStream();
        IndexFormat.Write(fromFile, again, CompiledDataCompression.None);
        bytes.Should().Equal(again.ToArray(), "the build's compiled file is what the compiler gives (uncompressed: the package sets MedCodingDataUncompressed), and the same inputs give the same bytes");
    }

    [Theory]
    [MemberData(nameof(Embedded))]
    public void FromStream_EachEmbeddedIndex_LoadsFast(string compiled, string official, IndexKind kind)
    {
        _ = kind;
        using (var warm = IndexData.OpenCompiledFile(compiled))
        {
            AlphabeticIndex.FromStream(warm);
        }

        var times = new List<double>();
        long size = 0;
        for (var i = 0; i < 5; i++)
        {
            using var stream = IndexData.OpenCompiledFile(compiled);
            size = stream.Length;
            var watch = Stopwatch.StartNew();
            AlphabeticIndex.FromStream(stream);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine($"{compiled}: {size:N0} bytes compiled, official file {new FileInfo(OfficialData.Path(official.Split('/'))).Length:N0} bytes; load median {times[2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1})");

        // Generous for a shared 2-core machine: the official XML takes several times longer.
        times[0].Should().BeLessThan(500);
    }

    [Fact]
    public void Newest_OfEachKind_IsTheNewestEmbedded()
    {
        IndexData.Diseases.Release.Name.Should().Be("ICD-10-CM Index FY2017");
        IndexData.ExternalCauses.Version.Should().Be("2023");
        IndexData.Drugs.Version.Should().Be("2025-04");
        IndexData.Neoplasms.Version.Should().Be("2023");
        IndexData.Procedures.Version.Should().Be("2025");
        IndexData.All.Select(i => i.Kind).Should().Equal(IndexKind.Diseases, IndexKind.ExternalCauses, IndexKind.Drugs, IndexKind.Neoplasms, IndexKind.Procedures);
        IndexData.Drugs.Should().BeSameAs(IndexData.Schedule(IndexKind.Drugs).Newest, "each index is loaded once");
        IndexData.Schedule(IndexKind.Drugs).GetInForceOn(new DateOnly(2023, 1, 1)).Version.Should().Be("2023");
        IndexData.Releases.Should().HaveCount(6);
    }

    [Fact]
    public void FromStream_CompiledGems_ThrowsNamingTheSystem()
    {
        using var stream = GemsData.OpenCompiledFile("gems-2018.mcd");

        var act = () => AlphabeticIndex.FromStream(stream);

        act.Should().Throw<CompiledDataException>().WithMessage("*holds a Diagnosis GEMs release, not an index*");
    }

    [Fact]
    public void FromStream_FieldOfALaterWriter_IsSkipped()
    {
        var fromFile = IndexData.Neoplasms;
        var uncompressed = new MemoryStream();
        IndexFormat.Write(fromFile, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        fields.Select(f => f.Id).Should().Equal(1, 2, 3, 4, 5);
        fields.Add((42, [7, 7]));

        var read = AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        IndexComparer.FindDifference(fromFile, read).Should().BeNull();
    }

    [Fact]
    public void FromStream_WithoutTheTerms_ThrowsMalformed()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray()).Where(f => f.Id != 4);

        var act = () => AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.Deflate));

        act.Should().Throw<CompiledDataException>().WithMessage("*lacks the terms field*");
    }

    [Fact]
    public void FromStream_WithoutTheWords_CutsThemWhenFirstSearched()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray()).Where(f => f.Id != 5);

        var read = AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        IndexComparer.FindDifference(IndexData.Neoplasms, read).Should().BeNull("an older writer's file without words reads the same, its words cut from its strings");
    }

    [Fact]
    public void FromStream_WordsCutByAnotherVersionOfTheRules_AreCutAgain()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        var words = fields.Single(f => f.Id == 5);
        fields[fields.IndexOf(words)] = (5, [(byte)(SearchText.Version + 1), 0, .. Enumerable.Repeat((byte)0, 100)]);

        var read = AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        IndexComparer.FindDifference(IndexData.Neoplasms, read).Should().BeNull();
    }

    [Fact]
    public void FromStream_WordsGivenTwice_ThrowsMalformed()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        fields.Add(fields.Single(f => f.Id == 5));

        var act = () => AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        act.Should().Throw<CompiledDataException>().WithMessage("*field 5 appears twice*");
    }
}
