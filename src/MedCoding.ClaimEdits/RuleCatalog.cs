using System.Collections.Frozen;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns the catalogue of rule ids: the one place every stable id, its default severity and its rule set is defined.
/// </summary>
/// <remarks>
/// Ids never change meaning once published; payers that use other codes map them with
/// <see cref="ClaimEditorBuilder.WithErrorCode"/>.
/// </remarks>
public static class RuleCatalog
{
    /// <summary>The diagnosis code is not an ICD-10-CM code in any known release.</summary>
    public const string DxUnknown = "DX_UNKNOWN";

    /// <summary>The diagnosis code is a header (category or subcategory), not a billable code.</summary>
    public const string DxNotBillable = "DX_NOT_BILLABLE";

    /// <summary>The 7th character is missing or invalid, or the placeholder X is missing.</summary>
    public const string DxSeventhCharacter = "DX_SEVENTH_CHARACTER";

    /// <summary>The code is valid in another release, but not in the one in force on the date of service.</summary>
    public const string DxNotInForce = "DX_NOT_IN_FORCE";

    /// <summary>Two diagnoses that an Excludes1 note forbids together.</summary>
    public const string DxExcludes1 = "DX_EXCLUDES1";

    /// <summary>A manifestation code, which must follow its underlying condition, is listed first.</summary>
    public const string DxManifestationFirst = "DX_MANIFESTATION_FIRST";

    /// <summary>An external cause code (V00-Y99) is listed first.</summary>
    public const string DxExternalCauseFirst = "DX_EXTERNAL_CAUSE_FIRST";

    /// <summary>A line points to a diagnosis that is not on the claim, twice to the same one, or to more than four.</summary>
    public const string DxPointerInvalid = "DX_POINTER_INVALID";

    /// <summary>More diagnoses than the claim form holds (12 on a professional claim).</summary>
    public const string DxLimitExceeded = "DX_LIMIT_EXCEEDED";

    /// <summary>The procedure code (ICD-10-PCS, CPT or HCPCS) is not known on the date of service.</summary>
    public const string ProcUnknown = "PROC_UNKNOWN";

    /// <summary>An NCCI procedure-to-procedure edit bundles the column 2 code into the column 1 code.</summary>
    public const string PtpBundled = "PTP_BUNDLED";

    /// <summary>More units than the Medically Unlikely Edit allows.</summary>
    public const string MueExceeded = "MUE_EXCEEDED";

    /// <summary>The modifier is not a known modifier.</summary>
    public const string ModifierUnknown = "MODIFIER_UNKNOWN";

    /// <summary>Two modifiers on one line contradict each other (LT with RT, 50 with LT or RT, 26 with TC).</summary>
    public const string ModifierConflict = "MODIFIER_CONFLICT";

    /// <summary>An institutional claim lacks the present-on-admission indicator of a diagnosis that needs one.</summary>
    public const string PoaMissing = "POA_MISSING";

    /// <summary>The present-on-admission indicator is not Y, N, U, W or 1, or is 1 for a code that is not exempt.</summary>
    public const string PoaInvalid = "POA_INVALID";

    /// <summary>A present-on-admission value is reported for a code exempt from POA reporting.</summary>
    public const string PoaExemptReported = "POA_EXEMPT_REPORTED";

    /// <summary>The code conflicts with the patient's age (Medicare Code Editor newborn, pediatric, maternity and adult lists).</summary>
    public const string AgeConflict = "AGE_CONFLICT";

    /// <summary>The code conflicts with the patient's sex (Medicare Code Editor female-only and male-only lists).</summary>
    public const string SexConflict = "SEX_CONFLICT";

    /// <summary>The principal diagnosis of an institutional claim is on the Medicare Code Editor's list of codes unacceptable as principal diagnosis.</summary>
    public const string DxPrincipalUnacceptable = "DX_PRINCIPAL_UNACCEPTABLE";

    /// <summary>The principal diagnosis of an institutional claim is on the Medicare Code Editor's questionable-admission list.</summary>
    public const string DxQuestionableAdmission = "DX_QUESTIONABLE_ADMISSION";

    /// <summary>An ICD-10-PCS procedure Medicare does not cover (Medicare Code Editor non-covered procedures).</summary>
    public const string ProcNoncovered = "PROC_NONCOVERED";

    /// <summary>An ICD-10-PCS procedure whose Medicare coverage is limited (Medicare Code Editor limited-coverage procedures).</summary>
    public const string ProcLimitedCoverage = "PROC_LIMITED_COVERAGE";

    /// <summary>A code the Medicare Code Editor finds invalid on the discharge date (MCE <c>INVALID_CODE</c>).</summary>
    public const string MceInvalidCode = "MCE_INVALID_CODE";

    /// <summary>An admitting diagnosis the Medicare Code Editor finds invalid on the discharge date (MCE <c>INVALID_ADMIT_DX</c>).</summary>
    public const string MceInvalidAdmittingDiagnosis = "MCE_INVALID_ADMIT_DX";

