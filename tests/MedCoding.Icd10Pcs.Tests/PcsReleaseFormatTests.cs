using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Icd10Pcs.IO;
using MedCoding.Testing;

namespace MedCoding.Icd10Pcs.Tests;

/// <summary>The compiled format of an ICD-10-PCS release: written, read back identical, and damaged input refused.</summary>
[Collection(PcsDataCollection.Name)]
public sealed class PcsReleaseFormatTests(PcsData data)
{
    [Theory]
    [InlineData(2026)] // FY2026: order file, Tables XML and Definitions XML
    [InlineData(2025)] // FY2025: the same three files
    public void FromStream_WhatWriteToWrote_IsIdenticalEntryByEntryTableByTableDefinitionByDefinition(int year)
    {
        var fromFiles = data.Release(year);

        var compiled = PcsRelease.FromStream(Compile(fromFiles));

        PcsReleaseComparer.FindDifference(fromFiles, compiled).Should().BeNull();
        compiled.VersionId.Should().Be($"ICD-10-PCS FY{year} (format 1)");
        fromFiles.VersionId.Should().Be($"ICD-10-PCS FY{year} (official files)");
        compiled.Tables!.SourcePath.Should().Be($"icd10pcs_tables_{year}.xml");
        compiled.Definitions!.SourcePath.Should().Be($"icd10pcs_definitions_{year}.xml");
    }

    [Fact]
    public void FromStream_TablesOnlyRelease_IsIdenticalToTheOneBuiltFromTheTables()
    {
        var fromFiles = PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2020"));

        var compiled = PcsRelease.FromStream(Compile(fromFiles));

        PcsReleaseComparer.FindDifference(fromFiles, compiled).Should().BeNull();
        compiled.HasOrderFile.Should().BeFalse();
        compiled.Definitions.Should().BeNull();
        compiled.Limitations.Should().Contain("Tables XML alone");
    }

    [Fact]
    public void FromStream_Fy2026_AnswersLookupsAndDecodesLikeTheFiles()
    {
        var fromFiles = data.Release2026;
        var compiled = PcsRelease.FromStream(Compile(fromFiles));

        compiled.Find("0dt70zz ")!.Title.Should().Be("Resection of Stomach, Pylorus, Open Approach");
        compiled.Find("0DT70ZZ").Should().BeSameAs(compiled.Find(PcsCode.Parse("0DT70ZZ")));
        compiled.FindTable(" 0dt")!.Kind.Should().Be(EntryKind.Table);
        compiled.Find("0DT70Z").Should().BeNull();
        compiled["0DT"].Title.Should().Be(fromFiles["0DT"].Title);
        var decoded = compiled.Decode(PcsCode.Parse("0DT70ZZ"))!;
        decoded.Description.Should().Be(fromFiles.Decode(PcsCode.Parse("0DT70ZZ"))!.Description);
        decoded.Definitions.Select(d => d?.ToString()).Should().Equal(fromFiles.Decode(PcsCode.Parse("0DT70ZZ"))!.Definitions.Select(d => d?.ToString()));
    }

    [Fact]
    public void WriteTo_SameReleaseTwice_GivesTheSameBytes()
    {
        var first = Compile(data.Release2026).ToArray();
        var second = Compile(PcsRelease.FromStream(new MemoryStream(first))).ToArray();

        second.Should().Equal(first, "a release read back writes the bytes it was read from");
    }

    [Fact]
    public void FromStream_TruncatedOrCorrupted_ThrowsCompiledDataException()
    {
        var bytes = Compile(data.Release2025).ToArray();
        var corrupted = (byte[])bytes.Clone();
        corrupted[^100] ^= 0x40;

        ((Action)(() => PcsRelease.FromStream(new MemoryStream(bytes[..(bytes.Length / 2)])))).Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.Truncated);
        ((Action)(() => PcsRelease.FromStream(new MemoryStream(corrupted)))).Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.ChecksumMismatch);
        ((Action)(() => PcsRelease.FromStream(new MemoryStream("not a compiled file"u8.ToArray())))).Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.WrongMagic);
    }

    public static TheoryData<string, string> MalformedPayloads => new()
    {
        { "release only", "lacks the entries field" }, // no entries
        { "another system", "not ICD-10-PCS" }, // an ICD-10-CM release field
        { "letter I", "not named by ICD-10-PCS characters" }, // a table named with a letter ICD-10-PCS never uses
        { "title out of range", "title 5 is not in the pool of 1" },
        { "duplicate code", "already been added" }, // two entries with one name
        { "tables without pool", "the tables come before the string pool" },
        { "flags without tables", "disagree on whether it has the tables" },
    };

    [Theory]
    [MemberData(nameof(MalformedPayloads))]
    public void FromStream_MalformedPayloadWithAValidChecksum_ThrowsMalformed(string payload, string problem)
    {
        var output = new MemoryStream();
        CompiledDataFormat.Write(output, Payload(payload), CompiledDataCompression.Deflate);
        output.Position = 0;

        var act = () => PcsRelease.FromStream(output);

        var error = act.Should().Throw<CompiledDataException>().Which;
        error.Problem.Should().Be(CompiledDataProblem.Malformed);
        error.Message.Should().Contain(problem);
    }

    [Fact]
    public void FromFile_Missing_ThrowsFileNotFound()
    {
        var act = () => PcsRelease.FromFile(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.mcd"));

        act.Should().Throw<FileNotFoundException>();
    }

    private static MemoryStream Compile(PcsRelease release)
    {
        var stream = new MemoryStream();
        release.WriteTo(stream);
        stream.Position = 0;
        return stream;
    }

    /// <summary>A payload in the field format with one thing wrong, under a valid checksum.</summary>
    private static byte[] Payload(string kind)
    {
        var release = new PayloadWriter();
        release.WriteVarInt(kind == "another system" ? (int)CodeSystem.Icd10Cm : (int)CodeSystem.Icd10Pcs);
        release.WriteString("2030");
        release.WriteString("ICD-10-PCS FY2030");
        release.WriteVarInt(new DateOnly(2029, 10, 1).DayNumber);
        release.WriteVarInt(new DateOnly(2030, 9, 30).DayNumber);
        release.WriteByte(kind == "flags without tables" ? (byte)0x03 : (byte)0x01);

        var entries = new PayloadWriter();
        var names = kind == "duplicate code" ? new[] { "001", "001" } : kind == "letter I" ? new[] { "00I" } : ["001"];
        entries.WriteVarInt(names.Length);
        entries.WriteVarInt(1);
        foreach (var name in names)
        {
            entries.WriteByte((byte)EntryKind.Table | 0x10);
            foreach (var c in name)
            {
                entries.WriteByte((byte)c);
            }

            entries.WriteVarInt(kind == "title out of range" ? 5 : 0);
        }

        var titles = new PayloadWriter();
        titles.WriteVarInt(1);
        titles.WriteString("Synthetic table");

        var payload = new PayloadWriter();
        payload.WriteField((int)PcsFieldId.Release, release);
        if (kind == "tables without pool")
        {
            payload.WriteField((int)PcsFieldId.Tables, new PayloadWriter());
        }
        else
        {
            var pool = new PayloadWriter();
            pool.WriteVarInt(0);
            payload.WriteField((int)PcsFieldId.StringPool, pool);
        }

        if (kind != "release only")
        {
            payload.WriteField((int)PcsFieldId.Entries, entries);
            payload.WriteField((int)PcsFieldId.Titles, titles);
        }

        return payload.WrittenSpan.ToArray();
    }
}
