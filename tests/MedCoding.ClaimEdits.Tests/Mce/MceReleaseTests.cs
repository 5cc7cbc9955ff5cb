using System.Globalization;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Mce.IO;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.ClaimEdits.Tests.Mce;

public sealed class MceReleaseTests
{
    private static MceRelease Mce => TestData.Mce431.Value;

    [Fact]
    public void LoadFolder_Mce431_IsInForceForFy2026()
    {
        Mce.Release.ToString().Should().Be("MCE v43.1 (2025-10-01 to 2026-09-30)");
        Mce.Release.System.Should().Be(CodeSystem.MedicareCodeEditor);
        Mce.TerminationDate.Should().Be(new DateOnly(2026, 9, 30));
        Mce.InfoValue("version").Should().Be("431");
        Mce.ListsEveryValidCode.Should().BeTrue();
        Mce.VersionId.Should().Be("MCE v43.1 (official files)");
        Mce.ToString().Should().Be("MCE v43.1 (2025-10-01 to 2026-09-30): 84,932 diagnosis rows, 86,809 procedure rows");
    }

    [Theory]
    [InlineData("mce_i10dx.tsv")]
    [InlineData("mce_i10sg.tsv")]
    public void LoadFolder_CodeTables_HoldEveryRowOfTheFileInOrder(string file)
    {
        // Read independently of the reader: code, start, end, flags on every line after the header.
        var expected = File.ReadAllLines(OfficialData.Path("msdrg", "v43", "mce", file)).Skip(1).Where(l => l.Length > 0).ToArray();
        var rows = file == "mce_i10dx.tsv" ? Mce.Diagnoses : Mce.Procedures;

        rows.Select(r => $"{r.Code}\t{r.EffectiveFrom:yyyyMMdd}\t{r.EffectiveThrough:yyyyMMdd}\t{r.Flags}").Should().Equal(expected);
    }

    [Fact]
    public void LoadFolder_SmallTables_HoldEveryRowOfTheirFiles()
    {
        string[] Lines(string file) => [.. File.ReadAllLines(OfficialData.Path("msdrg", "v43", "mce", file)).Skip(1).Where(l => l.Length > 0)];
        Mce.AgeGroups.Select(g => $"{g.Name}\t{g.Ages.Minimum}\t{g.Ages.Maximum}\t{g.EffectiveFrom:yyyyMMdd}\t{g.EffectiveThrough:yyyyMMdd}").Should().Equal(Lines("mce_age_ranges.tsv"));
        Mce.DischargeStatuses.Select(s => $"{s.Code}\t{s.EffectiveFrom:yyyyMMdd}\t{s.EffectiveThrough:yyyyMMdd}").Should().Equal(Lines("mce_discharge_status.tsv"));
        Mce.Edits.Select(e => $"{e.Name}\tcodeType={e.CodeType}; editType={e.EditType}; editCounterApplicability={e.CounterApplicability}").Should().Equal(Lines("mce_edits.tsv"));
        Mce.FlagAttributes.Select(a => $"{a.Name}\tflag={a.Flag}; codeType={a.CodeType}").Should().Equal(Lines("mce_flag_attributes.tsv"));
        Mce.Info.Select(p => $"{p.Key}\t{p.Value}").Should().Equal(Lines("mce_info.tsv"));
    }

    [Fact]
    public void AgeGroupsOn_Maternity_Is12To55UntilSeptember2019And9To64After()
    {
        Mce.AgeGroupsOn(new DateOnly(2019, 9, 30)).Single(g => g.Name == "Maternity").Ages.Should().Be(new AgeRange(12, 55));
        Mce.AgeGroupsOn(new DateOnly(2019, 10, 1)).Single(g => g.Name == "Maternity").Ages.Should().Be(new AgeRange(9, 64));
        Mce.AgeGroupsOn(new DateOnly(2025, 11, 3)).Select(g => $"{g.Flag} {g.Ages}").Should().BeEquivalentTo("adult 15-124", "maternity 9-64", "newborn 0", "pediatric 0-17");
    }

