namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// What the Medicare Code Editor's rules read about a claim as a whole, gathered in one pass before any code is edited:
/// the patient's age, sex and stay, the principal diagnosis, and the flags found anywhere on the claim.
/// </summary>
internal sealed class MceClaimFacts
{
    /// <summary>The length of stay below which a <c>los</c> procedure (96 or more hours of ventilation) is inconsistent: 4 days or less.</summary>
    private const int MinimumStayForLengthOfStayProcedure = 5;

    /// <summary>The age above which an <c>ncov12agele60</c> procedure is not covered.</summary>
    private const int NonCoveredAboveAge = 60;

    private readonly MceEditPlan _plan;

    public MceClaimFacts(MceEditPlan plan, MceClaim claim, int day)
    {
        _plan = plan;
        Claim = claim;
        Day = day;
    }

    /// <summary>Gets the claim.</summary>
    public MceClaim Claim { get; }

    /// <summary>Gets the discharge date as a day number.</summary>
    public int Day { get; }

    /// <summary>Gets or sets the slot tags read ahead of the lookups (kept so that the reads are not dropped; not used).</summary>
    public ulong Touched { get; set; }

    /// <summary>Gets or sets a value indicating whether the claim has a secondary diagnosis (valid or not; blanks and zeros are none).</summary>
    public bool HasSecondaryDiagnosis { get; set; }

    /// <summary>Gets or sets the flags of every valid principal and secondary diagnosis, together.</summary>
    public ulong DiagnosisFlags { get; set; }

    /// <summary>Gets or sets the flags of every valid secondary diagnosis, together.</summary>
    public ulong SecondaryDiagnosisFlags { get; set; }

    /// <summary>Gets or sets the flags of the principal diagnosis, if valid.</summary>
    public ulong PrincipalFlags { get; set; }

    /// <summary>Gets or sets the flags of every valid procedure, together.</summary>
    public ulong ProcedureFlags { get; set; }

    /// <summary>Gets or sets the number of valid procedures flagged bilateral.</summary>
    public int BilateralProcedures { get; set; }

    /// <summary>Gets or sets a value indicating whether an O.R. procedure on the claim is specific (not flagged non-specific).</summary>
    public bool HasSpecificOperatingRoomProcedure { get; set; }

    /// <summary>Gets a value indicating whether the stay is shorter than a <c>los</c> procedure needs.</summary>
    public bool IsStayTooShortForLengthOfStayProcedure => Claim.LengthOfStay < MinimumStayForLengthOfStayProcedure;

    /// <summary>Gets a value indicating whether the patient is older than the age an <c>ncov12agele60</c> procedure is covered to.</summary>
    public bool IsOverNonCoveredAge => Claim.Age > NonCoveredAboveAge;

    /// <summary>Gets a value indicating whether both procedures of the artificial-heart pair are on the claim.</summary>
    public bool HasArtificialHeartPair =>
        (ProcedureFlags & MceFlagBits.ArtificialHeartFirst) != 0 && (ProcedureFlags & MceFlagBits.ArtificialHeartSecond) != 0;

    /// <summary>Returns whether a code of these flags conflicts with the patient's sex: male-only unless male, female-only unless female.</summary>
    public bool IsSexConflict(ulong flags) =>
        ((flags & MceFlagBits.Male) != 0 && Claim.Sex != MceClaim.Male) || ((flags & MceFlagBits.Female) != 0 && Claim.Sex != MceClaim.Female);

    /// <summary>Returns the first age group (in file order) whose flag the code carries and whose ages on the discharge date exclude the patient's age.</summary>
    public MceAgeConflictType? AgeConflictOf(ulong flags)
    {
        foreach (var group in _plan.AgeGroups)
        {
            if ((flags & group.Flag) != 0 && group.From <= Day && Day <= group.Through && (Claim.Age < group.Minimum || Claim.Age > group.Maximum))
            {
                return group.Type;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns whether a procedure of these flags is not covered on this claim: <c>noncovered</c> always; <c>ncov45</c> (pancreas
    /// transplant) unless a kidney transplant or type 1 diabetes is on the claim; <c>ncov6</c>, <c>ncov_z302</c>, <c>ncov7</c>
    /// when a diagnosis carries the same flag; <c>ncov12agele60</c> above age 60; the artificial-heart pair without a clinical trial.
    /// </summary>
    public bool IsNonCovered(ulong flags) =>
        (flags & MceFlagBits.NonCovered) != 0
        || ((flags & MceFlagBits.NonCoveredUnlessKidneyTransplantOrType1Diabetes) != 0
            && (ProcedureFlags & MceFlagBits.KidneyTransplant) == 0 && (DiagnosisFlags & MceFlagBits.Type1Diabetes) == 0)
        || (flags & DiagnosisFlags & MceFlagBits.NonCoveredWithDiagnosis) != 0
        || ((flags & MceFlagBits.NonCoveredOver60) != 0 && IsOverNonCoveredAge)
        || (IsArtificialHeart(flags) && HasArtificialHeartPair && (DiagnosisFlags & MceFlagBits.ClinicalTrial) == 0);

    /// <summary>Returns whether a covered procedure of these flags has limited coverage: <c>lcov</c>, or the artificial-heart pair in a clinical trial.</summary>
    public bool IsLimitedCoverage(ulong flags) =>
        (flags & MceFlagBits.LimitedCoverage) != 0
        || (IsArtificialHeart(flags) && HasArtificialHeartPair && (DiagnosisFlags & MceFlagBits.ClinicalTrial) != 0);

    private static bool IsArtificialHeart(ulong flags) => (flags & (MceFlagBits.ArtificialHeartFirst | MceFlagBits.ArtificialHeartSecond)) != 0;
}
