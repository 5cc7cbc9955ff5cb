namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns an edit of the Medicare Code Editor (MCE), as CMS's software names it in <c>mce_edits.tsv</c>
/// (<see cref="MceEditNames.ToCmsName(MceEdit)"/> gives that name: <see cref="UnacceptablePdx"/> is <c>UNACCEPTABLE_PDX</c>).
/// </summary>
/// <remarks>
/// The edits CMS's MCE raises on ICD-10 claims. Those that only the ICD-9 tables could raise (the specific
/// <c>LIMITED_COVERAGE_*</c> kinds), the type carried with an age conflict (<c>TYPE_OF_AGE_CONFLICT</c>, see
/// <see cref="MceAgeConflictType"/>), <c>INVALID_POA</c> (the MCE never edits POA) and the unused slots are not members.
/// </remarks>
public enum MceEdit
{
    /// <summary><c>INVALID_CODE</c>: a diagnosis or procedure that is not a valid code on the discharge date.</summary>
    InvalidCode,

    /// <summary><c>INVALID_ADMIT_DX</c>: an admitting diagnosis that is not a valid code on the discharge date.</summary>
    InvalidAdmitDx,

    /// <summary><c>INVALID_AGE</c>: an age outside the ages the MCE's age groups span (0 to 124).</summary>
    InvalidAge,

    /// <summary><c>INVALID_SEX</c>: a sex the MCE does not accept on the discharge date (unknown is accepted from October 1, 2024).</summary>
    InvalidSex,

    /// <summary><c>INVALID_DISCHARGE_STATUS</c>: a patient discharge status not valid on the discharge date.</summary>
    InvalidDischargeStatus,

    /// <summary><c>E_CODE_AS_PDX</c>: an external cause code as principal diagnosis.</summary>
    ECodeAsPdx,

    /// <summary><c>MANIFESTATION_AS_PDX</c>: a manifestation code as principal diagnosis.</summary>
    ManifestationAsPdx,

    /// <summary><c>NONSPECIFIC_PDX</c> (postpayment): a non-specific principal diagnosis.</summary>
    NonspecificPdx,

    /// <summary><c>UNACCEPTABLE_PDX</c>: a code unacceptable as principal diagnosis.</summary>
    UnacceptablePdx,

    /// <summary><c>REQUIRES_SDX</c>: a principal diagnosis acceptable only with a secondary diagnosis, on a claim with none.</summary>
    RequiresSdx,

    /// <summary><c>QUESTIONABLE_ADMISSION</c>: a principal diagnosis that rarely justifies an inpatient admission.</summary>
    QuestionableAdmission,

    /// <summary><c>AGE_CONFLICT</c>: a diagnosis for an age group (newborn, pediatric, maternity, adult) the patient's age is outside.</summary>
    AgeConflict,

    /// <summary><c>SEX_CONFLICT</c>: a diagnosis or procedure for one sex only, on a claim of another (or an unknown) sex.</summary>
    SexConflict,

    /// <summary><c>DUPLICATE_OF_PDX</c>: a secondary diagnosis that repeats the principal diagnosis.</summary>
    DuplicateOfPdx,

    /// <summary><c>WRONG_PROCEDURE_PERFORMED</c>: a diagnosis recording a wrong procedure (wrong site, wrong patient).</summary>
    WrongProcedurePerformed,

    /// <summary><c>UNSPECIFIED</c>: an unspecified diagnosis where the classification has specific codes.</summary>
    Unspecified,

    /// <summary><c>MEDICARE_IS_SECONDARY_PAYER</c> (postpayment): a diagnosis (an injury) that may make Medicare the secondary payer.</summary>
    MedicareIsSecondaryPayer,

    /// <summary><c>NON_COVERED</c>: a procedure Medicare does not cover, always or in the claim's circumstances.</summary>
    NonCovered,

    /// <summary><c>LIMITED_COVERAGE</c>: a procedure Medicare covers only in some circumstances.</summary>
    LimitedCoverage,

    /// <summary><c>QUESTIONABLE_OBSTETRIC_ADMISSION</c>: a delivery procedure without an outcome-of-delivery secondary diagnosis.</summary>
    QuestionableObstetricAdmission,

    /// <summary><c>INCONSISTENT_WITH_LENGTH_OF_STAY</c>: a procedure that needs a longer stay (over 96 hours of ventilation in a stay of 4 days or less).</summary>
    InconsistentWithLengthOfStay,

    /// <summary><c>NONSPECIFIC_OR</c> (postpayment): only non-specific O.R. procedures on the claim.</summary>
    NonspecificOr,

    /// <summary><c>OPEN_BIOPSY</c> (postpayment): an open biopsy procedure.</summary>
    OpenBiopsy,

    /// <summary><c>BILATERAL</c> (postpayment): two or more bilateral procedures with a principal diagnosis of MDC 8.</summary>
    Bilateral,
}
