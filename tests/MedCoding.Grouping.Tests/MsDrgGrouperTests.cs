namespace MedCoding.Grouping.Tests;

/// <summary>The grouping rules, each shown on a case built from real v43.1 codes.</summary>
[Collection(MsDrgCollection.Name)]
public partial class MsDrgGrouperTests(MsDrgGrouperFixture fixture)
{
    private DrgResult Group(DrgCase drgCase) => fixture.Grouper.Group(drgCase);

    [Fact]
    public void Group_PneumoniaWithoutSecondaries_MedicalDrgWithoutCcMcc()
    {
        var result = Group(Cases.Of("J189"));

        result.Drg.Should().Be(195);
        result.Mdc.Should().Be(4);
        result.Type.Should().Be(DrgType.Medical);
        result.ReturnCode.Should().Be(GrouperReturnCode.Ok);
        result.DrgTitle.Should().StartWith("Simple Pneumonia and Pleurisy");
        result.DrivingProcedure.Should().BeNull();
    }

    [Theory]
    [InlineData("J18.9")] // dotted, as printed
    [InlineData("j189")]  // lower case
    public void Group_CodeWithDotOrLowerCase_ReadAsTheCode(string pdx)
    {
        Group(Cases.Of(pdx)).Drg.Should().Be(195);
    }
}