    /// <summary>An age on admission outside the ages the Medicare Code Editor accepts (MCE <c>INVALID_AGE</c>).</summary>
    public const string MceInvalidAge = "MCE_INVALID_AGE";

    /// <summary>A sex the Medicare Code Editor does not accept on the discharge date (MCE <c>INVALID_SEX</c>).</summary>
    public const string MceInvalidSex = "MCE_INVALID_SEX";

    /// <summary>A patient discharge status not valid on the discharge date (MCE <c>INVALID_DISCHARGE_STATUS</c>).</summary>
    public const string MceInvalidDischargeStatus = "MCE_INVALID_DISCHARGE_STATUS";

    /// <summary>A secondary diagnosis that repeats the principal diagnosis (MCE <c>DUPLICATE_OF_PDX</c>).</summary>
    public const string DxDuplicateOfPrincipal = "DX_DUPLICATE_OF_PRINCIPAL";

    /// <summary>A diagnosis recording a wrong procedure: wrong site, wrong patient (MCE <c>WRONG_PROCEDURE_PERFORMED</c>).</summary>
    public const string DxWrongProcedurePerformed = "DX_WRONG_PROCEDURE_PERFORMED";

    /// <summary>An unspecified diagnosis where specific codes exist (MCE <c>UNSPECIFIED</c>).</summary>
    public const string DxUnspecified = "DX_UNSPECIFIED";

    /// <summary>A non-specific principal diagnosis (MCE postpayment <c>NONSPECIFIC_PDX</c>).</summary>
    public const string DxNonspecificPrincipal = "DX_NONSPECIFIC_PRINCIPAL";

    /// <summary>A diagnosis that may make Medicare the secondary payer (MCE postpayment <c>MEDICARE_IS_SECONDARY_PAYER</c>).</summary>
    public const string DxMedicareSecondaryPayer = "DX_MEDICARE_SECONDARY_PAYER";

    /// <summary>A delivery procedure without an outcome-of-delivery secondary diagnosis (MCE <c>QUESTIONABLE_OBSTETRIC_ADMISSION</c>).</summary>
    public const string ProcQuestionableObstetricAdmission = "PROC_QUESTIONABLE_OBSTETRIC_ADMISSION";

    /// <summary>A procedure that needs a longer stay than the claim's (MCE <c>INCONSISTENT_WITH_LENGTH_OF_STAY</c>).</summary>
    public const string ProcInconsistentWithLengthOfStay = "PROC_INCONSISTENT_WITH_LENGTH_OF_STAY";

    /// <summary>Only non-specific O.R. procedures on the claim (MCE postpayment <c>NONSPECIFIC_OR</c>).</summary>
    public const string ProcNonspecificOperatingRoom = "PROC_NONSPECIFIC_OR";

    /// <summary>An open biopsy procedure (MCE postpayment <c>OPEN_BIOPSY</c>).</summary>
    public const string ProcOpenBiopsy = "PROC_OPEN_BIOPSY";

    /// <summary>Two or more bilateral procedures with a principal diagnosis of MDC 8 (MCE postpayment <c>BILATERAL</c>).</summary>
    public const string ProcBilateral = "PROC_BILATERAL";

    /// <summary>Two lines bill the same code, modifiers and date of service.</summary>
    public const string DuplicateLine = "DUPLICATE_LINE";

    /// <summary>
    /// A rule could not be checked because the data it needs is not available for the claim: no release is in force on
    /// its date (no ICD-10-CM release, no POA-exempt list for that fiscal year, no Medicare Code Editor version), or the
    /// data is not configured at all. The finding names the rules and the date; <see cref="ClaimEditResult.UncheckedRules"/>
    /// lists the rules.
    /// </summary>
    public const string DataUnavailable = "DATA_UNAVAILABLE";

