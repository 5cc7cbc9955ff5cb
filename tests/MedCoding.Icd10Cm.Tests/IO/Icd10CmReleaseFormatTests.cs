using MedCoding.CodeSets.IO;
using System.Buffers.Binary;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.IO;

namespace MedCoding.Icd10Cm.Tests.IO;

/// <summary>The compiled format on small releases: round trip, determinism, and every way a file can be bad.</summary>
public sealed class Icd10CmReleaseFormatTests
{
    [Fact]
    public void WriteTo_ThenFromStream_GivesAnIdenticalRelease()
    {
        var release = SampleRelease();

        var loaded = Icd10CmRelease.FromStream(new MemoryStream(Compile(release)));

        Icd10CmReleaseComparer.FindDifference(release, loaded).Should().BeNull();
        loaded.HasTabularList.Should().BeTrue();
        loaded.VersionId.Should().Be("ICD-10-CM FY2021 (format 1)");
        release.VersionId.Should().Be("ICD-10-CM FY2021 (official files)");
        loaded.Find("S00.00XA")!.Title.Should().Be("Superficial injury of unspecified part of head, initial encounter");
        loaded.GetSeventhCharacters(loaded.Find("S00.00XA")!, out var definedAt).Select(s => s.Character).Should().Equal('A', 'D', 'S');
        definedAt!.Name.Should().Be("S00");
        loaded.GetSeventhCharacters(loaded.Find("S00")!, out _)[1].Notes.Should().Equal("subsequent care");
        loaded.GetInheritedNotes(loaded.Find("S00.00XA")!).Select(n => n.Note).Should().Contain(new Note(NoteKind.Excludes1, "burns (T20-T32)"));
    }

    [Fact]
    public void FromStream_TitlesReadFromManyThreadsAtOnce_AreAllTheSame()
    {
        // Titles are inflated on first use: whichever thread comes first, every thread sees every title whole.
        var release = SampleRelease();
        for (var round = 0; round < 20; round++)
        {
            var loaded = Icd10CmRelease.FromStream(new MemoryStream(Compile(release)));
            var titles = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.For(0, 8, i =>
            {
                foreach (var entry in loaded.Entries)
                {
                    titles.Add($"{entry.Name}|{entry.Title}|{entry.ShortTitle}");
                }
            });

            titles.Distinct().Should().BeEquivalentTo(release.Entries.Select(e => $"{e.Name}|{e.Title}|{e.ShortTitle}"));
        }
    }

    [Fact]
    public void WriteTo_SameReleaseTwice_GivesTheSameBytes()
    {
        Compile(SampleRelease()).Should().Equal(Compile(SampleRelease()));
    }

    [Theory]
    [InlineData(0)] // CompiledDataCompression.None: stored as is, the fastest to load
    [InlineData(1)] // CompiledDataCompression.Deflate: the default, 7 times smaller
    public void Write_EitherCompression_ReadsBack(int compressionId)
    {
        var compression = (CompiledDataCompression)compressionId;
        var release = SampleRelease();
        var stream = new MemoryStream();
        Icd10CmReleaseFormat.Write(release, stream, compression);
        stream.Position = 0;

        Icd10CmReleaseComparer.FindDifference(release, Icd10CmRelease.FromStream(stream)).Should().BeNull();
        stream.ToArray()[8].Should().Be((byte)compression);
    }

