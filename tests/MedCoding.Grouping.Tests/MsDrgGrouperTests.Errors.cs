using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

public partial class MsDrgGrouperTests
{
    [Fact]
    public void Group_ExternalCauseAsPrincipal_DxCannotBePdx()
    {
        var result = Group(Cases.Of("V0001XA"));

        result.Should().Match<DrgResult>(r => r.Drg == 999 && r.Mdc == 0 && r.ReturnCode == GrouperReturnCode.DxCannotBePdx);
        result.ReturnCode.ToCmsName().Should().Be("DX_CANNOT_BE_PDX");
    }

    [Fact]
    public void Group_UnknownPrincipal_InvalidPdx()
    {
        var result = Group(Cases.Of("Q9999X"));

        result.Should().Match<DrgResult>(r => r.Drg == 999 && r.Mdc == 0 && r.ReturnCode == GrouperReturnCode.InvalidPdx);
    }

    [Fact]
    public void Group_SexSpecificPrincipalAndSexUnknown_InvalidSex()
    {
        Group(Cases.Of("A5409", sex: AdministrativeSex.Unknown)).ReturnCode.Should().Be(GrouperReturnCode.InvalidSex);
    }

    [Fact]
    public void Group_UnknownSecondaryAndProcedure_IgnoredAndReported()
    {
        var result = Group(Cases.Of("J189", sdx: ["XXXX:Y"], procedures: ["ZZZZZZZ"]));

        result.Drg.Should().Be(195);
        result.SecondaryDiagnoses[0].Status.Should().Be(SecondaryDiagnosisStatus.UnknownCode);
    }

    [Fact]
    public void Group_NullCase_Throws()
    {
        var act = () => fixture.Grouper.Group(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
