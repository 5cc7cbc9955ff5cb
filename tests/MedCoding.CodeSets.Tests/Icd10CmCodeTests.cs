using MedCoding.CodeSets;

namespace MedCoding.CodeSets.Tests;

public class Icd10CmCodeTests
{
    [Theory]
    [InlineData("E11.65")]   // dotted, as printed in the Tabular List
    [InlineData("e1165")]    // lower case, no dot, as typed in a hurry
    [InlineData(" E11.65 ")] // surrounding blanks from a pasted cell
    public void Parse_UserInput_NormalisesToDottedCode(string input)
    {
        var code = Icd10CmCode.Parse(input);

        code.Value.Should().Be("E1165");
        code.ToString().Should().Be("E11.65");
    }
}