    [Fact]
    public void FindDiagnosis_FlagsFollowTheDate()
    {
        // N40.0 was male-only until CMS removed the sex edits on 2024-10-01; it stays an adult diagnosis.
        Mce.FindDiagnosis(Icd10CmCode.Parse("N40.0"), new DateOnly(2024, 9, 30))!.Value.Flags.Should().Equal("male", "adult");
        Mce.FindDiagnosis(Icd10CmCode.Parse("N40.0"), new DateOnly(2024, 10, 1))!.Value.Flags.Should().Equal("adult");
        // No ICD-10 code before 2015-10-01.
        Mce.FindDiagnosis(Icd10CmCode.Parse("N40.0"), new DateOnly(2015, 9, 30)).Should().BeNull();
        Mce.FindProcedure(" 0dv68dz ", new DateOnly(2025, 11, 3))!.Value.Flags.Should().Equal("noncovered");
    }

    [Fact]
    public void FindProcedure_CodeNewOnApril1_2026_IsNotValidBefore()
    {
        // An ICD-10-PCS code of the April 2026 update (its first row starts then): invalid for discharges up to 2026-03-31.
        var april = Mce.Procedures.GroupBy(r => r.Code).First(g => g.Min(r => r.EffectiveFrom) == new DateOnly(2026, 4, 1)).Single();
        Mce.FindProcedure(april.Code, new DateOnly(2026, 3, 31)).Should().BeNull();
        Mce.FindProcedure(april.Code, new DateOnly(2026, 4, 1)).Should().Be(april);
        // F07.81's flags change that day: unacceptable as principal diagnosis until 2026-03-31, not from 2026-04-01.
        Mce.FindDiagnosis(Icd10CmCode.Parse("F07.81"), new DateOnly(2026, 3, 31))!.Value.Flags.Should().Equal("unacceptable");
        Mce.FindDiagnosis(Icd10CmCode.Parse("F07.81"), new DateOnly(2026, 4, 1))!.Value.Flags.Should().BeEmpty();
    }

