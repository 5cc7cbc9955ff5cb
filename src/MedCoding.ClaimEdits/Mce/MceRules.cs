using static MedCoding.ClaimEdits.Mce.MceFlagBits;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// The Medicare Code Editor's edits on a valid code, by the code's place on the claim, in the order CMS's software applies
/// them (the order its results list a code's edits in; <c>msdrg/v43/mce/cases/README.md</c>). Each is one named test of the
/// flags of the code's row in force on the discharge date, and of the claim. A code with no row on the date is
/// <c>INVALID_CODE</c> and meets only the rules that compare it as written (a secondary diagnosis that repeats an invalid
/// principal diagnosis is <c>INVALID_CODE</c> and <c>DUPLICATE_OF_PDX</c>, as CMS's software gives it).
/// </summary>
internal static class MceRules
{
    private static readonly MceRule AgeConflict = new(MceEdit.AgeConflict, (flags, _, claim) => claim.AgeConflictOf(flags) is not null);

    private static readonly MceRule SexConflict = new(MceEdit.SexConflict, (flags, _, claim) => claim.IsSexConflict(flags));

    private static readonly MceRule WrongProcedurePerformed = new(MceEdit.WrongProcedurePerformed, (flags, _, _) => Has(flags, WrongProcedure));

    private static readonly MceRule UnspecifiedCode = new(MceEdit.Unspecified, (flags, _, _) => Has(flags, Unspecified));

    private static readonly MceRule SecondaryPayer = new(MceEdit.MedicareIsSecondaryPayer, (flags, _, _) => Has(flags, MedicareSecondaryPayer));

    /// <summary>Gets the edits of a valid principal diagnosis.</summary>
    public static MceRule[] PrincipalDiagnosis { get; } =
    [
        new(MceEdit.ECodeAsPdx, (flags, _, _) => Has(flags, ExternalCauseAsPrincipal)),
        new(MceEdit.ManifestationAsPdx, (flags, _, _) => Has(flags, Manifestation)),
        new(MceEdit.UnacceptablePdx, (flags, _, _) => Has(flags, Unacceptable) && !Has(flags, RequiresSecondaryDiagnosis)),
        new(MceEdit.RequiresSdx, (flags, _, claim) => Has(flags, Unacceptable) && Has(flags, RequiresSecondaryDiagnosis) && !claim.HasSecondaryDiagnosis),
        new(MceEdit.QuestionableAdmission, (flags, _, _) => Has(flags, QuestionableAdmission)),
        new(MceEdit.NonspecificPdx, (flags, _, _) => Has(flags, Nonspecific)),
        AgeConflict,
        SexConflict,
        WrongProcedurePerformed,
        UnspecifiedCode,
        SecondaryPayer,
    ];

    /// <summary>Gets the edits of a valid secondary diagnosis.</summary>
    public static MceRule[] SecondaryDiagnosis { get; } =
    [
        new(MceEdit.DuplicateOfPdx, (_, code, claim) => string.Equals(code, claim.Claim.PrincipalDiagnosis, StringComparison.Ordinal), AppliesToInvalidCode: true),
        UnspecifiedCode,
        WrongProcedurePerformed,
        AgeConflict,
        SexConflict,
        SecondaryPayer,
    ];

    /// <summary>Gets the edits of a valid admitting diagnosis (recorded on it, not counted).</summary>
    public static MceRule[] AdmittingDiagnosis { get; } = [AgeConflict, SexConflict];

    /// <summary>Gets the edits of a valid procedure.</summary>
    public static MceRule[] Procedure { get; } =
    [
        SexConflict,
        new(MceEdit.InconsistentWithLengthOfStay, (flags, _, claim) => Has(flags, LengthOfStay) && claim.IsStayTooShortForLengthOfStayProcedure),
        new(MceEdit.NonCovered, (flags, _, claim) => claim.IsNonCovered(flags)),
        new(MceEdit.LimitedCoverage, (flags, _, claim) => !claim.IsNonCovered(flags) && claim.IsLimitedCoverage(flags)),
        new(MceEdit.QuestionableObstetricAdmission, (flags, _, claim) =>
            (flags & (CesareanSection | VaginalDelivery)) != 0 && (claim.SecondaryDiagnosisFlags & OutcomeOfDelivery) == 0),
        new(MceEdit.NonspecificOr, (flags, _, claim) => Has(flags, Nonspecific) && !claim.HasSpecificOperatingRoomProcedure),
        new(MceEdit.OpenBiopsy, (flags, _, _) => Has(flags, Biopsy)),
        new(MceEdit.Bilateral, (flags, _, claim) => Has(flags, Bilateral) && Has(claim.PrincipalFlags, Mdc08) && claim.BilateralProcedures >= 2),
    ];

    private static bool Has(ulong flags, ulong flag) => (flags & flag) != 0;
}
