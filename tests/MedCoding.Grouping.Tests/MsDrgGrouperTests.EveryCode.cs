using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

public partial class MsDrgGrouperTests
{
    [Theory]
    [InlineData("43.0")]
    [InlineData("43.1")]
    public void Group_EveryDiagnosisAsPrincipal_GroupsToADrgOfTheVersionOrCannotBePdx(string version)
    {
        var definitions = fixture.Tables(version);
        var problems = new List<string>();
        for (var row = 0; row < definitions.Diagnoses.Count; row++)
        {
            var code = definitions.Diagnoses[row].Code;
            foreach (var sex in new[] { AdministrativeSex.Male, AdministrativeSex.Female })
            {
                var result = fixture.Grouper.Group(Cases.Of(code, sex: sex), version);
                var known = definitions.DrgTitle(result.Drg) is not null && result.Path.Count > 0;
                var expectedError = result.ReturnCode is GrouperReturnCode.Ok or GrouperReturnCode.DxCannotBePdx;
                if (!known || !expectedError || (result.ReturnCode == GrouperReturnCode.Ok && result.Mdc is < 1 or > 25))
                {
                    problems.Add($"{code} {sex}: DRG {result.Drg} MDC {result.Mdc} {result.ReturnCode.ToCmsName()}");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("43.0")]
    [InlineData("43.1")]
    public void Group_EveryProcedureWithAPneumonia_SurgicalDrgNamesItAsDriverAndCodesWithoutOperandsStayMedical(string version)
    {
        var definitions = fixture.Tables(version);
        var problems = new List<string>();
        for (var row = 0; row < definitions.Procedures.Count; row++)
        {
            var entry = definitions.Procedures[row];
            var code = entry.Code;
            var result = fixture.Grouper.Group(Cases.Of("J189", procedures: [code]), version);
            var surgical = result.Type == DrgType.Surgical;

            // A surgical DRG names the lone procedure as its driver: an O.R. procedure, or a non-O.R. one the DRG logic
            // names (ECMO 5A1522G, endobronchial valves 0BH38GZ ...). A code that carries no operand never makes a DRG surgical.
            if ((surgical && result.DrivingProcedure != code) || (surgical && entry.Operands.Length == 0) || result.ReturnCode != GrouperReturnCode.Ok)
            {
                problems.Add($"{code} (O.R. {entry.IsOr}): DRG {result.Drg} {result.Type} driven by {result.DrivingProcedure}");
            }
        }

        problems.Should().BeEmpty();
    }
}
