using MedCoding.CodeSets;

namespace MedCoding.Claims.Tests;

public class ClaimLimitsTests
{
    private static readonly Patient s_patient = new(new DateOnly(1950, 2, 1), AdministrativeSex.Female);

    private static Claim Claim(ClaimType type, int diagnoses, int procedures = 0, int lines = 0) => new(
        type,
        new DateOnly(2025, 11, 3),
        s_patient,
        Enumerable.Range(0, diagnoses).Select(_ => new ClaimDiagnosis("E11.65")),
        Enumerable.Range(0, procedures).Select(_ => new ClaimProcedure("0DTJ4ZZ")),
        Enumerable.Range(0, lines).Select(_ => new ServiceLine("99214")));

    [Theory]
    [InlineData(ClaimType.Professional, 12, 0, 50)]      // 837P: 12 diagnoses, 50 lines
    [InlineData(ClaimType.Institutional, 25, 25, 999)]   // 837I: principal and 24 diagnoses, principal and 24 procedures, 999 lines
    public void ThrowIfExceeded_AtTheFormsLimits_Accepts(ClaimType type, int diagnoses, int procedures, int lines) =>
        ClaimLimits.ThrowIfExceeded(Claim(type, diagnoses, procedures, lines));

    [Theory]
    [InlineData(ClaimType.Professional, 13, 0, 0, "diagnoses: the claim has 13 diagnoses; a professional claim (837P) holds at most 12.")]
    [InlineData(ClaimType.Professional, 1, 0, 51, "lines: the claim has 51 service lines; a professional claim (837P) holds at most 50.")]
    [InlineData(ClaimType.Institutional, 26, 0, 0, "diagnoses: the claim has 26 diagnoses; an institutional claim (837I) holds at most 25.")]
    [InlineData(ClaimType.Institutional, 1, 26, 0, "procedures: the claim has 26 procedures; an institutional claim (837I) holds at most 25.")]
    [InlineData(ClaimType.Institutional, 1, 0, 1000, "lines: the claim has 1000 service lines; an institutional claim (837I) holds at most 999.")]
    public void ThrowIfExceeded_PastTheFormsLimits_NamesTheField(ClaimType type, int diagnoses, int procedures, int lines, string message)
    {
        var act = () => ClaimLimits.ThrowIfExceeded(Claim(type, diagnoses, procedures, lines));

        act.Should().Throw<ClaimFormatException>().WithMessage(message);
    }
}
