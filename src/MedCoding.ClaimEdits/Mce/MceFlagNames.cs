namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns the names of the Medicare Code Editor flags the claim edits read, as <c>mce_flag_attributes.tsv</c> and the code
/// tables write them. The meaning of each is the MCE's (CMS, <i>Definitions of Medicare Code Edits</i>, and the semantics
/// verified on CMS's MCE 43.1 cases, <c>msdrg/v43/mce/cases/README.md</c>).
/// </summary>
public static class MceFlagNames
{
    /// <summary>A diagnosis for newborns (the <c>Newborn</c> age group).</summary>
    public const string Newborn = "newborn";

    /// <summary>A diagnosis for children (the <c>Pediatric</c> age group).</summary>
    public const string Pediatric = "pediatric";

    /// <summary>A diagnosis of pregnancy (the <c>Maternity</c> age group).</summary>
    public const string Maternity = "maternity";

    /// <summary>A diagnosis for adults (the <c>Adult</c> age group).</summary>
    public const string Adult = "adult";

    /// <summary>A diagnosis or procedure for male patients only.</summary>
    public const string Male = "male";

    /// <summary>A diagnosis or procedure for female patients only.</summary>
    public const string Female = "female";

    /// <summary>A manifestation code, not allowed as principal diagnosis.</summary>
    public const string Manifestation = "manifestation";

    /// <summary>A diagnosis unacceptable as principal diagnosis.</summary>
    public const string Unacceptable = "unacceptable";

    /// <summary>With <see cref="Unacceptable"/>: acceptable as principal diagnosis when the claim has a secondary diagnosis.</summary>
    public const string RequiresSecondaryDiagnosis = "reqsdx";

    /// <summary>A principal diagnosis that is a questionable reason for an inpatient admission.</summary>
    public const string QuestionableAdmission = "qadm";

    /// <summary>An external cause code, not allowed as principal diagnosis.</summary>
    public const string ExternalCauseAsPrincipal = "ecodepdx";

    /// <summary>A procedure Medicare never covers.</summary>
    public const string NonCovered = "noncovered";

    /// <summary>A procedure Medicare does not cover for a patient over 60 (lumbar artificial disc replacement).</summary>
    public const string NonCoveredOver60 = "ncov12agele60";

    /// <summary>A procedure (pancreas transplant) not covered unless the claim has a <see cref="KidneyTransplant"/> procedure or a <see cref="Type1Diabetes"/> diagnosis.</summary>
    public const string NonCoveredUnlessKidneyTransplantOrType1Diabetes = "ncov45";

    /// <summary>A kidney transplant procedure.</summary>
    public const string KidneyTransplant = "kidneyxp";

    /// <summary>A diagnosis of type 1 diabetes.</summary>
    public const string Type1Diabetes = "diabtypeI";

    /// <summary>On a procedure: not covered when a diagnosis of the claim carries the same flag.</summary>
    public const string NonCoveredWithDiagnosis6 = "ncov6";

    /// <summary>On a procedure: not covered when a diagnosis of the claim carries the same flag.</summary>
    public const string NonCoveredWithDiagnosis7 = "ncov7";

    /// <summary>On a procedure: not covered when a diagnosis of the claim carries the same flag (the sterilization encounter, Z30.2).</summary>
    public const string NonCoveredWithSterilization = "ncov_z302";

    /// <summary>The first procedure of the artificial-heart pair, covered only in a clinical trial.</summary>
    public const string ArtificialHeartFirst = "lcov_artheartxpa";

    /// <summary>The second procedure of the artificial-heart pair, covered only in a clinical trial.</summary>
    public const string ArtificialHeartSecond = "lcov_artheartxpb";

    /// <summary>A diagnosis recording that the patient is in a clinical trial.</summary>
    public const string ClinicalTrial = "clintrial";

    /// <summary>A procedure whose Medicare coverage is limited.</summary>
    public const string LimitedCoverage = "lcov";

    /// <summary>A diagnosis that is not specific enough as principal diagnosis (postpayment edit <c>NONSPECIFIC_PDX</c>), or a non-specific O.R. procedure.</summary>
    public const string Nonspecific = "nonspecific";

    /// <summary>A diagnosis that may make Medicare the secondary payer (an injury; postpayment edit <c>MEDICARE_IS_SECONDARY_PAYER</c>).</summary>
    public const string MedicareSecondaryPayer = "msp";

    /// <summary>A diagnosis of Major Diagnostic Category 8 (musculoskeletal), for the bilateral-procedure edit.</summary>
    public const string Mdc08 = "mdc08";

    /// <summary>An O.R. procedure, for the non-specific O.R. procedure edit.</summary>
    public const string OperatingRoom = "or_indic";

    /// <summary>An open biopsy procedure (postpayment edit <c>OPEN_BIOPSY</c>).</summary>
    public const string Biopsy = "biopsy";

    /// <summary>A procedure that, done on both sides with a principal diagnosis of MDC 8, raises the postpayment edit <c>BILATERAL</c>.</summary>
    public const string Bilateral = "bilateral";

    /// <summary>A procedure inconsistent with a length of stay under four days (<c>5A1955Z</c>, 96 or more consecutive hours of ventilation).</summary>
    public const string LengthOfStay = "los";

    /// <summary>A cesarean section, for the questionable obstetric admission edit.</summary>
    public const string CesareanSection = "csect";

    /// <summary>A vaginal delivery procedure, for the questionable obstetric admission edit.</summary>
    public const string VaginalDelivery = "vagdel";

    /// <summary>A diagnosis recording the outcome of delivery (<c>Z37.-</c>), which makes a delivery procedure expected.</summary>
    public const string OutcomeOfDelivery = "delout";

    /// <summary>A diagnosis recording a wrong procedure (wrong site, wrong patient: <c>Y65.51</c>-<c>Y65.53</c>).</summary>
    public const string WrongProcedure = "wrngproc";

    /// <summary>A diagnosis that is unspecified where a specific code exists (edit <c>UNSPECIFIED</c>).</summary>
    public const string Unspecified = "unspecified";
}
