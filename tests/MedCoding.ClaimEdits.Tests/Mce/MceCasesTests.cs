using System.Globalization;
using System.Text;
using MedCoding.ClaimEdits.Edits;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.ClaimEdits.Tests.Mce;

/// <summary>
/// The age, sex, principal-diagnosis and coverage edits against CMS's MCE 43.1 software on its 5,000 expected cases
/// (<c>msdrg/v43/mce/cases/cases-mce-431.tsv</c>), code by code, for the MCE edits these rules implement.
/// </summary>
public sealed class MceCasesTests(ITestOutputHelper output)
{
    /// <summary>The MCE edits the claim edits implement, and the rule each becomes.</summary>
    private static readonly (string MceEdit, string Rule)[] s_inScope =
    [
        ("AGE_CONFLICT", RuleCatalog.AgeConflict),
        ("SEX_CONFLICT", RuleCatalog.SexConflict),
        ("MANIFESTATION_AS_PDX", RuleCatalog.DxManifestationFirst),
        ("UNACCEPTABLE_PDX", RuleCatalog.DxPrincipalUnacceptable),
        ("REQUIRES_SDX", RuleCatalog.DxPrincipalUnacceptable),
        ("QUESTIONABLE_ADMISSION", RuleCatalog.DxQuestionableAdmission),
        ("NON_COVERED", RuleCatalog.ProcNoncovered),
        ("LIMITED_COVERAGE", RuleCatalog.ProcLimitedCoverage),
    ];

    private static readonly Lazy<McCase[]> s_cases = new(ReadCases);

