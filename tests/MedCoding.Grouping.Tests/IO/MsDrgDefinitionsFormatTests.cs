using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Grouping.IO;

namespace MedCoding.Grouping.Tests.IO;

/// <summary>The compiled MS-DRG tables: identical to the official files' tables, deterministic, and refused when damaged.</summary>
[Collection(MsDrgCollection.Name)]
public class MsDrgDefinitionsFormatTests(MsDrgGrouperFixture fixture)
{
    [Theory]
    [InlineData("43.0")]
    [InlineData("43.1")]
    public void FromStream_EachVersion_TableByTableAndRowByRowTheTablesOfTheOfficialFiles(string version)
    {
        var (official, compiled) = version == "43.0" ? (fixture.V430, fixture.CompiledV430) : (fixture.V431, fixture.CompiledV431);

        MsDrgDefinitionsComparer.FindDifference(official, compiled).Should().BeNull();
        compiled.Release.Should().Be(official.Release);
        compiled.Release.Name.Should().Be(official.Release.Name);
        compiled.Release.EffectiveFrom.Should().Be(official.Release.EffectiveFrom);
        compiled.Release.EffectiveThrough.Should().Be(official.Release.EffectiveThrough);
        (compiled.DiagnosisCount, compiled.ProcedureCount, compiled.FormulaCount).Should().Be((official.DiagnosisCount, official.ProcedureCount, official.FormulaCount));
    }

    [Fact]
    public void FindDifference_V430AgainstV431_NamesTheFirstDifference()
    {
        // They differ first in the release, then (same release given) in the procedure table: 80 codes added, 2 removed.
        MsDrgDefinitionsComparer.FindDifference(fixture.V430, fixture.V431).Should().StartWith("the release is MS-DRG v43.1");
        MsDrgDefinitionsComparer.FindDifference(fixture.V430, fixture.CompiledV430).Should().BeNull();
    }

    [Fact]
    public void WriteTo_SameTables_SameBytesEveryTime()
    {
        Compile(fixture.V431).Should().Equal(fixture.CompiledV431Bytes);
        Compile(fixture.CompiledV431).Should().Equal(fixture.CompiledV431Bytes, "tables read back write the bytes they were read from");
        Compile(MsDrgDefinitions.Load(Path.Combine(fixture.Folder, "v431"))).Should().Equal(fixture.CompiledV431Bytes, "the same files give the same bytes");
    }

    [Fact]
    public void FromFile_WrittenFile_SameTables()
    {
        var path = Path.Combine(Path.GetTempPath(), $"msdrg-{Guid.NewGuid():N}.mcd");
        try
        {
            File.WriteAllBytes(path, fixture.CompiledV430Bytes);

            MsDrgDefinitionsComparer.FindDifference(fixture.V430, MsDrgDefinitions.FromFile(path)).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromStream_Sizes_SmallerThanTheTables()
    {
        // The v43.1 TSV tables are 9.1 MB (pr 3.9, dx 2.8, cc_exclusions 1.9 ...).
        fixture.CompiledV431Bytes.Length.Should().BeLessThan(1_500_000);
        Fields(fixture.CompiledV431Bytes).Select(f => f.Id).Should().Equal(Enumerable.Range(1, 13), "the fields are written in id order");
        Wrap(Fields(fixture.CompiledV431Bytes)).Should().Equal(fixture.CompiledV431Bytes, "the test's own re-wrapping is faithful");
    }

    [Theory]
    [InlineData(0)]    // empty
    [InlineData(3)]    // part of the magic
    [InlineData(20)]   // part of the header
    [InlineData(28)]   // the header alone
    [InlineData(1000)] // part of the payload
    [InlineData(-1)]   // all but the last byte
    public void FromStream_Truncated_ThrowsTruncated(int length)
    {
        var bytes = fixture.CompiledV431Bytes[..(length < 0 ? fixture.CompiledV431Bytes.Length + length : length)];

        Read(bytes).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Truncated);
    }

    [Fact]
    public void FromStream_AByteChanged_ThrowsChecksumMismatch()
    {
        var bytes = (byte[])fixture.CompiledV431Bytes.Clone();
        bytes[CompiledDataFormat.HeaderLength + 5000] ^= 0x20;

        Read(bytes).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.ChecksumMismatch);
    }

