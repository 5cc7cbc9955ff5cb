namespace MedCoding.Grouping.Tests;

public class GrouperReturnCodeExtensionsTests
{
    [Fact]
    public void ToCmsName_EveryReturnCode_RoundTripsThroughTryParseCmsName()
    {
        foreach (var code in Enum.GetValues<GrouperReturnCode>())
        {
            GrouperReturnCodeExtensions.TryParseCmsName(code.ToCmsName(), out var parsed).Should().BeTrue();
            parsed.Should().Be(code);
        }
    }

    [Theory]
    [InlineData(GrouperReturnCode.Ok, "OK")]
    [InlineData(GrouperReturnCode.DxCannotBePdx, "DX_CANNOT_BE_PDX")] // the one error the expected cases contain
    public void ToCmsName_ReturnCode_NamedAsCmsDoes(GrouperReturnCode code, string name)
    {
        code.ToCmsName().Should().Be(name);
    }

    [Fact]
    public void TryParseCmsName_Unknown_False()
    {
        GrouperReturnCodeExtensions.TryParseCmsName("NOT_A_CODE", out _).Should().BeFalse();
    }
}
