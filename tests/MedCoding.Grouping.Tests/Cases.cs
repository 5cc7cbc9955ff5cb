using MedCoding.CodeSets;

namespace MedCoding.Grouping.Tests;

/// <summary>Builds readable test cases: <c>Cases.Of("J189", sdx: ["J150:Y"], procedures: ["0SRC0JZ"])</c>.</summary>
internal static class Cases
{
    public static readonly DateOnly V431Date = new(2026, 5, 1);

    public static DrgCase Of(
        string pdx,
        string[]? sdx = null,
        string[]? procedures = null,
        int dischargeStatus = 1,
        AdministrativeSex sex = AdministrativeSex.Male,
        int age = 70,
        DateOnly? dischargeDate = null) => new()
        {
            PrincipalDiagnosis = new DrgDiagnosis(pdx, PresentOnAdmission.Yes),
            SecondaryDiagnoses = [.. (sdx ?? []).Select(Diagnosis)],
            Procedures = procedures ?? [],
            DischargeStatus = dischargeStatus,
            Sex = sex,
            Age = age,
            DischargeDate = dischargeDate ?? V431Date,
        };

    private static DrgDiagnosis Diagnosis(string text)
    {
        var parts = text.Split(':');
        PresentOnAdmissionExtensions.TryParse(parts.Length > 1 ? parts[1] : "Y", out var poa).Should().BeTrue();
        return new DrgDiagnosis(parts[0], poa);
    }
}
