using System.Globalization;
using System.Reflection;
using MedCoding.ClaimEdits.Edits;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;
using static MedCoding.ClaimEdits.Tests.Make;

namespace MedCoding.ClaimEdits.Tests.Edits;

/// <summary>
/// The Medicare Code Editor on inpatient claims (<see cref="MedicareCodeEditorEdit"/>), one edit at a time: for each edit of
/// CMS's MCE 43.1 a realistic claim that raises it, under its rule, on the code or fact it concerns, with a message that names
/// the edit, and the same claim with one fact changed (the age, the sex, the date, a secondary diagnosis, the length of stay)
/// that does not. Codes and flags are those of the official 43.1 tables (<c>msdrg/v43/mce</c>), on the discharge dates their
/// rows are in force; the postpayment edits, which no 43.1 code can raise, are in
/// <c>MedicareCodeEditorEditTests.Postpayment.cs</c> on a synthetic release.
/// </summary>
/// <remarks>This file: the claim as a whole and its diagnoses. The procedures are in <c>MedicareCodeEditorEditTests.Procedures.cs</c>.</remarks>
public sealed partial class MedicareCodeEditorEditTests
{
    /// <summary>A discharge in FY2026, when MCE 43.1 is in force.</summary>
    private static readonly DateOnly s_fy2026 = new(2025, 11, 3);

    /// <summary>A discharge in FY2024: no release in force, so MCE 43.1 edits it from each code's dated rows (the sex flags end 2024-09-30).</summary>
    private static readonly DateOnly s_fy2024 = new(2024, 3, 15);

    private static ClaimEditResult Check(Claim claim) => TestData.Editor.Check(claim, RuleSets.Mce);

    /// <summary>
    /// Checks the Mce and Diagnosis rule sets: the MCE reports E_CODE_AS_PDX and MANIFESTATION_AS_PDX under the Diagnosis set's
    /// rules that already meant them (DX_EXTERNAL_CAUSE_FIRST, DX_MANIFESTATION_FIRST).
    /// </summary>
    private static ClaimEditResult CheckWithDiagnosisSet(Claim claim) => TestData.Editor.Check(claim, RuleSets.Mce, RuleSets.Diagnosis);

    /// <summary>Returns a stay of some days ending on the discharge date (discharged home, 01, unless a status is given).</summary>
    private static InpatientStay Stay(DateOnly discharge, int days, int status = 1, string? admittingDiagnosis = null) =>
        new(discharge.AddDays(-days), discharge, status, admittingDiagnosis);

    /// <summary>Returns an inpatient claim for a patient of the given age on admission.</summary>
    private static Claim Inpatient(InpatientStay stay, int age, AdministrativeSex sex, ClaimDiagnosis[] diagnoses, params string[] procedures) =>
        Institutional(stay, new Patient(stay.AdmissionDate.AddYears(-age), sex), diagnoses, [.. procedures.Select(p => new ClaimProcedure(p))]);

