using System.Globalization;
using MedCoding.ClaimEdits.Mce;

namespace MedCoding.ClaimEdits.Tests.Mce;

/// <summary>
/// The Medicare Code Editor's verdict on a claim, as CMS's software gives it (<c>msdrg/v43/mce/cases/README.md</c>, semantics
/// 1, 5 and 6): the edit type (PREPAYMENT, POSTPAYMENT, BOTH, NONE, INVALID_DISCHARGE_DATE) and how edits are counted. Results
/// are compared in CMS's written form: edit type, edit counter, code edits, tab-separated.
/// </summary>
public sealed class MedicareCodeEditorTests
{
    private static readonly DateOnly s_fy2026 = new(2025, 11, 3);

    private static MceRelease Mce431 => TestData.Mce431.Value;

    private static MceRelease Synthetic => TestData.SyntheticMce.Value;

    /// <summary>Returns an inpatient claim as the MCE reads it: a 70-year-old man discharged home (01) after 3 days in FY2026.</summary>
    private static MceClaim Claim(string principal, params string[] secondary) => new()
    {
        DischargeDate = s_fy2026,
        Age = 70,
        Sex = MceClaim.Male,
        DischargeStatus = 1,
        LengthOfStay = 3,
        PrincipalDiagnosis = principal,
        SecondaryDiagnoses = secondary,
    };

    // ---- Edit type ----

    [Fact]
    public void Edit_NoEdit_IsNone()
    {
        var result = MedicareCodeEditor.Edit(Claim("J189"), Mce431);
        result.ToString().Should().Be("NONE\t\t");
        result.HasEdits.Should().BeFalse();
        result.Release.Name.Should().Be("MCE v43.1");
    }

    [Fact]
    public void Edit_PrepaymentEdit_IsPrepayment()
    {
        MedicareCodeEditor.Edit(Claim("I10"), Mce431).ToString().Should().Be("PREPAYMENT\tQUESTIONABLE_ADMISSION=1\tpdx:I10=QUESTIONABLE_ADMISSION");
    }

    [Fact]
    public void Edit_OnlyAnInvalidAdmittingDiagnosis_IsNoneThoughCounted()
    {
        // INVALID_ADMIT_DX has the edit type NONE (mce_edits.tsv): counted, but the claim is neither pre- nor postpayment.
        var result = MedicareCodeEditor.Edit(Claim("I214") with { AdmittingDiagnosis = "R07" }, Mce431);
        result.ToString().Should().Be("NONE\tINVALID_ADMIT_DX=1\tadx:R07=INVALID_ADMIT_DX");
        result.EditType.Should().Be(MceEditType.None);
        result.HasEdits.Should().BeTrue();
        result.CountOf(MceEdit.InvalidAdmitDx).Should().Be(1);

        // With a typed edit beside it, that edit's type decides.
        MedicareCodeEditor.Edit(Claim("I10") with { AdmittingDiagnosis = "R07" }, Mce431).EditType.Should().Be(MceEditType.Prepayment);
    }

    [Fact]
    public void Edit_OnlyPostpaymentEdits_IsPostpayment()
    {
        // Synthetic release: R69 is flagged nonspecific (NONSPECIFIC_PDX, postpayment).
        MedicareCodeEditor.Edit(Claim("R69"), Synthetic).ToString().Should().Be("POSTPAYMENT\tNONSPECIFIC_PDX=1\tpdx:R69=NONSPECIFIC_PDX");
    }

    [Fact]
    public void Edit_PrepaymentAndPostpaymentEdits_IsBoth()
    {
        // Synthetic release: a hip fracture (MEDICARE_IS_SECONDARY_PAYER, postpayment) with a discharge status it does not list
        // (INVALID_DISCHARGE_STATUS, prepayment); then the same with an invalid secondary code (INVALID_CODE, prepayment).
        MedicareCodeEditor.Edit(Claim("S72001A") with { DischargeStatus = 41 }, Synthetic).ToString()
            .Should().Be("BOTH\tINVALID_DISCHARGE_STATUS=1,MEDICARE_IS_SECONDARY_PAYER=1\tpdx:S72001A=MEDICARE_IS_SECONDARY_PAYER");
        MedicareCodeEditor.Edit(Claim("S72001A", "W19XXXA"), Synthetic).ToString()
            .Should().Be("BOTH\tINVALID_CODE=1,MEDICARE_IS_SECONDARY_PAYER=1\tpdx:S72001A=MEDICARE_IS_SECONDARY_PAYER;sdx1:W19XXXA=INVALID_CODE");
    }