    [Fact]
    public void FromStream_NewerFormatVersion_ThrowsUnsupportedVersion()
    {
        var bytes = (byte[])fixture.CompiledV431Bytes.Clone();
        bytes[4] = CompiledDataFormat.CurrentVersion + 1;

        Read(bytes).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.UnsupportedVersion)
            .Which.Message.Should().Contain("update the MedCoding packages");
    }

    [Fact]
    public void FromStream_NotACompiledFile_ThrowsWrongMagic()
    {
        var tsv = File.ReadAllBytes(Path.Combine(fixture.Folder, "v431", "mdcs.tsv"));

        Read(tsv).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.WrongMagic);
    }

    [Fact]
    public void FromStream_CompiledDataOfAnotherCodeSystem_ThrowsMalformedNamingIt()
    {
        var fields = Fields(fixture.CompiledV431Bytes);
        fields[0].Body[0] = (byte)CodeSystem.Icd10Cm;

        Read(Wrap(fields)).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed)
            .Which.Message.Should().Contain("holds ICD-10-CM data, not MS-DRG tables");
    }

    [Fact]
    public void FromStream_FieldGivenTwiceWithChecksumRecomputed_ThrowsMalformed()
    {
        // A forged file: the second copy of a field would silently replace the first.
        var fields = Fields(fixture.CompiledV431Bytes);
        fields.Add(fields[3]);

        Read(Wrap(fields)).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed)
            .Which.Message.Should().Contain($"field {fields[3].Id} appears twice");
    }

    [Fact]
    public void FromStream_BytesAfterTheData_ThrowsMalformed()
    {
        var bytes = (byte[])[.. fixture.CompiledV431Bytes, 0];

        Read(bytes).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed)
            .Which.Message.Should().Contain("bytes follow the");
    }

    [Fact]
    public void FromStream_UnknownFieldOfALaterWriter_Skipped()
    {
        var fields = Fields(fixture.CompiledV431Bytes);
        fields.Insert(5, (99, [1, 2, 3]));
        fields.Add((100, []));

        MsDrgDefinitionsComparer.FindDifference(fixture.V431, MsDrgDefinitions.FromStream(new MemoryStream(Wrap(fields)))).Should().BeNull();
    }

    [Theory]
    [InlineData(6, "diagnoses")]
    [InlineData(11, "formulas")]
    [InlineData(13, "discharge statuses")]
    public void FromStream_RequiredFieldMissing_ThrowsMalformedNamingIt(int id, string name)
    {
        var fields = Fields(fixture.CompiledV431Bytes).Where(f => f.Id != id).ToList();

        Read(Wrap(fields)).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed)
            .Which.Message.Should().Contain(name);
    }

    [Fact]
    public void FromStream_FieldCutShort_ThrowsMalformed()
    {
        var fields = Fields(fixture.CompiledV431Bytes);
        var diagnoses = fields.FindIndex(f => f.Id == 6);
        fields[diagnoses] = (6, fields[diagnoses].Body[..^40]);

        Read(Wrap(fields)).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed);
    }

    [Fact]
    public void FromStream_DrgNumberOutOfRange_ThrowsMalformed()
    {
        // The DRGs field: count (varint), then DRG 1 as a varint: make it 1000 (0xE8 0x07), past the last DRG 999.
        var fields = Fields(fixture.CompiledV431Bytes);
        var drgs = fields.FindIndex(f => f.Id == 9);
        var body = fields[drgs].Body;
        fields[drgs] = (9, [body[0], body[1], 0xE8, 0x07, .. body[3..]]);

        Read(Wrap(fields)).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed)
            .Which.Message.Should().Contain("DRG");
    }

    [Fact]
    public void FromStream_ExclusionOfADiagnosisRowPastTheTable_ThrowsMalformed()
    {
        // The CC exclusions field: id count and row count (varints), then list 0 (empty: 0), then list 1: its count and
        // its first row. Make that row 2^21 - 1.
        var fields = Fields(fixture.CompiledV431Bytes);
        var exclusions = fields.FindIndex(f => f.Id == 8);
        var body = fields[exclusions].Body;
        var idCountLength = Array.FindIndex(body, b => b < 0x80) + 1;
        var countsLength = Array.FindIndex(body, idCountLength, b => b < 0x80) + 1;
        body[countsLength].Should().Be(0, "no list has id 0");
        var list1 = countsLength + 1;
        fields[exclusions] = (8, [.. body[..(list1 + 1)], 0xFF, 0xFF, 0x7F, .. body[(list1 + 2)..]]);

        Read(Wrap(fields)).Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed)
            .Which.Message.Should().Contain("diagnosis row out of range");
    }

    private static Func<MsDrgDefinitions> Read(byte[] bytes) => () => MsDrgDefinitions.FromStream(new MemoryStream(bytes));

    private static byte[] Compile(MsDrgDefinitions definitions)
    {
        var stream = new MemoryStream();
        definitions.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>Returns the fields of a compiled file, in order.</summary>
    private static List<(int Id, byte[] Body)> Fields(byte[] file)
    {
        using var payload = CompiledDataFormat.OpenPayload(new MemoryStream(file), "test");
        var fields = new List<(int, byte[])>();
        while (!payload.AtEnd)
        {
            var id = payload.ReadVarInt();
            fields.Add((id, payload.ReadBody(payload.ReadVarInt())));
        }

        return fields;
    }

    /// <summary>Returns a compiled file of fields, with a valid envelope and checksum.</summary>
    private static byte[] Wrap(IEnumerable<(int Id, byte[] Body)> fields)
    {
        var payload = new PayloadWriter();
        foreach (var (id, body) in fields)
        {
            var field = new PayloadWriter(body.Length + 1);
            foreach (var b in body)
            {
                field.WriteByte(b);
            }

            payload.WriteField(id, field);
        }

        var stream = new MemoryStream();
        CompiledDataFormat.Write(stream, payload.WrittenSpan, CompiledDataCompression.Deflate);
        return stream.ToArray();
    }
}