    [Theory]
    [InlineData(0)] // empty
    [InlineData(3)] // inside the magic
    [InlineData(20)] // inside the header
    [InlineData(CompiledDataFormat.HeaderLength + 1)] // the payload cut short
    [InlineData(-1)] // the last byte missing
    public void FromStream_Truncated_ThrowsTruncated(int length)
    {
        var bytes = Compile(SampleRelease());
        var cut = bytes[..(length < 0 ? bytes.Length + length : length)];

        var act = () => Icd10CmRelease.FromStream(new MemoryStream(cut));

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Truncated).WithMessage("*truncated*");
    }

    [Theory]
    [InlineData(CompiledDataFormat.HeaderLength)] // the first payload byte
    [InlineData(-1)] // the last byte
    [InlineData(21)] // the checksum itself
    public void FromStream_OneByteChanged_ThrowsChecksumMismatch(int offset)
    {
        var bytes = Compile(SampleRelease());
        bytes[offset < 0 ? bytes.Length + offset : offset] ^= 0x40;

        var act = () => Icd10CmRelease.FromStream(new MemoryStream(bytes));

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.ChecksumMismatch)
            .WithMessage("*corrupted*checksum*");
    }

    [Fact]
    public void FromStream_NotACompiledFile_ThrowsWrongMagic()
    {
        var bytes = "00001 A00     0 Cholera"u8.ToArray();

        var act = () => Icd10CmRelease.FromStream(new MemoryStream(bytes));

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.WrongMagic)
            .WithMessage("*not a MedCoding compiled data file*MCDF*");
    }

    [Theory]
    [InlineData(2)] // a newer format: update the package
    [InlineData(0)] // never written
    public void FromStream_OtherFormatVersion_ThrowsUnsupportedVersion(int version)
    {
        var bytes = Compile(SampleRelease());
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), version);

        var act = () => Icd10CmRelease.FromStream(new MemoryStream(bytes));

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.UnsupportedVersion)
            .WithMessage($"*format version {version}*reads version 1*");
    }

    [Fact]
    public void FromStream_UnknownField_IsSkipped()
    {
        // A later writer adds field 99; this reader must skip it and load the rest.
        var release = SampleRelease();
        var stream = new MemoryStream();
        Icd10CmReleaseFormat.Write(release, stream, CompiledDataCompression.None);
        var payload = stream.ToArray()[CompiledDataFormat.HeaderLength..];
        var extra = new PayloadWriter();
        var body = new PayloadWriter();
        body.WriteString("a field from the future");
        extra.WriteField(99, body);
        var withExtra = new MemoryStream();
        CompiledDataFormat.Write(withExtra, [.. extra.WrittenSpan, .. payload], CompiledDataCompression.Deflate);
        withExtra.Position = 0;

        Icd10CmReleaseComparer.FindDifference(release, Icd10CmRelease.FromStream(withExtra)).Should().BeNull();
    }

    [Fact]
    public void FromStream_ChecksumValidButNoEntries_ThrowsMalformed()
    {
        var payload = new PayloadWriter();
        var body = new PayloadWriter();
        body.WriteVarInt(0);
        payload.WriteField((int)FieldId.StringPool, body);
        var stream = new MemoryStream();
        CompiledDataFormat.Write(stream, payload.WrittenSpan, CompiledDataCompression.None);
        stream.Position = 0;

        var act = () => Icd10CmRelease.FromStream(stream);

        act.Should().Throw<CompiledDataException>().Where(e => e.Problem == CompiledDataProblem.Malformed).WithMessage("*lacks the release field*");
    }

    [Fact]
    public void FromFile_MissingFile_ThrowsFileNotFound()
    {
        var act = () => Icd10CmRelease.FromFile(Path.Combine(Path.GetTempPath(), "no-such-release.mcd"));

        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void FromFile_CorruptedFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-{Guid.NewGuid():N}.mcd");
        var bytes = Compile(SampleRelease());
        bytes[^2] ^= 1;
        File.WriteAllBytes(path, bytes);
        try
        {
            var act = () => Icd10CmRelease.FromFile(path);

            act.Should().Throw<CompiledDataException>().WithMessage($"*{path}*corrupted*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static byte[] Compile(Icd10CmRelease release)
    {
        var stream = new MemoryStream();
        release.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>A release with a chapter, a block, notes, 7th characters with notes, and an extension.</summary>
    internal static Icd10CmRelease SampleRelease()
    {
        var entries = new[]
        {
            new CodeEntry("19", EntryKind.Chapter, false, "Injury, poisoning and certain other consequences of external causes (S00-T88)", "Injury, poisoning and certain other consequences of external causes (S00-T88)", 0),
            new CodeEntry("S00-S09", EntryKind.Block, false, "Injuries to the head (S00-S09)", "Injuries to the head (S00-S09)", 1),
            new CodeEntry("S00", EntryKind.Category, false, "Superficial injury of head", "Superficial injury of head", 2),
            new CodeEntry("S00.0", EntryKind.Subcategory, false, "Superficial injury of scalp", "Superficial injury of scalp", 3),
            new CodeEntry("S00.00", EntryKind.Subcategory, false, "Unspecified superficial injury of scalp", "Unsp superficial injury of scalp", 4),
            new CodeEntry("S00.00XA", EntryKind.Extension, true, "Superficial injury of unspecified part of head, initial encounter", "Superficial injury of unsp part of head, init encntr", 5),
            new CodeEntry("S00.00XD", EntryKind.Extension, true, "Superficial injury of unspecified part of head, subsequent encounter", "Superficial injury of unsp part of head, subs", 6),
        };
        var notes = new[]
        {
            new InstructionalNotes([new Note(NoteKind.Note, "Use secondary code(s) from Chapter 20 — “external causes”")]),
            InstructionalNotes.Empty,
            new InstructionalNotes(
                [new Note(NoteKind.Excludes1, "burns (T20-T32)"), new Note(NoteKind.SevenCharacterNote, "The appropriate 7th character is to be added")],
                [new SeventhCharacter('A', "initial encounter"), new SeventhCharacter('D', "subsequent encounter", ["subsequent care"]), new SeventhCharacter('S', "sequela")]),
            InstructionalNotes.Empty,
            new InstructionalNotes([new Note(NoteKind.InclusionTerm, "Injury of scalp NOS")]),
            InstructionalNotes.Empty,
            InstructionalNotes.Empty,
        };
        return new Icd10CmRelease(Release.ForFiscalYear(CodeSystem.Icd10Cm, 2021), hasTabularList: true, entries, [-1, 0, 1, 2, 3, 4, 4], notes);
    }
}