    [Theory]
    [InlineData("431", "43.1", "2025-10-01", "2026-09-30")] // as the MCE software writes it (mce_info.tsv)
    [InlineData("43.1", "43.1", "2025-10-01", "2026-09-30")]
    [InlineData("37", "37", "2019-10-01", "2020-09-30")] // the v37 simple lists: FY2020
    public void ReleaseForVersion_IsTheFiscalYear1983PlusTheMajorVersion(string version, string dotted, string from, string through)
    {
        var release = MceRelease.ReleaseForVersion(version);
        (release.Version, release.Name, release.EffectiveFrom, release.EffectiveThrough).Should().Be(
            (dotted, $"MCE v{dotted}", DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(through, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("4x1")]
    [InlineData("")]
    [InlineData("4311")]
    public void ReleaseForVersion_NotAVersion_Throws(string version)
    {
        var act = () => MceRelease.ReleaseForVersion(version);
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void WriteTo_ReadBack_IsTheSameReleaseRowByRow()
    {
        var stream = new MemoryStream();
        Mce.WriteTo(stream);
        stream.Position = 0;

        var read = MceRelease.FromStream(stream);

        MceReleaseComparer.FindDifference(Mce, read).Should().BeNull();
        read.VersionId.Should().Be("MCE v43.1 (format 1)");
        read.FindDiagnosis(Icd10CmCode.Parse("O24.410"), new DateOnly(2025, 11, 3))!.Value.Flags.Should().Equal("maternity");
    }

    [Fact]
    public void WriteTo_Twice_GivesTheSameBytes()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        Mce.WriteTo(first);
        MceRelease.LoadFolder(OfficialData.Path("msdrg", "v43", "mce")).WriteTo(second);
        first.ToArray().Should().Equal(second.ToArray());
    }

    [Fact]
    public void FromStream_Truncated_IsRefused()
    {
        var stream = new MemoryStream();
        Mce.WriteTo(stream);
        var act = () => MceRelease.FromStream(new MemoryStream(stream.ToArray()[..1000]));
        act.Should().Throw<CompiledDataException>().Which.Problem.Should().Be(CompiledDataProblem.Truncated);
    }

    [Fact]
    public void ToRelease_V37_IsScheduledForFy2020WithItsLists()
    {
        var v37 = TestData.Mce.Value.ToRelease();
        v37.Release.ToString().Should().Be("MCE v37 (2019-10-01 to 2020-09-30)");
        v37.ListsEveryValidCode.Should().BeFalse();
        v37.FindDiagnosis(Icd10CmCode.Parse("O24.410"), new DateOnly(2020, 3, 2))!.Value.Flags.Should().Equal("maternity", "female");
        v37.AgeGroupsOn(new DateOnly(2020, 3, 2)).Single(g => g.Name == "Maternity").Ages.Should().Be(new AgeRange(12, 55));
        v37.FindProcedure("0SR20JZ", new DateOnly(2020, 3, 2))!.Value.Flags.Should().Equal("ncov12agele60");
        v37.Diagnoses.Count.Should().Be(TestData.Mce.Value.EditTypes.Where(t => t.CodeType == 'D').SelectMany(t => TestData.Mce.Value.GetCodes(t.EditType, 'D')).Distinct().Count());
        var stream = new MemoryStream();
        v37.WriteTo(stream);
        stream.Position = 0;
        MceReleaseComparer.FindDifference(v37, MceRelease.FromStream(stream)).Should().BeNull();
    }

    [Theory]
    [InlineData("mce_i10dx.tsv", "A000\t20151001\t\tnotaflag", 2, "The flag 'notaflag' is not in mce_flag_attributes.tsv.")]
    [InlineData("mce_i10dx.tsv", "A000\t20151001\t\tnoncovered", 2, "The flag 'noncovered' is for PROCEDURE codes, not DIAGNOSIS codes (mce_flag_attributes.tsv).")]
    [InlineData("mce_i10dx.tsv", "A000\t20151001\t20201231\t\nA000\t20200101\t\t", 3, "A000 has two rows in force on the same dates (from 2020-01-01).")]
    [InlineData("mce_i10dx.tsv", "A000\t20151001\t\t\nA001\t20151001\t\t\nA000\t20201001\t\t", 4, "A000 has rows that are not consecutive: every row of a code must follow the one before.")]
    [InlineData("mce_i10dx.tsv", "A000\t2015-10-01\t\t", 2, "The start_date '2015-10-01' is not a date written yyyyMMdd.")]
    [InlineData("mce_i10dx.tsv", "A00.0\t20151001\t\t", 2, "'A00.0' is not an undotted, upper-case ICD-10-CM code.")]
    [InlineData("mce_i10sg.tsv", "0016070\t20151001", 2, "Expected 4 tab-separated fields (code, start_date, end_date, flags); found 2.")]
    [InlineData("mce_info.tsv", "version\t431\ndateFormat\tyyyyMMdd\nterminationDate\t20250930", 4, "The termination date 2025-09-30 is not the last day of the fiscal year of version 43.1 (2026-09-30): MCE version V is for fiscal year 1983 + V.")]
    public void LoadFolder_MalformedTable_ThrowsNamingTheFileAndLine(string file, string body, int line, string problem)
    {
        var folder = SyntheticFolder();
        var header = File.ReadLines(Path.Combine(folder, file)).First();
        File.WriteAllText(Path.Combine(folder, file), header + "\n" + body + "\n");

        var act = () => MceRelease.LoadFolder(folder);

        var error = act.Should().Throw<DataFileException>().Which;
        (Path.GetFileName(error.FilePath), error.LineNumber, error.Problem).Should().Be((file, line, problem));
    }

    [Fact]
    public void LoadFolder_MissingFile_NamesEveryFileExpected()
    {
        var folder = SyntheticFolder();
        File.Delete(Path.Combine(folder, "mce_edits.tsv"));
        var act = () => MceRelease.LoadFolder(folder);
        act.Should().Throw<DataFileException>().Which.Problem.Should().Be(
            "The MCE folder lacks mce_edits.tsv; expected mce_info.tsv, mce_flag_attributes.tsv, mce_age_ranges.tsv, mce_discharge_status.tsv, mce_edits.tsv, mce_i10dx.tsv, mce_i10sg.tsv.");
    }

    /// <summary>A temporary folder with the official small tables and the first three rows of each code table.</summary>
    private static string SyntheticFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mce-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var file in MceRelease.FileNames)
        {
            var lines = File.ReadLines(OfficialData.Path("msdrg", "v43", "mce", file)).Take(file is "mce_i10dx.tsv" or "mce_i10sg.tsv" ? 4 : int.MaxValue);
            File.WriteAllText(Path.Combine(folder, file), string.Join('\n', lines) + "\n");
        }

        MceRelease.LoadFolder(folder).Diagnoses.Should().HaveCount(3);
        return folder;
    }
}
