using MedCoding.ClaimEdits.Mce;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Tests.Mce;

public sealed class MceCodeListsTests
{
    [Fact]
    public void Load_V37_KeepsEveryListWithItsCount()
    {
        var mce = TestData.Mce.Value;
        mce.Version.Should().Be("37");
        // Counts of the file's rows per edit type (each code once per list).
        mce.GetCodes(MceCodeLists.NewbornOnly, 'D').Should().HaveCount(41);
        mce.GetCodes(MceCodeLists.PediatricOnly, 'D').Should().HaveCount(114);
        mce.GetCodes(MceCodeLists.MaternityOnly, 'D').Should().HaveCount(2372);
        mce.GetCodes(MceCodeLists.AdultOnly, 'D').Should().HaveCount(771);
        mce.GetCodes(MceCodeLists.FemaleOnly, 'D').Should().HaveCount(3135);
        mce.GetCodes(MceCodeLists.FemaleOnly, 'P').Should().HaveCount(2294);
        mce.GetCodes(MceCodeLists.MaleOnly, 'D').Should().HaveCount(529);
        mce.GetCodes(MceCodeLists.MaleOnly, 'P').Should().HaveCount(1916);
        mce.GetCodes(MceCodeLists.PrincipalManifestation, 'D').Should().HaveCount(395);
        mce.GetCodes(MceCodeLists.PrincipalUnacceptable, 'D').Should().HaveCount(2406);
        mce.EditTypes.Should().HaveCount(16);
        mce.EditTypes.Sum(t => mce.GetCodes(t.EditType, t.CodeType).Count).Should().Be(14153);
    }

    [Fact]
    public void Load_EveryDiagnosisOfTheAgeAndSexLists_IsAnIcd10CmCode()
    {
        var mce = TestData.Mce.Value;
        foreach (var list in new[] { MceCodeLists.NewbornOnly, MceCodeLists.PediatricOnly, MceCodeLists.MaternityOnly, MceCodeLists.AdultOnly, MceCodeLists.FemaleOnly, MceCodeLists.MaleOnly })
        {
            mce.GetCodes(list, 'D').Should().OnlyContain(c => IsCode(c));
        }
    }

    private static bool IsCode(string code) => Icd10CmCode.TryParse(code, out _);

    [Fact]
    public void AgeRanges_AreTheMceV37Ranges()
    {
        MceAgeRanges.Default.Should().Be(new MceAgeRanges(new(0, 0), new(0, 17), new(12, 55), new(15, 124)));
    }

    [Theory]
    [InlineData("37\t10\t4\tA\tNewborn_Only\tX\tA33\tTetanus neonatorum", "ICD_Code_Type must be D (diagnosis) or P (procedure).")]
    [InlineData("37\t10\t4\tA\tNewborn_Only\tD\tA3.3\tTetanus neonatorum", "ICD_Code 'A3.3' is not an undotted ICD-10-CM code: Misplaced dot: in an ICD-10-CM code the dot comes after the third character (E11.65).")]
    [InlineData("37\t10\t4\tA\tNewborn_Only\tD\tA33", "Expected 8 tab-separated fields (MCE_Version, ICD_Version, MCE_Section, MCE_Subsection, MCE_Edit_Type, ICD_Code_Type, ICD_Code, ICD_Desc); found 7.")]
    public void Load_MalformedLine_ThrowsNamingTheLine(string line, string problem)
    {
        var path = TestData.TempFile("MCE_Version\tICD_Version\tMCE_Section\tMCE_Subsection\tMCE_Edit_Type\tICD_Code_Type\tICD_Code\tICD_Desc\n" + line + "\n");
        var act = () => MceCodeLists.Load(path);
        var error = act.Should().Throw<DataFileException>().Which;
        error.LineNumber.Should().Be(2);
        error.Problem.Should().Be(problem);
    }
}
