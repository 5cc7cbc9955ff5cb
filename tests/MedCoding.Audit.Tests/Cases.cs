using MedCoding.CodeSets;
using MedCoding.Grouping;

namespace MedCoding.Audit.Tests;

/// <summary>Builds readable test cases: <c>Cases.Of("J189", sdx: ["I5021:Y"], procedures: ["0DTJ4ZZ"])</c>; FY2026 codes, discharged 2025-11-15 (MS-DRG v43.0).</summary>
internal static class Cases
{
    public static readonly DateOnly Discharge = new(2025, 11, 15);

    public static DrgCase Of(
        string pdx,
        string[]? sdx = null,
        string[]? procedures = null,
        int dischargeStatus = 1,
        AdministrativeSex sex = AdministrativeSex.Male,
        int age = 70) => new()
        {
            PrincipalDiagnosis = new DrgDiagnosis(pdx, PresentOnAdmission.Yes),
            SecondaryDiagnoses = [.. (sdx ?? []).Select(Diagnosis)],
            Procedures = procedures ?? [],
            DischargeStatus = dischargeStatus,
            Sex = sex,
            Age = age,
            DischargeDate = Discharge,
        };

    private static DrgDiagnosis Diagnosis(string text)
    {
        var parts = text.Split(':');
        PresentOnAdmissionExtensions.TryParse(parts.Length > 1 ? parts[1] : "Y", out var poa).Should().BeTrue();
        return new DrgDiagnosis(parts[0], poa);
    }
}