    [Theory]
    [InlineData(MceEdit.InvalidCode, RuleCatalog.MceInvalidCode)]
    [InlineData(MceEdit.InvalidAdmitDx, RuleCatalog.MceInvalidAdmittingDiagnosis)]
    [InlineData(MceEdit.InvalidAge, RuleCatalog.MceInvalidAge)]
    [InlineData(MceEdit.InvalidSex, RuleCatalog.MceInvalidSex)]
    [InlineData(MceEdit.InvalidDischargeStatus, RuleCatalog.MceInvalidDischargeStatus)]
    [InlineData(MceEdit.ECodeAsPdx, RuleCatalog.DxExternalCauseFirst)] // the Diagnosis set's rule for the same edit
    [InlineData(MceEdit.ManifestationAsPdx, RuleCatalog.DxManifestationFirst)] // the Diagnosis set's rule for the same edit
    [InlineData(MceEdit.NonspecificPdx, RuleCatalog.DxNonspecificPrincipal)]
    [InlineData(MceEdit.UnacceptablePdx, RuleCatalog.DxPrincipalUnacceptable)]
    [InlineData(MceEdit.RequiresSdx, RuleCatalog.DxPrincipalUnacceptable)] // unacceptable as principal without a secondary diagnosis
    [InlineData(MceEdit.QuestionableAdmission, RuleCatalog.DxQuestionableAdmission)]
    [InlineData(MceEdit.AgeConflict, RuleCatalog.AgeConflict)]
    [InlineData(MceEdit.SexConflict, RuleCatalog.SexConflict)]
    [InlineData(MceEdit.DuplicateOfPdx, RuleCatalog.DxDuplicateOfPrincipal)]
    [InlineData(MceEdit.WrongProcedurePerformed, RuleCatalog.DxWrongProcedurePerformed)]
    [InlineData(MceEdit.Unspecified, RuleCatalog.DxUnspecified)]
    [InlineData(MceEdit.MedicareIsSecondaryPayer, RuleCatalog.DxMedicareSecondaryPayer)]
    [InlineData(MceEdit.NonCovered, RuleCatalog.ProcNoncovered)]
    [InlineData(MceEdit.LimitedCoverage, RuleCatalog.ProcLimitedCoverage)]
    [InlineData(MceEdit.QuestionableObstetricAdmission, RuleCatalog.ProcQuestionableObstetricAdmission)]
    [InlineData(MceEdit.InconsistentWithLengthOfStay, RuleCatalog.ProcInconsistentWithLengthOfStay)]
    [InlineData(MceEdit.NonspecificOr, RuleCatalog.ProcNonspecificOperatingRoom)]
    [InlineData(MceEdit.OpenBiopsy, RuleCatalog.ProcOpenBiopsy)]
    [InlineData(MceEdit.Bilateral, RuleCatalog.ProcBilateral)]
    public void RuleIdOf_EachMceEdit_IsTheRuleItIsReportedUnder(MceEdit edit, string ruleId)
    {
        MedicareCodeEditorEdit.RuleIdOf(edit).Should().Be(ruleId);
        new MedicareCodeEditorEdit().Rules.Should().Contain(RuleCatalog.Get(ruleId));
    }

    [Fact]
    public void RuleIdOf_TheTheoryAbove_HasARowForEveryMceEdit()
    {
        // A new member of MceEdit needs a row above, and a claim below that raises it.
        var rows = typeof(MedicareCodeEditorEditTests).GetMethod(nameof(RuleIdOf_EachMceEdit_IsTheRuleItIsReportedUnder))!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(a => a.GetData(null!))
            .Select(row => (MceEdit)row[0]);
        rows.Should().BeEquivalentTo(Enum.GetValues<MceEdit>());
    }

    // ---- The claim as a whole: age, sex, discharge status, admitting diagnosis ----