    [Theory]
    [InlineData(null)] // no discharge date
    [InlineData("1985-09-30")] // the day before the first date the MCE edits
    [InlineData("2026-10-01")] // the day after 43.1's termination date
    public void Edit_DischargeDateOutsideTheRelease_IsInvalidDischargeDateWithNoEdit(string? date)
    {
        // An invalid code, age, sex and status: none is edited.
        var claim = Claim("G35") with
        {
            DischargeDate = date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture),
            Age = 130,
            Sex = 9,
            DischargeStatus = 41,
        };
        var result = MedicareCodeEditor.Edit(claim, Mce431);
        result.ToString().Should().Be("INVALID_DISCHARGE_DATE\t\t");
        result.HasEdits.Should().BeFalse();
    }

    [Fact]
    public void Edit_FirstAndLastDischargeDates_AreEdited()
    {
        // 1985-10-01: every ICD-10 code is invalid then; 2026-09-30: 43.1's termination date.
        MedicareCodeEditor.Edit(Claim("J189") with { DischargeDate = new DateOnly(1985, 10, 1) }, Mce431).ToString().Should().Be("PREPAYMENT\tINVALID_CODE=1\tpdx:J189=INVALID_CODE");
        MedicareCodeEditor.Edit(Claim("I10") with { DischargeDate = new DateOnly(2026, 9, 30) }, Mce431).EditType.Should().Be(MceEditType.Prepayment);
    }

    // ---- Counting ----

    [Fact]
    public void Edit_ClaimLevelEdits_AreCountedOnceAndOnNoCode()
    {
        // 125 years old, sex unknown before 2024-10-01, hospice status 41 on an inpatient claim.
        var result = MedicareCodeEditor.Edit(Claim("J189") with { DischargeDate = new DateOnly(2024, 3, 15), Age = 125, Sex = MceClaim.UnknownSex, DischargeStatus = 41 }, Mce431);
        result.ToString().Should().Be("PREPAYMENT\tINVALID_AGE=1,INVALID_DISCHARGE_STATUS=1,INVALID_SEX=1\t");
    }

    [Fact]
    public void Edit_AdmittingDiagnosisSexConflict_IsRecordedButNotCounted()
    {
        // CMS's README example: a woman discharged 2024-01-15, N40.0 as principal, admitting and secondary diagnosis, and a
        // male-only procedure: four sex conflicts on codes, three counted.
        var claim = new MceClaim
        {
            DischargeDate = new DateOnly(2024, 1, 15),
            Age = 70,
            Sex = MceClaim.Female,
            DischargeStatus = 1,
            LengthOfStay = 3,
            AdmittingDiagnosis = "N400",
            PrincipalDiagnosis = "N400",
            SecondaryDiagnoses = ["N400"],
            Procedures = ["0VT00ZZ"],
        };
        MedicareCodeEditor.Edit(claim, Mce431).ToString().Should().Be(
            "PREPAYMENT\tDUPLICATE_OF_PDX=1,SEX_CONFLICT=3\tpdx:N400=SEX_CONFLICT;adx:N400=SEX_CONFLICT;sdx1:N400=DUPLICATE_OF_PDX+SEX_CONFLICT;px1:0VT00ZZ=SEX_CONFLICT");
    }

    [Fact]
    public void Edit_AdmittingDiagnosisAgeConflictAlone_LeavesTheClaimWithoutEdits()
    {
        // Admitted for gestational diabetes at 70, treated for type 2 diabetes: the conflict is recorded on the admitting
        // diagnosis, with its type, and nothing is counted.
        var result = MedicareCodeEditor.Edit(Claim("E1165") with { AdmittingDiagnosis = "O24410" }, Mce431);
        result.ToString().Should().Be("NONE\t\tadx:O24410=AGE_CONFLICT(MATERNITY)");
        result.HasEdits.Should().BeFalse();
        result.CountOf(MceEdit.AgeConflict).Should().Be(0);
        result.CodeEdits.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new MceCodeEdits(new MceCodePosition(MceCodeRole.AdmittingDiagnosis, 0), "O24410", [MceEdit.AgeConflict], MceAgeConflictType.Maternity),
            options => options.ComparingByMembers<MceCodeEdits>());
    }

    [Fact]
    public void Edit_PrincipalDiagnosisRepeated_CountsEveryDuplicate()
    {
        MedicareCodeEditor.Edit(Claim("J441", "J441", "J9601", "J441"), Mce431).ToString()
            .Should().Be("PREPAYMENT\tDUPLICATE_OF_PDX=2\tsdx1:J441=DUPLICATE_OF_PDX;sdx3:J441=DUPLICATE_OF_PDX");
        // An invalid principal diagnosis repeated: each is INVALID_CODE, and the repeat is also a duplicate.
        MedicareCodeEditor.Edit(Claim("G35", "G35"), Mce431).ToString()
            .Should().Be("PREPAYMENT\tDUPLICATE_OF_PDX=1,INVALID_CODE=2\tpdx:G35=INVALID_CODE;sdx1:G35=INVALID_CODE+DUPLICATE_OF_PDX");
    }

    [Fact]
    public void Edit_ExternalCauseOfAWrongProcedureAsPrincipal_HasBothEditsInCmsOrder()
    {
        // Y65.51-Y65.53 carry ecodepdx and wrngproc: as principal, E_CODE_AS_PDX then WRONG_PROCEDURE_PERFORMED, both counted.
        MedicareCodeEditor.Edit(Claim("Y6553"), Mce431).ToString()
            .Should().Be("PREPAYMENT\tE_CODE_AS_PDX=1,WRONG_PROCEDURE_PERFORMED=1\tpdx:Y6553=E_CODE_AS_PDX+WRONG_PROCEDURE_PERFORMED");
    }
}
