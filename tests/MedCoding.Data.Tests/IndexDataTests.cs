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
        fields.Select(f => f.Id).Should().Equal(1, 2, 3, 7, 6);
        fields.Add((42, [7, 7]));

        var read = AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        IndexComparer.FindDifference(fromFile, read).Should().BeNull();
    }

    [Fact]
    public void FromStream_WithoutTheTerms_ThrowsMalformed()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray()).Where(f => f.Id != 7);

        var act = () => AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.Deflate));

        act.Should().Throw<CompiledDataException>().WithMessage("*lacks the terms field*");
    }

    [Fact]
    public void FromStream_TermsInAnEarlierWritersLayout_ThrowsUnsupportedAskingToCompileAgain()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray()).Select(f => f.Id == 7 ? (4, new byte[] { 0 }) : f);

        var act = () => AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.UnsupportedVersion).WithMessage("*earlier writer's layout*compile it again*");
    }

    [Fact]
    public void FromMemory_TermWhoseParentDisagreesWithTheLevels_ThrowsMalformedNamingTheFile()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var bytes = uncompressed.ToArray();
        var fields = CompiledBytes.Fields(bytes);
        var terms = fields.Single(f => f.Id == 7).Body.ToArray();

        // After the four counts (varints) comes the levels block (its length, then a byte per term), then the parents block:
        // term 1 is made its own parent.
        var reader = new PayloadReader(terms, "test");
        for (var i = 0; i < 4; i++)
        {
            reader.ReadVarInt();
        }

        var levels = reader.ReadVarInt();
        reader.ReadBytes(levels);
        reader.ReadVarInt();
        BitConverter.TryWriteBytes(terms.AsSpan(reader.Position + 4), 1);
        fields[fields.FindIndex(f => f.Id == 7)] = (7, terms);

        var act = () => AlphabeticIndex.FromMemory(CompiledBytes.Write(fields, CompiledDataCompression.None).ToArray(), "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().WithMessage("neoplasm.mcd is malformed: term 1 does not agree with its parent.");
    }

    [Fact]
    public void FromStream_WithoutTheSearchSegment_BuildsItWhenFirstSearched()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray()).Where(f => f.Id != 6);

        var read = AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        IndexComparer.FindDifference(IndexData.Neoplasms, read).Should().BeNull("a file without the search segment reads the same, its segment built from its terms");
    }

    [Fact]
    public void FromStream_WordsOfAnEarlierWriter_AreSkipped()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        fields.Insert(4, (5, [1, 0, 0]));

        var read = AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        IndexComparer.FindDifference(IndexData.Neoplasms, read).Should().BeNull();
    }

    [Fact]
    public void FromMemory_EmbeddedIndex_IsTheIndexReadFromAStream()
    {
        foreach (var file in new[] { "icd10cm-index-2017.mcd", "icd10cm-drug-2025-04.mcd", "icd10pcs-index-2025.mcd" })
        {
            using var stream = IndexData.OpenCompiledFile(file);

            var inPlace = AlphabeticIndex.FromMemory(IndexData.OpenCompiledMemory(file), file);

            IndexComparer.FindDifference(AlphabeticIndex.FromStream(stream), inPlace).Should().BeNull(file);
        }
    }

    [Theory]
    [InlineData(CompiledDataCompression.None)]
    [InlineData(CompiledDataCompression.Deflate)]
    public void FromMemory_EitherCompression_IsTheIndexWritten(CompiledDataCompression compression)
    {
        var bytes = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, bytes, compression);

        var read = AlphabeticIndex.FromMemory(bytes.ToArray(), "neoplasm.mcd");

        IndexComparer.FindDifference(IndexData.Neoplasms, read).Should().BeNull();
    }

    [Fact]
    public void FromMemory_Truncated_ThrowsTruncatedNamingTheFile()
    {
        var bytes = CompiledBytes.Read(IndexData.OpenCompiledFile("icd10cm-neoplasm-2023.mcd"));

        var act = () => AlphabeticIndex.FromMemory(bytes.AsMemory(0, bytes.Length - 1), "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Truncated).WithMessage("neoplasm.mcd is truncated*");
    }

    [Fact]
    public void FromMemory_OneByteChanged_ThrowsChecksumMismatch()
    {
        var bytes = CompiledBytes.Read(IndexData.OpenCompiledFile("icd10cm-neoplasm-2023.mcd"));
        bytes[bytes.Length / 2] ^= 0x5A;

        var act = () => AlphabeticIndex.FromMemory(bytes, "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.ChecksumMismatch).WithMessage("neoplasm.mcd is corrupted*");
    }

    [Fact]
    public void FromMemory_BytesAfterTheData_ThrowsMalformed()
    {
        var bytes = CompiledBytes.Read(IndexData.OpenCompiledFile("icd10cm-neoplasm-2023.mcd"));

        var act = () => AlphabeticIndex.FromMemory(bytes.Append((byte)0).ToArray(), "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed).WithMessage("*bytes follow*");
    }

    [Fact]
    public void OpenCompiledMemory_EmbeddedResource_IsReadInPlaceNotCopied()
    {
        var memory = IndexData.OpenCompiledMemory("icd10cm-index-2017.mcd");

        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(memory, out _).Should().BeFalse("the resource's own memory, not an array copy");
        memory.Span.SequenceEqual(CompiledBytes.Read(IndexData.OpenCompiledFile("icd10cm-index-2017.mcd"))).Should().BeTrue();
    }

    [Fact]
    public void FromMemory_SearchSegmentOutOfOrder_ThrowsMalformedNamingTheFile()
    {
        var bytes = WithSearchSegment(IndexData.Neoplasms, segment => Rebuilt(segment, documentStarts: Swapped(segment.DocumentStarts, 1, 2)));

        var act = () => AlphabeticIndex.FromMemory(bytes, "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().WithMessage("neoplasm.mcd is malformed: the search segment's document * out of order*");
    }

    [Fact]
    public void FromMemory_SearchDocumentWithAWordPastTheVocabulary_ThrowsMalformed()
    {
        var bytes = WithSearchSegment(IndexData.Neoplasms, segment => Rebuilt(segment, tokens: Replaced(segment.Tokens, 0, [0xFF, 0xFF, 0x03])));

        var act = () => AlphabeticIndex.FromMemory(bytes, "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().WithMessage("neoplasm.mcd is malformed: search document 0 holds a word that is cut short or past the segment's * words.");
    }

    [Fact]
    public void FromMemory_PostingPastTheDocuments_ThrowsMalformed()
    {
        var bytes = WithSearchSegment(IndexData.Neoplasms, segment => Rebuilt(segment, postings: Replaced(segment.Postings, 0, [0xFF, 0xFF, 0xFF, 0x07])));

        var act = () => AlphabeticIndex.FromMemory(bytes, "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().WithMessage("neoplasm.mcd is malformed: the postings of search word 0 are cut short or run past the segment's * documents.");
    }

    [Fact]
    public void FromMemory_SearchDocumentOfATermPastTheTable_ThrowsMalformed()
    {
        var index = IndexData.Neoplasms;
        var record = new byte[12];
        BitConverter.TryWriteBytes(record, index.TermCount);
        var bytes = WithSearchSegment(index, segment => Rebuilt(segment, records: Replaced(segment.Records, 0, record)));

        var act = () => AlphabeticIndex.FromMemory(bytes, "neoplasm.mcd");

        act.Should().Throw<CompiledDataException>().WithMessage("neoplasm.mcd is malformed: search document 0 names a term, string, column or cross-reference the index does not have.");
    }

    [Fact]
    public void FromStream_SearchSegmentOfAnotherVersionOfTheRules_IsBuiltAgain()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        var search = fields.Single(f => f.Id == 6);
        fields[fields.IndexOf(search)] = (6, [(byte)(SearchText.Version + 1), 0, .. Enumerable.Repeat((byte)0, 100)]);

        var read = AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        IndexComparer.FindDifference(IndexData.Neoplasms, read).Should().BeNull();
    }

    [Fact]
    public void FromStream_SearchSegmentGivenTwice_ThrowsMalformed()
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(IndexData.Neoplasms, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        fields.Add(fields.Single(f => f.Id == 6));

        var act = () => AlphabeticIndex.FromStream(CompiledBytes.Write(fields, CompiledDataCompression.None));

        act.Should().Throw<CompiledDataException>().WithMessage("*field 6 appears twice*");
    }

    /// <summary>The compiled bytes of an index (uncompressed) whose search segment is changed.</summary>
    private static byte[] WithSearchSegment(AlphabeticIndex index, Func<SearchSegment, SearchSegment> change)
    {
        var uncompressed = new MemoryStream();
        IndexFormat.Write(index, uncompressed, CompiledDataCompression.None);
        var fields = CompiledBytes.Fields(uncompressed.ToArray());
        var search = fields.Single(f => f.Id == 6);
        var body = new PayloadWriter();
        SearchSegmentFormat.Write(change(index.SearchSegment), body);
        fields[fields.IndexOf(search)] = (6, body.WrittenSpan.ToArray());
        return CompiledBytes.Write(fields, CompiledDataCompression.None).ToArray();
    }

    private static SearchSegment Rebuilt(
        SearchSegment s,
        ReadOnlyMemory<byte>? documentStarts = null,
        ReadOnlyMemory<byte>? tokens = null,
        ReadOnlyMemory<byte>? postings = null,
        ReadOnlyMemory<byte>? records = null) =>
        new(s.Words, s.Frequency, s.DocumentCount, s.TokenCount, s.PostingCount, s.TotalLength2, s.RecordWidth, s.Synonyms, documentStarts ?? s.DocumentStarts, tokens ?? s.Tokens, s.PostingStarts, postings ?? s.Postings, records ?? s.Records);

    private static ReadOnlyMemory<byte> Swapped(ReadOnlyMemory<byte> block, int i, int j)
    {
        var bytes = block.ToArray();
        var a = bytes.AsSpan(i * 4, 4).ToArray();
        bytes.AsSpan(j * 4, 4).CopyTo(bytes.AsSpan(i * 4, 4));
        a.CopyTo(bytes.AsSpan(j * 4, 4));
        return bytes;
    }

    private static ReadOnlyMemory<byte> Replaced(ReadOnlyMemory<byte> block, int at, byte[] with)
    {
        var bytes = block.ToArray();
        with.CopyTo(bytes.AsSpan(at));
        return bytes;
    }
}