    [Fact]
    public void Check_AgeOver124_IsInvalidAgeWithoutSayingTheAge()
    {
        // Pneumonia; the birth year was keyed 1900: 125 on admission. The MCE's age groups span 0 to 124.
        var stay = Stay(s_fy2026, days: 4);
        var finding = Check(Inpatient(stay, 125, AdministrativeSex.Female, [Dx("J18.9", "Y")])).ShouldHaveMceEdit(RuleCatalog.MceInvalidAge, "patient.birthDate", "INVALID_AGE");
        finding.Message.Should().Be("MCE v43.1 INVALID_AGE: the patient's age on admission is outside the ages the MCE accepts (0 to 124).");
        finding.Message.Should().NotContain("125").And.NotContain("1900");
        finding.AttemptedValue.Should().BeNull();
        finding.Severity.Should().Be(Severity.Error);

        Check(Inpatient(stay, 124, AdministrativeSex.Female, [Dx("J18.9", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_BirthDateAfterTheAdmission_IsInvalidAge()
    {
        // Born 1926-01-12, keyed 2026-01-12: a negative age on admission, which CMS's MCE edits as INVALID_AGE (its cases
        // with ages -1 to -99); the claim's own age on admission, which stops at 0, would make the patient a newborn.
        var stay = Stay(s_fy2026, days: 4);
        ClaimDiagnosis[] pneumonia = [Dx("J18.9", "Y")];
        var keyed = Institutional(stay, new Patient(new DateOnly(2026, 1, 12), AdministrativeSex.Female), pneumonia);
        keyed.AgeOnAdmission.Should().Be(0);
        MedicareCodeEditorEdit.ToMceClaim(keyed).Age.Should().Be(-1);
        var finding = Check(keyed).ShouldHaveMceEdit(RuleCatalog.MceInvalidAge, "patient.birthDate", "INVALID_AGE");
        finding.Message.Should().NotContain("2026-01-12").And.NotContain("-1");

        Check(Institutional(stay, new Patient(new DateOnly(1926, 1, 12), AdministrativeSex.Female), pneumonia)).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_UnknownSexBeforeOctober2024_IsInvalidSex()
    {
        // Before 2024-10-01 the MCE accepts only male and female; from that date unknown too.
        ClaimDiagnosis[] pneumonia = [Dx("J18.9", "Y")];
        var finding = Check(Inpatient(Stay(new DateOnly(2024, 9, 30), days: 3), 67, AdministrativeSex.Unknown, pneumonia))
            .ShouldHaveMceEdit(RuleCatalog.MceInvalidSex, "patient.sex", "INVALID_SEX");
        finding.Message.Should().Be("MCE v43.1 INVALID_SEX: the patient's sex must be male or female for a discharge before 2024-10-01; unknown is accepted from that date.");

        Check(Inpatient(Stay(new DateOnly(2024, 10, 1), days: 3), 67, AdministrativeSex.Unknown, pneumonia)).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_HospiceStatusOnAnInpatientDeath_IsInvalidDischargeStatus()
    {
        // Died of septic shock: 41 (expired in a medical facility) is a hospice status, not in the MCE's table; 20 (expired) is.
        ClaimDiagnosis[] sepsis = [Dx("A41.9", "Y"), Dx("R65.21", "Y")];
        var finding = Check(Inpatient(Stay(s_fy2026, days: 6, status: 41), 81, AdministrativeSex.Male, sepsis))
            .ShouldHaveMceEdit(RuleCatalog.MceInvalidDischargeStatus, "stay.dischargeStatus", "INVALID_DISCHARGE_STATUS");
        finding.Message.Should().Be("MCE v43.1 INVALID_DISCHARGE_STATUS: the patient discharge status is not a valid status on the discharge date.");

        Check(Inpatient(Stay(s_fy2026, days: 6, status: 20), 81, AdministrativeSex.Male, sepsis)).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_AdmittingDiagnosisWrittenAsItsCategory_IsAnInvalidAdmittingDiagnosis()
    {
        // NSTEMI admitted for chest pain: R07 is a category, not a code; R07.9 is.
        ClaimDiagnosis[] nstemi = [Dx("I21.4", "Y")];
        var finding = Check(Inpatient(Stay(s_fy2026, days: 3, admittingDiagnosis: "R07"), 66, AdministrativeSex.Male, nstemi))
            .ShouldHaveMceEdit(RuleCatalog.MceInvalidAdmittingDiagnosis, "stay.admittingDiagnosis", "INVALID_ADMIT_DX");
        finding.Message.Should().Be("MCE v43.1 INVALID_ADMIT_DX: the admitting diagnosis R07 is not a valid ICD-10-CM code on the discharge date.");
        finding.AttemptedValue.Should().Be("R07");
        finding.Severity.Should().Be(Severity.Warning);

        Check(Inpatient(Stay(s_fy2026, days: 3, admittingDiagnosis: "R07.9"), 66, AdministrativeSex.Male, nstemi)).ShouldBeCleanForTheMce();
    }

    // ---- Codes not valid on the discharge date ----

    [Fact]
    public void Check_MultipleSclerosisCodeDeletedInFy2026_IsAnInvalidCodeAfterSeptember2025()
    {
        // G35 was split into G35.A-G35.D on 2025-10-01: valid for a September discharge, not for a November one.
        ClaimDiagnosis[] relapse = [Dx("G35", "Y")];
        var finding = Check(Inpatient(Stay(s_fy2026, days: 5), 48, AdministrativeSex.Female, relapse))
            .ShouldHaveMceEdit(RuleCatalog.MceInvalidCode, "diagnoses[0]", "INVALID_CODE");
        finding.Message.Should().Be("MCE v43.1 INVALID_CODE: G35 is not a valid code on the discharge date (deleted, not yet in force, a header, or not an ICD-10 code).");
        finding.AttemptedValue.Should().Be("G35");

        Check(Inpatient(Stay(new DateOnly(2025, 9, 26), days: 5), 48, AdministrativeSex.Female, relapse)).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_Icd9ProcedureCode_IsAnInvalidCodeOnTheProcedure()
    {
        // A left total knee replacement written as ICD-9-CM 81.54 instead of ICD-10-PCS 0SRD0J9.
        ClaimDiagnosis[] arthritis = [Dx("M17.12", "Y")];
        Check(Inpatient(Stay(s_fy2026, days: 2), 71, AdministrativeSex.Female, arthritis, "81.54"))
            .ShouldHaveMceEdit(RuleCatalog.MceInvalidCode, "procedures[0]", "INVALID_CODE").AttemptedValue.Should().Be("81.54");

        Check(Inpatient(Stay(s_fy2026, days: 2), 71, AdministrativeSex.Female, arthritis, "0SRD0J9")).ShouldBeCleanForTheMce();
    }

    // ---- The principal diagnosis ----

    [Fact]
    public void Check_FallCodeListedBeforeTheHipFracture_IsAnExternalCauseAsPrincipal()
    {
        // W19.XXXA (unspecified fall) explains the fracture; it is never the principal diagnosis.
        var finding = CheckWithDiagnosisSet(Inpatient(Stay(s_fy2026, days: 4, status: 3), 84, AdministrativeSex.Female, [Dx("W19.XXXA", "Y"), Dx("S72.001A", "Y")]))
            .ShouldHaveMceEdit(RuleCatalog.DxExternalCauseFirst, "diagnoses[0]", "E_CODE_AS_PDX");
        finding.Message.Should().Be("MCE v43.1 E_CODE_AS_PDX: W19.XXXA is an external cause code: it is never the principal diagnosis; list the injury or condition first.");

        CheckWithDiagnosisSet(Inpatient(Stay(s_fy2026, days: 4, status: 3), 84, AdministrativeSex.Female, [Dx("S72.001A", "Y"), Dx("W19.XXXA", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_DementiaListedBeforeAlzheimerDisease_IsAManifestationAsPrincipal()
    {
        // F02.80 (dementia in other diseases classified elsewhere) follows its cause, G30.9 (Alzheimer disease).
        var finding = CheckWithDiagnosisSet(Inpatient(Stay(s_fy2026, days: 5), 82, AdministrativeSex.Male, [Dx("F02.80", "Y"), Dx("G30.9", "Y")]))
            .ShouldHaveMceEdit(RuleCatalog.DxManifestationFirst, "diagnoses[0]", "MANIFESTATION_AS_PDX");
        finding.Message.Should().Be("MCE v43.1 MANIFESTATION_AS_PDX: F02.80 is a manifestation code and cannot be the principal diagnosis: list the underlying condition first, then F02.80.");

        CheckWithDiagnosisSet(Inpatient(Stay(s_fy2026, days: 5), 82, AdministrativeSex.Male, [Dx("G30.9", "Y"), Dx("F02.80", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_NicotineDependenceAsPrincipal_IsUnacceptableAsPrincipal()
    {
        // A COPD exacerbation in a smoker: F17.210 is on the MCE's unacceptable-principal list, J44.1 is not.
        var finding = Check(Institutional(Fy2026Date, s_man70, [Dx("F17.210", "Y"), Dx("J44.1", "Y")]))
            .ShouldHaveMceEdit(RuleCatalog.DxPrincipalUnacceptable, "diagnoses[0]", "UNACCEPTABLE_PDX");
        finding.Severity.Should().Be(Severity.Error);
        finding.AttemptedValue.Should().Be("F17.210");
        finding.Message.Should().Be("MCE v43.1 UNACCEPTABLE_PDX: F17.210 is unacceptable as principal diagnosis: it does not describe the condition chiefly responsible for the admission. Make that condition the principal diagnosis and list F17.210 after it.");

        Check(Institutional(Fy2026Date, s_man70, [Dx("J44.1", "Y"), Dx("F17.210", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_ExamCodeFirstOnAProfessionalClaim_IsNotAnMceEdit()
    {
        // Z00.00 is unacceptable as an inpatient principal diagnosis, but first-listed on a preventive visit is right.
        Check(Institutional(Fy2026Date, s_man70, [Dx("Z00.00")])).ShouldHaveMceEdit(RuleCatalog.DxPrincipalUnacceptable, "diagnoses[0]", "UNACCEPTABLE_PDX");
        TestData.Editor.Check(Professional([Dx("Z00.00")], Line("99397"))).ShouldNotHave(RuleCatalog.DxPrincipalUnacceptable);
    }

    [Fact]
    public void Check_AftercareAlone_NeedsASecondaryDiagnosis()
    {
        // Z51.89 (other specified aftercare) is unacceptable as principal diagnosis only when no secondary diagnosis is
        // reported (the MCE's REQUIRES_SDX: flags unacceptable and reqsdx).
        var finding = Check(Institutional(Fy2026Date, s_man70, [Dx("Z51.89", "Y")])).ShouldHaveMceEdit(RuleCatalog.DxPrincipalUnacceptable, "diagnoses[0]", "REQUIRES_SDX");
        finding.Message.Should().Be("MCE v43.1 REQUIRES_SDX: Z51.89 is acceptable as principal diagnosis only with a secondary diagnosis, and the claim has none: report the condition treated as a secondary diagnosis.");

        Check(Institutional(Fy2026Date, s_man70, [Dx("Z51.89", "Y"), Dx("I10", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_EssentialHypertensionAsPrincipal_IsAQuestionableAdmission()
    {
        var finding = Check(Institutional(Fy2026Date, s_man70, [Dx("I10", "Y")])).ShouldHaveMceEdit(RuleCatalog.DxQuestionableAdmission, "diagnoses[0]", "QUESTIONABLE_ADMISSION");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("MCE v43.1 QUESTIONABLE_ADMISSION: I10 as principal diagnosis is a questionable reason for an inpatient admission: the claim may be reviewed; check that the principal diagnosis is the condition that required the stay.");

        // Hypertensive urgency admitted, essential hypertension as a secondary diagnosis.
        Check(Institutional(Fy2026Date, s_man70, [Dx("I16.0", "Y"), Dx("I10", "Y")])).ShouldBeCleanForTheMce();
    }

    // ---- Age and sex ----

    [Theory]
    // A newborn's birth-episode code on the mother's claim; on the baby's own claim (age 0) it is right.
    [InlineData("NEWBORN", new[] { "Z38.00" }, 0, 30, 0, "age 0")]
    // Failure to thrive coded with the child's code for an old man (adults have R62.7); a toddler's is right.
    [InlineData("PEDIATRIC", new[] { "E86.0", "R62.51" }, 1, 84, 3, "ages 0-17")]
    // Gestational diabetes: 9 to 64 from October 2019; 65 is one year too many.
    [InlineData("MATERNITY", new[] { "O24.410" }, 0, 65, 64, "ages 9-64")]
    // Adult failure to thrive for a 14-year-old; at 15 it is in range.
    [InlineData("ADULT", new[] { "E43", "R62.7" }, 1, 14, 15, "ages 15-124")]
    public void Check_DiagnosisForAnotherAgeGroup_IsAnAgeConflictOfThatGroup(string group, string[] codes, int position, int conflictingAge, int acceptedAge, string ages)
    {
        var stay = Stay(s_fy2026, days: 3);
        ClaimDiagnosis[] diagnoses = [.. codes.Select(c => Dx(c, "Y"))];
        var conflict = Check(Inpatient(stay, conflictingAge, AdministrativeSex.Female, diagnoses));
        var finding = conflict.ShouldHaveMceEdit(RuleCatalog.AgeConflict, $"diagnoses[{position}]", "AGE_CONFLICT");
        finding.Message.Should().Be($"MCE v43.1 AGE_CONFLICT: {codes[position]} is a {group.ToLowerInvariant()} diagnosis ({ages} on the discharge date), and the patient's age on admission is outside that range.");
        finding.Message.Should().NotContain(conflictingAge.ToString(CultureInfo.InvariantCulture));
        finding.Message.Should().NotContain(stay.AdmissionDate.AddYears(-conflictingAge).Year.ToString(CultureInfo.InvariantCulture));
        MedicareCodeEditor.Edit(MedicareCodeEditorEdit.ToMceClaim(Inpatient(stay, conflictingAge, AdministrativeSex.Female, diagnoses)), TestData.Mce431.Value)
            .CodeEdits.Should().ContainSingle().Which.AgeConflict!.Value.ToCmsName().Should().Be(group);

        Check(Inpatient(stay, acceptedAge, AdministrativeSex.Female, diagnoses)).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_ProstateCodeForAWomanInFy2024_IsASexConflictOnTheDiagnosis()
    {
        // N40.0 (benign prostatic hyperplasia) is male-only on rows up to 2024-09-30: MCE 43.1 edits FY2024 by them.
        ClaimDiagnosis[] hyperplasia = [Dx("N40.0", "Y")];
        var finding = Check(Inpatient(Stay(s_fy2024, days: 2), 70, AdministrativeSex.Female, hyperplasia))
            .ShouldHaveMceEdit(RuleCatalog.SexConflict, "diagnoses[0]", "SEX_CONFLICT");
        finding.Message.Should().Be("MCE v43.1 SEX_CONFLICT: N40.0 is a male-only diagnosis on a claim for a female patient.");

        Check(Inpatient(Stay(s_fy2024, days: 2), 70, AdministrativeSex.Male, hyperplasia)).ShouldBeCleanForTheMce();
        // CMS removed the sex conflict edits from 2024-10-01: the same woman discharged a few months later has none.
        Check(Inpatient(Stay(new DateOnly(2024, 10, 1), days: 2), 70, AdministrativeSex.Female, hyperplasia)).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_HysterectomyForAManInFy2024_IsASexConflictOnTheProcedure()
    {
        // 0UT90ZZ (resection of uterus, open) is female-only on rows up to 2024-09-30; so is D25.9 (leiomyoma of uterus).
        ClaimDiagnosis[] fibroids = [Dx("D25.9", "Y")];
        var result = Check(Inpatient(Stay(s_fy2024, days: 2), 47, AdministrativeSex.Male, fibroids, "0UT90ZZ"));
        result.ShouldHaveMceEdit(RuleCatalog.SexConflict, "procedures[0]", "SEX_CONFLICT").Message
            .Should().Be("MCE v43.1 SEX_CONFLICT: 0UT90ZZ is a female-only procedure on a claim for a male patient.");
        result.ShouldHaveMceEdit(RuleCatalog.SexConflict, "diagnoses[0]", "SEX_CONFLICT");

        Check(Inpatient(Stay(s_fy2024, days: 2), 47, AdministrativeSex.Female, fibroids, "0UT90ZZ")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_AdmittingDiagnosisOfTheOtherSex_IsRecordedByTheMceButNotAFinding()
    {
        // CMS's software records an age or sex conflict on the admitting diagnosis without counting it: no finding.
        var claim = Inpatient(Stay(s_fy2024, days: 3, admittingDiagnosis: "N40.1"), 70, AdministrativeSex.Female, [Dx("N39.0", "Y")]);
        MedicareCodeEditor.Edit(MedicareCodeEditorEdit.ToMceClaim(claim), TestData.Mce431.Value).ToString().Should().Be("NONE\t\tadx:N40.1=SEX_CONFLICT");

        Check(claim).ShouldBeCleanForTheMce();
    }

    // ---- Secondary diagnoses ----

    [Fact]
    public void Check_PrincipalDiagnosisRepeated_IsADuplicateEachTime()
    {
        // COPD exacerbation coded again as a secondary diagnosis, then a third time. The admitting diagnosis (R06.03, acute
        // respiratory distress), which CMS's results list between the principal and the secondary diagnoses, shifts no target.
        var stay = Stay(s_fy2026, days: 4, admittingDiagnosis: "R06.03");
        var finding = Check(Inpatient(stay, 74, AdministrativeSex.Male, [Dx("J44.1", "Y"), Dx("J44.1", "Y")]))
            .ShouldHaveMceEdit(RuleCatalog.DxDuplicateOfPrincipal, "diagnoses[1]", "DUPLICATE_OF_PDX");
        finding.Message.Should().Be("MCE v43.1 DUPLICATE_OF_PDX: J44.1 repeats the principal diagnosis: report it once.");
        var thrice = Check(Inpatient(stay, 74, AdministrativeSex.Male, [Dx("J44.1", "Y"), Dx("J44.1", "Y"), Dx("J44.1", "Y")]));
        thrice.For(RuleCatalog.DxDuplicateOfPrincipal).Select(f => f.Target).Should().Equal("diagnoses[1]", "diagnoses[2]");

        // The exacerbation with acute respiratory failure instead.
        Check(Inpatient(stay, 74, AdministrativeSex.Male, [Dx("J44.1", "Y"), Dx("J96.01", "Y")])).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_WrongSideSurgeryCode_IsAWrongProcedurePerformed()
    {
        // Right knee osteoarthritis, left knee replaced: Y65.53 (correct procedure on the wrong side) records it.
        var finding = Check(Inpatient(Stay(s_fy2026, days: 2), 68, AdministrativeSex.Female, [Dx("M17.11", "Y"), Dx("Y65.53", "Y")], "0SRD0J9"))
            .ShouldHaveMceEdit(RuleCatalog.DxWrongProcedurePerformed, "diagnoses[1]", "WRONG_PROCEDURE_PERFORMED");
        finding.Message.Should().Be("MCE v43.1 WRONG_PROCEDURE_PERFORMED: Y65.53 records a wrong procedure (wrong site, wrong patient, wrong procedure): the stay is not paid as coded.");

        Check(Inpatient(Stay(s_fy2026, days: 2), 68, AdministrativeSex.Female, [Dx("M17.11", "Y")], "0SRD0J9")).ShouldBeCleanForTheMce();
    }

    [Fact]
    public void Check_CellulitisOfAnUnspecifiedLimb_IsUnspecified()
    {
        // L03.119 carries the MCE's unspecified flag from 2022-04-01; the right lower limb, L03.115, is specific.
        var finding = Check(Inpatient(Stay(s_fy2026, days: 3), 58, AdministrativeSex.Male, [Dx("L03.119", "Y"), Dx("E11.9", "Y")]))
            .ShouldHaveMceEdit(RuleCatalog.DxUnspecified, "diagnoses[0]", "UNSPECIFIED");
        finding.Message.Should().Be("MCE v43.1 UNSPECIFIED: L03.119 is unspecified where the classification has specific codes (laterality, type): code the documented specifics.");

        Check(Inpatient(Stay(s_fy2026, days: 3), 58, AdministrativeSex.Male, [Dx("L03.115", "Y"), Dx("E11.9", "Y")])).ShouldBeCleanForTheMce();
        // Before the flag: a discharge on 2022-03-31.
        Check(Inpatient(Stay(new DateOnly(2022, 3, 31), days: 3), 58, AdministrativeSex.Male, [Dx("L03.119", "Y"), Dx("E11.9", "Y")])).ShouldBeCleanForTheMce();
    }
}