    [Fact]
    public void Check_EveryCase_GivesTheMceEditsOfCmsSoftwareCodeByCode()
    {
        // The MCE 43.1 software accepts discharges from 1985-10-01 through its termination date, reading each code's
        // dated rows: scheduled over that range here, the edits meet every case, not only those of FY2026.
        var mce = TestData.Mce431.Value;
        var softwareRange = new Release(CodeSystem.MedicareCodeEditor, mce.Release.Version, new DateOnly(1985, 10, 1), mce.TerminationDate!.Value, mce.Release.Name);
        var all = Compare(ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(softwareRange, mce)]), s_cases.Value);

        // As the claim editor schedules it (MCE 43.1 in force for FY2026 only): the FY2026 cases.
        var fy2026 = s_cases.Value.Where(c => c.Date is { } d && mce.Release.IsInForceOn(d)).ToArray();
        var byDate = Compare(ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(mce.Release, mce)]), fy2026);

        output.WriteLine($"{s_cases.Value.Length} cases; {fy2026.Length} in FY2026; {s_cases.Value.Count(c => c.Age < 0)} with a negative age (not representable: a patient's age is never below 0)");
        output.WriteLine(all.Report("all cases, MCE 43.1 over the software's date range"));
        output.WriteLine(byDate.Report("FY2026 cases, MCE 43.1 as scheduled (FY2026)"));
        // With ICD-10-CM too: DX_MANIFESTATION_FIRST also reads titles "in diseases classified elsewhere"; no extra finding.
        var withTitles = Compare(ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(mce.Release, mce)]), fy2026, TestData.Releases);
        output.WriteLine(withTitles.Report("FY2026 cases, with ICD-10-CM FY2026 titles"));

        s_cases.Value.Should().HaveCount(5000);
        all.Mismatches.Where(m => !m.NegativeAge).Should().BeEmpty();
        byDate.Mismatches.Where(m => !m.NegativeAge).Should().BeEmpty();
        byDate.UncheckedCases.Should().Be(0);
        withTitles.Mismatches.Where(m => !m.NegativeAge).Should().BeEmpty();
        all.Mismatches.Should().OnlyContain(m => m.Edit == "AGE_CONFLICT" && m.Kind == "missed").And.HaveCount(6, "six age conflicts of a negative age cannot be expressed by a birth date");
    }

    private static Comparison Compare(ReleaseSchedule<MceRelease> schedule, IEnumerable<McCase> cases, ReleaseSchedule<Icd10Cm.Icd10CmRelease>? icd10Cm = null)
    {
        var editor = ClaimEditor.CreateBuilder(new ClaimEditData { Mce = schedule, Icd10Cm = icd10Cm })
            .Add(new AgeConflictEdit()).Add(new SexConflictEdit()).Add(new PrincipalDiagnosisEdit()).Add(new ProcedureCoverageEdit()).Add(new DiagnosisSequenceEdit())
            .Build();
        var comparison = new Comparison();
        foreach (var @case in cases)
        {
            var expected = @case.Expected.Where(e => s_inScope.Any(s => s.MceEdit == e.Edit) && e.Position != "adx").Select(e => (Edit: e.Edit, Target: Target(e.Position))).ToHashSet();
            var actual = new HashSet<(string Edit, string Target)>();
            if (@case.Claim is { } claim)
            {
                var result = editor.Check(claim);
                comparison.UncheckedCases += result.IsFullyChecked ? 0 : 1;
                foreach (var finding in result.Findings.Where(f => f.RuleId != RuleCatalog.DataUnavailable && f.RuleId != RuleCatalog.DxExternalCauseFirst))
                {
                    actual.Add((MceEditOf(finding), finding.Target));
                }
            }

            foreach (var (edit, _) in s_inScope)
            {
                var e = expected.Where(x => x.Edit == edit).ToHashSet();
                var a = actual.Where(x => x.Edit == edit).ToHashSet();
                comparison.Add(edit, e.Count, e.Intersect(a).Count());
                foreach (var missed in e.Except(a))
                {
                    comparison.Mismatches.Add(new Mismatch(@case.Id, edit, missed.Target, "missed", @case.Age < 0));
                }

                foreach (var extra in a.Except(e))
                {
                    comparison.Mismatches.Add(new Mismatch(@case.Id, edit, extra.Target, "extra", @case.Age < 0));
                }
            }
        }

        return comparison;
    }

    /// <summary>The MCE edit a finding stands for (DX_PRINCIPAL_UNACCEPTABLE is UNACCEPTABLE_PDX, or REQUIRES_SDX by its message).</summary>
    private static string MceEditOf(Finding finding) => finding.RuleId switch
    {
        RuleCatalog.DxPrincipalUnacceptable when finding.Message.Contains("only with a secondary diagnosis", StringComparison.Ordinal) => "REQUIRES_SDX",
        RuleCatalog.DxPrincipalUnacceptable => "UNACCEPTABLE_PDX",
        _ => s_inScope.First(s => s.Rule == finding.RuleId).MceEdit,
    };

    private static string Target(string position) =>
        position == "pdx" ? "diagnoses[0]"
        : position.StartsWith("sdx", StringComparison.Ordinal) ? $"diagnoses[{int.Parse(position[3..], CultureInfo.InvariantCulture)}]"
        : $"procedures[{int.Parse(position[2..], CultureInfo.InvariantCulture) - 1}]";

    private static McCase[] ReadCases()
    {
        var lines = File.ReadAllLines(OfficialData.Path("msdrg", "v43", "mce", "cases", "cases-mce-431.tsv"));
        lines[0].Split('\t').Should().Equal("id", "discharge_date", "age", "sex", "discharge_status", "los", "admit_dx", "pdx", "pdx_poa", "sdx", "procedures",
            "expected_edit_type", "expected_claim_edits", "expected_code_edits");
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(ReadCase)];
    }

    private static McCase ReadCase(string line)
    {
        var f = line.Split('\t');
        var age = int.Parse(f[2], CultureInfo.InvariantCulture);
        DateOnly? date = f[1].Length == 8 && DateOnly.TryParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var sex = f[3] switch
        {
            "M" or "1" => AdministrativeSex.Male,
            "F" or "2" => AdministrativeSex.Female,
            _ => AdministrativeSex.Unknown, // U, and the integers other than 1 and 2: the MCE accepts neither as male nor female.
        };
        var diagnoses = new List<ClaimDiagnosis> { new(f[7], Poa(f[8])) };
        if (f[9].Length > 0)
        {
            foreach (var sdx in f[9].Split(','))
            {
                var colon = sdx.IndexOf(':', StringComparison.Ordinal);
                diagnoses.Add(colon < 0 ? new ClaimDiagnosis(sdx) : new ClaimDiagnosis(sdx[..colon], Poa(sdx[(colon + 1)..])));
            }
        }

        var procedures = f[10].Length == 0 ? [] : f[10].Split(',').Select(p => new ClaimProcedure(p)).ToArray();
        // The age on the discharge date is the case's age (a negative age cannot be a birth date: it is 0 here).
        var claim = date is { } day ? new Claim(ClaimType.Institutional, day, new Patient(day.AddYears(-Math.Max(age, 0)), sex), diagnoses, procedures) : null;
        var expected = new List<(string Position, string Edit)>();
        if (f.Length > 13 && f[13].Length > 0)
        {
            foreach (var code in f[13].Split(';'))
            {
                var colon = code.IndexOf(':', StringComparison.Ordinal);
                var equals = code.IndexOf('=', StringComparison.Ordinal);
                foreach (var edit in code[(equals + 1)..].Split('+'))
                {
                    expected.Add((code[..colon], edit.StartsWith("AGE_CONFLICT", StringComparison.Ordinal) ? "AGE_CONFLICT" : edit));
                }
            }
        }

        return new McCase(f[0], date, age, claim, expected);
    }

    private sealed record McCase(string Id, DateOnly? Date, int Age, Claim? Claim, List<(string Position, string Edit)> Expected);

    private sealed record Mismatch(string CaseId, string Edit, string Target, string Kind, bool NegativeAge)
    {
        public override string ToString() => $"{CaseId} {Edit} {Kind} at {Target}{(NegativeAge ? " (negative age)" : string.Empty)}";
    }

    private sealed class Comparison
    {
        private readonly Dictionary<string, (int Expected, int Matched)> _counts = [];

        public List<Mismatch> Mismatches { get; } = [];

        public int UncheckedCases { get; set; }

        public void Add(string edit, int expected, int matched)
        {
            var (e, m) = _counts.GetValueOrDefault(edit);
            _counts[edit] = (e + expected, m + matched);
        }

        public string Report(string title)
        {
            var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{title}: edit, CMS occurrences (pdx/sdx/px), matched, missed, extra");
            foreach (var (edit, _) in s_inScope)
            {
                var (expected, matched) = _counts.GetValueOrDefault(edit);
                var extra = Mismatches.Count(m => m.Edit == edit && m.Kind == "extra");
                text.AppendLine(CultureInfo.InvariantCulture, $"  {edit,-24} {expected,5} {matched,5} {expected - matched,5} {extra,5}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  cases with a rule not checked (DATA_UNAVAILABLE): {UncheckedCases}");
            foreach (var mismatch in Mismatches.Take(40))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {mismatch}");
            }

            return text.ToString();
        }
    }

    /// <summary>Returns the POA indicator of a case file's column; a value that is none (the MCE's invalid-POA cases) stays undefined, as a claim would carry it.</summary>
    private static PresentOnAdmission Poa(string text) =>
        PresentOnAdmissionExtensions.TryParse(text, out var poa) ? poa : (PresentOnAdmission)99;
}