    private static readonly RuleDescriptor[] s_all =
    [
        new(DxUnknown, Severity.Error, RuleSets.Diagnosis, "Diagnosis code unknown"),
        new(DxNotBillable, Severity.Error, RuleSets.Diagnosis, "Diagnosis code is a header, not billable"),
        new(DxSeventhCharacter, Severity.Error, RuleSets.Diagnosis, "7th character or placeholder missing or invalid"),
        new(DxNotInForce, Severity.Error, RuleSets.Diagnosis, "Diagnosis code not in force on the date of service"),
        new(DxExcludes1, Severity.Error, RuleSets.Diagnosis, "Excludes1: diagnoses never reported together"),
        new(DxManifestationFirst, Severity.Error, RuleSets.Diagnosis, "Manifestation code listed first"),
        new(DxExternalCauseFirst, Severity.Error, RuleSets.Diagnosis, "External cause code listed first"),
        new(DxPointerInvalid, Severity.Error, RuleSets.Diagnosis, "Diagnosis pointer invalid"),
        new(DxLimitExceeded, Severity.Error, RuleSets.Diagnosis, "Too many diagnoses for the claim form"),
        new(ProcUnknown, Severity.Error, RuleSets.Procedure, "Procedure code unknown"),
        new(PtpBundled, Severity.Error, RuleSets.Ncci, "NCCI procedure-to-procedure edit"),
        new(MueExceeded, Severity.Error, RuleSets.Mue, "Medically Unlikely Edit exceeded"),
        new(ModifierUnknown, Severity.Error, RuleSets.Modifier, "Modifier unknown"),
        new(ModifierConflict, Severity.Error, RuleSets.Modifier, "Conflicting modifiers"),
        new(PoaMissing, Severity.Error, RuleSets.PresentOnAdmission, "Present-on-admission indicator missing"),
        new(PoaInvalid, Severity.Error, RuleSets.PresentOnAdmission, "Present-on-admission indicator invalid"),
        new(PoaExemptReported, Severity.Warning, RuleSets.PresentOnAdmission, "Present-on-admission indicator reported for an exempt code"),
        new(AgeConflict, Severity.Error, RuleSets.Mce, "Code conflicts with the patient's age"),
        new(SexConflict, Severity.Error, RuleSets.Mce, "Code conflicts with the patient's sex"),
        new(DxPrincipalUnacceptable, Severity.Error, RuleSets.Mce, "Diagnosis unacceptable as principal diagnosis"),
        new(DxQuestionableAdmission, Severity.Warning, RuleSets.Mce, "Questionable admission: principal diagnosis rarely justifies an inpatient stay"),
        new(ProcNoncovered, Severity.Error, RuleSets.Mce, "Procedure not covered by Medicare"),
        new(ProcLimitedCoverage, Severity.Warning, RuleSets.Mce, "Procedure with limited Medicare coverage"),
        new(MceInvalidCode, Severity.Error, RuleSets.Mce, "Code invalid for the Medicare Code Editor on the discharge date"),
        new(MceInvalidAdmittingDiagnosis, Severity.Warning, RuleSets.Mce, "Admitting diagnosis invalid on the discharge date"),
        new(MceInvalidAge, Severity.Error, RuleSets.Mce, "Age on admission outside the ages the Medicare Code Editor accepts"),
        new(MceInvalidSex, Severity.Error, RuleSets.Mce, "Sex not accepted by the Medicare Code Editor on the discharge date"),
        new(MceInvalidDischargeStatus, Severity.Error, RuleSets.Mce, "Patient discharge status invalid on the discharge date"),
        new(DxDuplicateOfPrincipal, Severity.Error, RuleSets.Mce, "Secondary diagnosis repeats the principal diagnosis"),
        new(DxWrongProcedurePerformed, Severity.Error, RuleSets.Mce, "Diagnosis records a wrong procedure"),
        new(DxUnspecified, Severity.Error, RuleSets.Mce, "Unspecified diagnosis where specific codes exist"),
        new(DxNonspecificPrincipal, Severity.Warning, RuleSets.Mce, "Non-specific principal diagnosis (postpayment review)"),
        new(DxMedicareSecondaryPayer, Severity.Warning, RuleSets.Mce, "Medicare may be the secondary payer (postpayment review)"),
        new(ProcQuestionableObstetricAdmission, Severity.Warning, RuleSets.Mce, "Delivery procedure without an outcome of delivery"),
        new(ProcInconsistentWithLengthOfStay, Severity.Error, RuleSets.Mce, "Procedure inconsistent with the length of stay"),
        new(ProcNonspecificOperatingRoom, Severity.Warning, RuleSets.Mce, "Only non-specific O.R. procedures (postpayment review)"),
        new(ProcOpenBiopsy, Severity.Warning, RuleSets.Mce, "Open biopsy (postpayment review)"),
        new(ProcBilateral, Severity.Warning, RuleSets.Mce, "Bilateral procedures with an MDC 8 principal diagnosis (postpayment review)"),
        new(DuplicateLine, Severity.Warning, RuleSets.Line, "Duplicate line"),
        new(DataUnavailable, Severity.Warning, RuleSets.DataAvailability, "A rule could not be checked: its data is not available for the claim's date"),
    ];

    private static readonly FrozenDictionary<string, RuleDescriptor> s_byId = s_all.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Gets every rule in the catalogue, in the order above.</summary>
    public static IReadOnlyList<RuleDescriptor> All => s_all;

    /// <summary>Returns the descriptor of a rule id.</summary>
    /// <param name="id">The rule id, e.g. <c>DX_EXCLUDES1</c>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not in the catalogue.</exception>
    public static RuleDescriptor Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"{MessageText.Quote(id)} is not a rule id in the catalogue ({string.Join(", ", s_all.Select(d => d.Id))}).");

    /// <summary>Returns the descriptor of a rule id, or <see langword="null"/> when it is not in the catalogue.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The descriptor, or <see langword="null"/>.</returns>
    public static RuleDescriptor? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return s_byId.TryGetValue(id, out var descriptor) ? descriptor : null;
    }
}
