using MedCoding.ClaimEdits.Ncci;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Tests.Ncci;

public sealed class MueTableTests
{
    private const string Header = "\"SYNTHETIC TEST FIXTURE: not CMS data.\"\n\"HCPCS/CPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\",\"MUE Rationale\"\n";

    [Fact]
    public void Load_SyntheticPractitionerFile_ReadsValueIndicatorAndRationale()
    {
        var table = TestData.Data.PractitionerMue!;
        table.Count.Should().Be(5);
        table.Find("97110").Should().Be(new MueEdit("97110", 4, MueAdjudicationIndicator.DateOfServiceClinical, "Clinical: Data"));
        table.Find("J1885")!.IsPerDateOfService.Should().BeFalse();
        table.Find("99215").Should().BeNull();
    }

    [Theory]
    [InlineData("\"97110\",\"four\",\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"", "The MUE value must be a whole number of units (0 or more).")]
    [InlineData("\"97110\",\"4\",\"4 Date of Service Edit: Clinical\",\"Clinical: Data\"", "The MUE adjudication indicator must start with 1 (line edit), 2 (date of service edit: policy) or 3 (date of service edit: clinical).")]
    [InlineData("\"97110\",\"4\",\"3 Date of Service Edit: Clinical\"", "Expected 4 columns (HCPCS/CPT code, MUE value, MUE adjudication indicator, MUE rationale); found 3.")]
    public void Load_MalformedRow_ThrowsNamingTheLine(string row, string problem)
    {
        var path = TestData.TempFile(Header + row + "\n", ".csv");
        var act = () => MueTable.Load(path, NcciProvider.Practitioner);
        var error = act.Should().Throw<DataFileException>().Which;
        error.LineNumber.Should().Be(3);
        error.Problem.Should().Be(problem);
    }

    [Fact]
    public void Load_CodeTwice_Throws()
    {
        var row = "\"97110\",\"4\",\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"\n";
        var act = () => MueTable.Load(TestData.TempFile(Header + row + row, ".csv"), NcciProvider.Practitioner);
        act.Should().Throw<DataFileException>().Which.LineNumber.Should().Be(4);
    }
}
