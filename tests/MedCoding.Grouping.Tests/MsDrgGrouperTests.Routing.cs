using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

public partial class MsDrgGrouperTests
{
    [Fact]
    public void Group_OrProcedureOfThePrincipalsMdc_SurgicalDrgDrivenByIt()
    {
        // Osteoarthritis of the knee with a knee replacement: MDC 08, DRG 470.
        var result = Group(Cases.Of("M1711", procedures: ["0SRC0JZ"]));

        result.Drg.Should().Be(470);
        result.Mdc.Should().Be(8);
        result.Type.Should().Be(DrgType.Surgical);
        result.DrivingProcedure.Should().Be("0SRC0JZ");
    }

    [Fact]
    public void Group_TwoLowerExtremityJoints_BilateralOrMultipleJointDrg()
    {
        var result = Group(Cases.Of("M1711", procedures: ["0SRC0JZ", "0SRB02Z"]));

        result.Drg.Should().Be(462);
    }

    [Fact]
    public void Group_OrProcedureUnrelatedToPrincipal_ReroutesToUnrelatedOrDrgsKeepingTheMdc()
    {
        // A knee replacement for a pneumonia: no MDC 04 surgical DRG takes it, so DRGs 981-983.
        var result = Group(Cases.Of("J189", procedures: ["0SRC0JZ"]));

        result.Drg.Should().Be(983);
        result.Mdc.Should().Be(4);
        result.Path.Select(step => step.Outcome).Should().Equal(GroupingStepOutcome.Reroute, GroupingStepOutcome.AssignDrg);
        result.Path[0].Target.Should().Be(29);
    }

    [Fact]
    public void Group_SignificantTraumaAtTwoBodySites_ReroutesToMultipleTrauma()
    {
        // Head (S06.5X0A) and chest (S27.1XXA) significant trauma: MDC 24; the trauma codes' own CC/MCC is suppressed there.
        var result = Group(Cases.Of("S065X0A", sdx: ["S271XXA:Y"]));

        result.Mdc.Should().Be(24);
        result.Drg.Should().Be(965);
        result.SecondaryDiagnoses[0].Status.Should().Be(SecondaryDiagnosisStatus.SuppressedByDrgLogic);
    }

    [Fact]
    public void Group_HivPrincipal_ReroutesToMdc25()
    {
        var result = Group(Cases.Of("B20"));

        result.Mdc.Should().Be(25);
        result.Drg.Should().Be(977);
    }

    [Theory]
    [InlineData(AdministrativeSex.Male, 12)]   // gonococcal infection: male reproductive system
    [InlineData(AdministrativeSex.Female, 13)] // female reproductive system
    public void Group_SexSpecificPrincipal_MdcFollowsSex(AdministrativeSex sex, int mdc)
    {
        Group(Cases.Of("A5409", sex: sex)).Mdc.Should().Be(mdc);
    }
}
