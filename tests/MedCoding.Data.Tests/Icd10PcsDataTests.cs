using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;
using MedCoding.Icd10Pcs.IO;
using MedCoding.Testing;

namespace MedCoding.Data.Tests;

/// <summary>The ICD-10-PCS releases embedded in MedCoding.Data.Icd10Pcs against the official files they were compiled from.</summary>
public sealed class Icd10PcsDataTests
{
    public static TheoryData<string, string, string, int, int> EmbeddedReleases => new()
    {
        { "icd10pcs-2025.mcd", "2025", "ICD-10-PCS FY2025 (2024-10-01 to 2025-09-30)", 78_948, 908 },
        { "icd10pcs-2026.mcd", "2026", "ICD-10-PCS FY2026 (2025-10-01 to 2026-09-30)", 79_115, 914 },
    };

    [Theory]
    [MemberData(nameof(EmbeddedReleases))]
    public void OpenCompiledFile_EachRelease_IsIdenticalToTheReleaseReadFromTheOfficialFiles(string fileName, string folder, string release, int codes, int tables)
    {
        var fromFiles = PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", folder));
        using var stream = Icd10PcsData.OpenCompiledFile(fileName);

        var embedded = PcsRelease.FromStream(stream);

        embedded.Release.ToString().Should().Be(release);
        (embedded.CodeCount, embedded.TableCount).Should().Be((codes, tables));
        (embedded.HasOrderFile, embedded.Tables is null, embedded.Definitions is null).Should().Be((true, false, false));
        var differences = new List<string>();

        // Entry by entry: name, kind, billable flag, both titles, position.
        embedded.Entries.Should().HaveCount(fromFiles.Entries.Count);
        for (var i = 0; i < fromFiles.Entries.Count; i++)
        {
            var expected = fromFiles.Entries[i];
            var actual = embedded.Entries[i];
            if ((actual.Name, actual.Kind, actual.IsBillable, actual.Title, actual.ShortTitle, actual.Ordinal) != (expected.Name, expected.Kind, expected.IsBillable, expected.Title, expected.ShortTitle, expected.Ordinal))
            {
                differences.Add($"entry {i}: {actual} differs from {expected}");
            }
        }

        // Table by table, row by row: every axis value with its position, axis title, character, label and definition.
        embedded.Tables!.Tables.Should().HaveCount(tables);
        for (var t = 0; t < tables; t++)
        {
            var expected = fromFiles.Tables!.Tables[t];
            var actual = embedded.Tables.Tables[t];
            if ((actual.Prefix, actual.Section, actual.BodySystem, actual.RootOperation, actual.LineNumber, actual.Rows.Count) != (expected.Prefix, expected.Section, expected.BodySystem, expected.RootOperation, expected.LineNumber, expected.Rows.Count))
            {
                differences.Add($"table {t}: {actual} differs from {expected}");
                continue;
            }

            for (var r = 0; r < expected.Rows.Count; r++)
            {
                for (var axis = PcsAxis.BodyPart; axis <= PcsAxis.Qualifier; axis++)
                {
                    if (!actual.Rows[r].GetValues(axis).SequenceEqual(expected.Rows[r].GetValues(axis)) || actual.Rows[r].LineNumber != expected.Rows[r].LineNumber)
                    {
                        differences.Add($"table {expected.Prefix} row {r} position {(int)axis} differs");
                    }
                }
            }
        }

        // Definition by definition, and the Device Aggregation table.
        embedded.Definitions!.Definitions.Select(PcsReleaseComparer.Describe).Should().Equal(fromFiles.Definitions!.Definitions.Select(PcsReleaseComparer.Describe));
        embedded.Definitions.DeviceAggregates.Select(a => a.ToString()).Should().Equal(fromFiles.Definitions.DeviceAggregates.Select(a => a.ToString()));

        differences.Should().BeEmpty();
        PcsReleaseComparer.FindDifference(fromFiles, embedded).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(EmbeddedReleases))]
    public void OpenCompiledFile_EachRelease_HasTheSameBytesAsCompilingTheFilesAgain(string fileName, string folder, string release, int codes, int tables)
    {
        using var stream = Icd10PcsData.OpenCompiledFile(fileName);
        var embedded = new MemoryStream();
        stream.CopyTo(embedded);
        var first = new MemoryStream();
        var second = new MemoryStream();

        PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", folder)).WriteTo(first);
        PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", folder)).WriteTo(second);

        first.ToArray().Should().Equal(second.ToArray(), "the same inputs always give the same bytes");
        embedded.ToArray().Should().Equal(first.ToArray(), $"the build's {fileName} ({release}, {codes} codes in {tables} tables) is what the compiler gives");
    }

    [Fact]
    public void Default_Schedule_Fy2025ThenFy2026()
    {
        Icd10PcsData.Default.System.Should().Be(CodeSystem.Icd10Pcs);
        Icd10PcsData.Releases.Select(r => r.ToString()).Should().Equal(
            "ICD-10-PCS FY2025 (2024-10-01 to 2025-09-30)",
            "ICD-10-PCS FY2026 (2025-10-01 to 2026-09-30)");
    }

    [Theory]
    [InlineData("2024-10-01", "2025")] // FY2025's first day
    [InlineData("2025-09-30", "2025")] // FY2025's last day
    [InlineData("2025-10-01", "2026")] // FY2026's first day
    [InlineData("2026-09-30", "2026")] // FY2026's last day
    public void Default_GetInForceOn_ReturnsTheReleaseInForce(string date, string version)
    {
        Icd10PcsData.Default.GetInForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Release.Version.Should().Be(version);
    }

    [Theory]
    [InlineData("2015-10-01")] // ICD-10-PCS's first year: no release embedded
    [InlineData("2024-09-30")] // the day before FY2025
    [InlineData("2026-10-01")] // the day after FY2026
    public void Default_GetInForceOn_DateWithoutRelease_ThrowsNoReleaseInForce(string date)
    {
        var act = () => Icd10PcsData.Default.GetInForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        act.Should().Throw<NoReleaseInForceException>();
    }

    [Fact]
    public void Newest_IsFy2026_ReadyToDecodeWithDefinitions()
    {
        var newest = Icd10PcsData.Newest;

        newest.Should().BeSameAs(Icd10PcsData.Default.Newest);
        newest.VersionId.Should().Be("ICD-10-PCS FY2026 (format 1)");
        newest.Find("0DT70ZZ")!.Title.Should().Be("Resection of Stomach, Pylorus, Open Approach");
        var decoded = newest.Decode(PcsCode.Parse("0DT70ZZ"))!;
        decoded.Description.Should().Be("Medical and Surgical, Gastrointestinal System, Resection: Stomach, Pylorus, Open, No Device, No Qualifier");
        decoded.GetDefinition(PcsAxis.RootOperation)!.Definition.Should().Be("Cutting out or off, without replacement, all of a body part");
        decoded.GetDefinition(PcsAxis.BodyPart)!.Includes.Should().Contain("Pyloric sphincter");
    }

    [Fact]
    public void FromStream_IcdTenCmCompiledFile_ThrowsMalformed()
    {
        using var stream = Icd10CmData.OpenCompiledFile("icd10cm-2026.mcd");

        var act = () => PcsRelease.FromStream(stream);

        act.Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.Malformed);
    }

    [Fact]
    public void FromStream_DamagedEmbeddedFile_ThrowsCompiledDataException()
    {
        using var stream = Icd10PcsData.OpenCompiledFile("icd10pcs-2026.mcd");
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var corrupted = bytes.ToArray();
        corrupted[corrupted.Length / 2] ^= 0x01;

        ((Action)(() => PcsRelease.FromStream(new MemoryStream(corrupted)))).Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.ChecksumMismatch);
        ((Action)(() => PcsRelease.FromStream(new MemoryStream(corrupted[..1000])))).Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.Truncated);
    }

    [Fact]
    public void FromFile_WhatTheCompilerWrote_IsTheEmbeddedRelease()
    {
        var path = Path.Combine(Path.GetTempPath(), $"icd10pcs-{Guid.NewGuid():N}.mcd");
        try
        {
            using (var file = File.Create(path))
            using (var stream = Icd10PcsData.OpenCompiledFile("icd10pcs-2025.mcd"))
            {
                stream.CopyTo(file);
            }

            var release = PcsRelease.FromFile(path);

            PcsReleaseComparer.FindDifference(Icd10PcsData.Default.Load(Icd10PcsData.Releases[0]), release).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void OpenCompiledFile_Unknown_ThrowsListingTheEmbedded()
    {
        var act = () => Icd10PcsData.OpenCompiledFile("icd10pcs-2020.mcd");

        act.Should().Throw<FileNotFoundException>().WithMessage("*icd10pcs-2020.mcd*icd10pcs-2025.mcd, icd10pcs-2026.mcd*");
    }
}
