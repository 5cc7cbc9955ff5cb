using System.Globalization;
using MedCoding.ClaimEdits.Edits;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.ClaimEdits.Tests.Mce;

/// <summary>
/// The claim editor's Medicare Code Editor edit against CMS's MCE 43.1 software on its 5,000 expected cases
/// (<c>msdrg/v43/mce/cases/cases-mce-431.tsv</c>), each case written as an institutional claim with its inpatient stay: every
/// edit CMS counts is a finding under its rule, on the code it concerns, and no other MCE finding is made.
/// </summary>
/// <remarks>
/// A claim cannot carry everything a case can: a sex that is a number other than 1 or 2 (the claim's sex is female, male or
/// unknown), a discharge status above 99 (two digits on the UB-04). Those cases are counted and left out; so are cases whose
/// discharge date is not a date. Every other case is compared; a negative age is a birth date after the admission.
/// </remarks>
public sealed class MceCasesTests(ITestOutputHelper output)
{
    private static readonly Lazy<MceCaseRecord[]> s_cases = new(() =>
    {
        using var reader = File.OpenText(OfficialData.Path("msdrg", "v43", "mce", "cases", "cases-mce-431.tsv"));
        return [.. MceCaseFile.Read(reader, "cases-mce-431.tsv")];
    });

    [Fact]
    public void Check_EveryCaseAClaimCanCarry_ReportsCmsEditsAsFindingsOnTheirCodes()
    {
        var mce = TestData.Mce431.Value;
        var editor = ClaimEditor.CreateBuilder(new ClaimEditData { Mce = ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(mce.Release, mce)]) })
            .Add(new MedicareCodeEditorEdit())
            .Build();
        int compared = 0, outOfRange = 0;
        var notRepresentable = 0;
        var mismatches = new List<string>();
        foreach (var @case in s_cases.Value)
        {
            if (ToClaim(@case.Claim!) is not { } claim)
            {
                notRepresentable++;
                continue;
            }

            var expectedResult = @case.Expected!.Split('\t');
            var result = editor.Check(claim);
            var actual = result.Findings.Where(f => f.RuleId != RuleCatalog.DataUnavailable).Select(f => $"{f.RuleId}@{f.Target}").Order(StringComparer.Ordinal).ToList();
            if (expectedResult[0] == "INVALID_DISCHARGE_DATE")
            {
                // No MCE release edits that date: the check is reported as not run, never as a clean claim.
                outOfRange++;
                if (actual.Count > 0 || result.IsFullyChecked)
                {
                    mismatches.Add($"{@case.Id}: expected DATA_UNAVAILABLE only, got {string.Join(' ', actual)}");
                }

                continue;
            }

            compared++;
            var expected = Expected(expectedResult[1], expectedResult[2]).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual) || !result.IsFullyChecked)
            {
                mismatches.Add($"{@case.Id}: expected {string.Join(' ', expected)}; got {string.Join(' ', actual)} (fully checked: {result.IsFullyChecked})");
            }
        }

        output.WriteLine($"{compared} cases compared, {outOfRange} outside the MCE's dates, {notRepresentable} not representable as a claim");
        mismatches.Take(20).ToList().ForEach(output.WriteLine);
        mismatches.Should().BeEmpty();
        compared.Should().BeGreaterThan(4500);
    }

    /// <summary>Returns the findings CMS's result stands for: each counted code edit under its rule and target, and the claim-level edits.</summary>
    private static IEnumerable<string> Expected(string claimEdits, string codeEdits)
    {
        foreach (var count in claimEdits.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = count[..count.IndexOf('=', StringComparison.Ordinal)];
            var target = name switch
            {
                "INVALID_AGE" => "patient.birthDate",
                "INVALID_SEX" => "patient.sex",
                "INVALID_DISCHARGE_STATUS" => "stay.dischargeStatus",
                _ => null,
            };
            if (target is not null)
            {
                yield return $"{RuleOf(name)}@{target}";
            }
        }

        foreach (var code in codeEdits.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var position = code[..code.IndexOf(':', StringComparison.Ordinal)];
            foreach (var edit in code[(code.IndexOf('=', StringComparison.Ordinal) + 1)..].Split('+'))
            {
                var name = edit.Split('(')[0];
                if (position == "adx")
                {
                    if (name == "INVALID_ADMIT_DX")
                    {
                        yield return $"{RuleOf(name)}@stay.admittingDiagnosis";
                    }

                    continue; // the admitting diagnosis's conflicts are recorded, not counted: not findings
                }

                var target = position == "pdx" ? "diagnoses[0]"
                    : position.StartsWith("sdx", StringComparison.Ordinal) ? $"diagnoses[{int.Parse(position[3..], CultureInfo.InvariantCulture)}]"
                    : $"procedures[{int.Parse(position[2..], CultureInfo.InvariantCulture) - 1}]";
                yield return $"{RuleOf(name)}@{target}";
            }
        }
    }

    private static string RuleOf(string cmsName) =>
        MceEditNames.TryParse(cmsName, out var edit) ? MedicareCodeEditorEdit.RuleIdOf(edit) : throw new InvalidOperationException(cmsName);

    /// <summary>Returns the case as an institutional claim with its stay, or <see langword="null"/> when a claim cannot carry it.</summary>
    private static Claim? ToClaim(MceClaim mce)
    {
        var sex = mce.Sex switch
        {
            MceClaim.Male => AdministrativeSex.Male,
            MceClaim.Female => AdministrativeSex.Female,
            MceClaim.UnknownSex => AdministrativeSex.Unknown,
            _ => (AdministrativeSex?)null,
        };
        // CMS's cases go past what an 837I carries (up to 27 secondary diagnoses): such a case is no claim (ClaimLimits).
        if (mce.DischargeDate is not { } discharge || sex is null || mce.DischargeStatus is < 0 or > 99 || mce.LengthOfStay < 0
            || 1 + mce.SecondaryDiagnoses.Count > ClaimLimits.MaxDiagnoses(ClaimType.Institutional)
            || mce.Procedures.Count > ClaimLimits.MaxProcedures(ClaimType.Institutional))
        {
            return null;
        }

        var admission = discharge.AddDays(-mce.LengthOfStay);
        var diagnoses = new[] { mce.PrincipalDiagnosis! }.Concat(mce.SecondaryDiagnoses).Select(c => new ClaimDiagnosis(c));
        var stay = new InpatientStay(admission, discharge, mce.DischargeStatus, mce.AdmittingDiagnosis);
        return new Claim(ClaimType.Institutional, admission, new Patient(admission.AddYears(-mce.Age), sex.Value), diagnoses,
            mce.Procedures.Select(p => new ClaimProcedure(p)), stay: stay);
    }
}
