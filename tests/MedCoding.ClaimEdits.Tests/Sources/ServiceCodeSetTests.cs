using MedCoding.Hcpcs;
using MedCoding.CodeSets;
using System.Text;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Hcpcs.Cpt;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Sources;

public sealed class ServiceCodeSetTests
{
    private static readonly DateOnly s_cy2019 = new(2019, 3, 4);
    private static readonly ServiceCodeSet s_hcpcs = new(ReleaseSchedule<HcpcsLevel2Release>.Of(CodeSystem.HcpcsLevel2, [(TestData.Hcpcs2019.Value.Release, TestData.Hcpcs2019.Value)]));

    [Fact]
    public void Check_EveryProcedureOfTheHcpcs2019File_IsKnownExactlyWhileItsRecordIsInForce()
    {
        var mid = new DateOnly(2019, 6, 30);
        foreach (var record in TestData.Hcpcs2019.Value.Procedures)
        {
            s_hcpcs.Check(record.Code, mid).Should().Be(record.IsInForceOn(mid) ? ServiceCodeStatus.Known : ServiceCodeStatus.Unknown, record.Code);
        }
    }

    [Theory]
    [InlineData("J9310", ServiceCodeStatus.Unknown)] // Rituximab, terminated 2018-12-31 (cross-reference J9311, J9312).
    [InlineData("J9312", ServiceCodeStatus.Known)] // Rituximab 10 mg, added 2019-01-01.
    [InlineData("j9312 ", ServiceCodeStatus.Known)] // Case and blanks as a user may type them.
    [InlineData("J9399", ServiceCodeStatus.Unknown)] // The shape of a Level II code, but not in the file.
    [InlineData("99214", ServiceCodeStatus.WellFormed)] // CPT without a licensed file: shape only.
    [InlineData("9921", ServiceCodeStatus.Unknown)] // Neither shape.
    public void Check_OnACy2019Date_AnswersFromTheHcpcs2019Release(string code, ServiceCodeStatus expected) =>
        s_hcpcs.Check(code, s_cy2019).Should().Be(expected);

    [Fact]
    public void Check_DateNoHcpcsReleaseCovers_FallsBackToTheShape()
    {
        // J9310 was valid in 2018, but no 2018 release is loaded: nothing says it is unknown.
        s_hcpcs.Check("J9310", new DateOnly(2018, 11, 1)).Should().Be(ServiceCodeStatus.WellFormed);
        s_hcpcs.Check("J9310", new DateOnly(2020, 1, 2)).Should().Be(ServiceCodeStatus.WellFormed);
    }

    [Fact]
    public void Check_WithALicensedCptFile_KnowsItsCodesInItsYearOnly()
    {
        var cpt = SyntheticCpt(2025);
        var set = new ServiceCodeSet(cpt: ReleaseSchedule<CptRelease>.Of(CodeSystem.Cpt, [(cpt.Release, cpt)]));
        set.Check("99214", Fy2026Date).Should().Be(ServiceCodeStatus.Known);
        set.Check("99215", Fy2026Date).Should().Be(ServiceCodeStatus.Unknown);
        set.Check("0042T", Fy2026Date).Should().Be(ServiceCodeStatus.Known);
        set.Check("99215", new DateOnly(2026, 1, 5)).Should().Be(ServiceCodeStatus.WellFormed);
    }

    [Fact]
    public void Ctor_SameReleaseTwice_Throws()
    {
        var act = () => ReleaseSchedule<HcpcsLevel2Release>.Of(CodeSystem.HcpcsLevel2, [(TestData.Hcpcs2019.Value.Release, TestData.Hcpcs2019.Value), (TestData.Hcpcs2019.Value.Release, TestData.Hcpcs2019.Value)]);
        act.Should().Throw<ArgumentException>().WithMessage("HCPCS Level II 2019 is given twice.*");
    }

    [Fact]
    public void ProcedureCodeEdit_TerminatedHcpcsCode_IsUnknownOnTheDateOfService()
    {
        var finding = TestData.Editor.Check(Professional(s_cy2019, [Dx("C83.30")], Line("J9310", units: 50)), RuleSets.Procedure)
            .ShouldHave(RuleCatalog.ProcUnknown, "lines[0]");
        finding.Message.Should().Be("J9310 is not a known CPT or HCPCS code on the line's date of service.");
        TestData.Editor.Check(Professional(s_cy2019, [Dx("C83.30")], Line("J9312", units: 50)), RuleSets.Procedure).ShouldNotHave(RuleCatalog.ProcUnknown);
    }

    /// <summary>A SYNTHETIC stand-in for a licensed CPT file (code, tab, descriptor): not AMA data.</summary>
    internal static CptRelease SyntheticCpt(int year) =>
        CptRelease.Load(new MemoryStream(Encoding.UTF8.GetBytes("# SYNTHETIC test file, not AMA data\n99213\tOffice visit, established patient, low\n99214\tOffice visit, established patient, moderate\n0042T\tCategory III test code\n")), "synthetic-cpt.txt", year);
}
