using System.Globalization;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>
/// Runs the Medicare Code Editor (<see cref="MedicareCodeEditor"/>) on an institutional claim, by its discharge date, and
/// reports each edit it counts as a finding whose message names the MCE edit and version (<c>MCE v43.1 UNACCEPTABLE_PDX</c>).
/// </summary>
/// <remarks>
/// <para>
/// The claim is read as the MCE reads it: the first diagnosis is the principal, the others secondary; the procedures; the
/// stay's discharge date (else the date of service), admitting diagnosis, discharge status and length of stay; the age on
/// admission and the sex. Where a rule id of the catalogue already means the MCE's edit, it is kept: AGE_CONFLICT,
/// SEX_CONFLICT, DX_PRINCIPAL_UNACCEPTABLE (UNACCEPTABLE_PDX, and REQUIRES_SDX), DX_QUESTIONABLE_ADMISSION,
/// DX_MANIFESTATION_FIRST (MANIFESTATION_AS_PDX), DX_EXTERNAL_CAUSE_FIRST (E_CODE_AS_PDX), PROC_NONCOVERED, PROC_LIMITED_COVERAGE;
/// the others have their own (<see cref="RuleIdOf"/>). The admitting diagnosis's age and sex conflicts, which CMS's software
/// records but does not count, are not findings.
/// </para>
/// <para>
/// A check that cannot run is reported, never silent: with no MCE data, or no release that edits the discharge date, every MCE
/// rule is <see cref="RuleCatalog.DataUnavailable"/>; a claim without an <see cref="InpatientStay"/> is edited by its date of
/// service, and the two rules that need the stay (discharge status, length of stay) are reported unchecked.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MedicareCodeEditorEdit : IClaimEdit
{
    private static readonly string[] s_ruleIds = BuildRuleIds();

    private static readonly RuleDescriptor[] s_rules = [.. s_ruleIds.Distinct(StringComparer.Ordinal).Select(RuleCatalog.Get)];

    private static readonly RuleDescriptor[] s_stayRules =
        [RuleCatalog.Get(RuleCatalog.MceInvalidDischargeStatus), RuleCatalog.Get(RuleCatalog.ProcInconsistentWithLengthOfStay)];

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => s_rules;

    /// <summary>Returns the rule id a Medicare Code Editor edit is reported under, e.g. <c>DX_PRINCIPAL_UNACCEPTABLE</c> for <c>UNACCEPTABLE_PDX</c>.</summary>
    /// <param name="edit">The MCE edit.</param>
    /// <returns>The rule id of <see cref="RuleCatalog"/>.</returns>
    public static string RuleIdOf(MceEdit edit) =>
        (uint)edit < (uint)s_ruleIds.Length ? s_ruleIds[(int)edit] : throw new ArgumentOutOfRangeException(nameof(edit), "Not a Medicare Code Editor edit.");

    /// <summary>Returns the claim as the Medicare Code Editor reads it.</summary>
    /// <param name="claim">An institutional claim.</param>
    /// <returns>
    /// The MCE's claim: the discharge date of the stay (else the date of service), the age on admission (negative when the birth
    /// date is after the admission, which the MCE edits as <c>INVALID_AGE</c>), the sex, the stay's status and length, the codes.
    /// </returns>
    public static MceClaim ToMceClaim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var secondary = new string[Math.Max(claim.Diagnoses.Count - 1, 0)];
        for (var i = 0; i < secondary.Length; i++)
        {
            secondary[i] = claim.Diagnoses[i + 1].Code;
        }

        var procedures = new string[claim.Procedures.Count];
        for (var i = 0; i < procedures.Length; i++)
        {
            procedures[i] = claim.Procedures[i].Code;
        }

        return new MceClaim
        {
            DischargeDate = claim.Stay?.DischargeDate ?? claim.DateOfService,
            Age = AgeOnAdmission(claim),
            Sex = MceClaim.SexCodeOf(claim.Patient.Sex),
            DischargeStatus = claim.Stay?.DischargeStatus ?? 0,
            LengthOfStay = claim.Stay?.LengthOfStay ?? 0,
            AdmittingDiagnosis = claim.Stay?.AdmittingDiagnosis,
            PrincipalDiagnosis = claim.Diagnoses.Count > 0 ? claim.Diagnoses[0].Code : null,
            SecondaryDiagnoses = secondary,
            Procedures = procedures,
        };
    }

    /// <summary>
    /// Returns the age in completed years on admission as the MCE reads it: <see cref="Claim.AgeOnAdmission"/>, except that a
    /// birth date after the admission gives a negative age (<c>INVALID_AGE</c>, as CMS's software edits it) rather than 0.
    /// </summary>
    private static int AgeOnAdmission(Claim claim)
    {
        var (admission, birth) = (claim.Stay?.AdmissionDate ?? claim.DateOfService, claim.Patient.BirthDate);
        if (birth <= admission)
        {
            return claim.AgeOnAdmission;
        }

        var age = admission.Year - birth.Year;
        return admission.Month < birth.Month || (admission.Month == birth.Month && admission.Day < birth.Day) ? age - 1 : age;
    }

    /// <inheritdoc />
    public void Check(ClaimEditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.Claim;
        if (claim.Type != ClaimType.Institutional)
        {
            return;
        }

        var date = claim.Stay?.DischargeDate ?? claim.DateOfService;
        if (context.Data.Mce is not { Count: > 0 } schedule)
        {
            context.ReportDataUnavailable(s_rules, DataAvailability.NotConfigured("Medicare Code Editor (MCE)", nameof(ClaimEditData.Mce), date));
            return;
        }

        if (new MedicareCodeEditor(schedule).FindRelease(date) is not { } release)
        {
            context.ReportDataUnavailable(s_rules, schedule.DescribeNoReleaseOn(date));
            return;
        }

        var result = MedicareCodeEditor.Edit(ToMceClaim(claim), release);
        var name = $"MCE v{result.Release.Version}";
        if (claim.Stay is null)
        {
            context.ReportDataUnavailable(s_stayRules, $"the institutional claim has no inpatient stay, so the {name} edits of the discharge status and the length of stay could not run.");
        }

        foreach (var count in result.ClaimEdits)
        {
            if (count.Edit is MceEdit.InvalidAge or MceEdit.InvalidSex || (count.Edit == MceEdit.InvalidDischargeStatus && claim.Stay is not null))
            {
                Report(context, count.Edit, ClaimLevelTarget(count.Edit), ClaimLevelMessage(count.Edit, name), null);
            }
        }

        foreach (var code in result.CodeEdits)
        {
            if (code.Position.Role == MceCodeRole.AdmittingDiagnosis)
            {
                if (code.Edits.Contains(MceEdit.InvalidAdmitDx))
                {
                    Report(context, MceEdit.InvalidAdmitDx, "stay.admittingDiagnosis", $"{name} INVALID_ADMIT_DX: the admitting diagnosis {code.Code} is not a valid ICD-10-CM code on the discharge date.", code.Code);
                }

                continue;
            }

            var target = code.Position.Role == MceCodeRole.Procedure
                ? ClaimEditContext.ProcedureTarget(code.Position.Number - 1)
                : ClaimEditContext.DiagnosisTarget(code.Position.Role == MceCodeRole.PrincipalDiagnosis ? 0 : code.Position.Number);
            foreach (var edit in code.Edits)
            {
                if (edit == MceEdit.InconsistentWithLengthOfStay && claim.Stay is null)
                {
                    continue;
                }

                Report(context, edit, target, $"{name} {edit.ToCmsName()}: {CodeMessage(edit, code, new MessageFacts(release, claim, date, code))}", code.Code);
            }
        }
    }

    private static void Report(ClaimEditContext context, MceEdit edit, string target, string message, string? code) =>
        context.Report(RuleCatalog.Get(RuleIdOf(edit)), target, message, code);

    private static string ClaimLevelTarget(MceEdit edit) => edit switch
    {
        MceEdit.InvalidAge => "patient.birthDate",
        MceEdit.InvalidSex => "patient.sex",
        _ => "stay.dischargeStatus",
    };

    private static string ClaimLevelMessage(MceEdit edit, string name) => edit switch
    {
        MceEdit.InvalidAge => $"{name} INVALID_AGE: the patient's age on admission is outside the ages the MCE accepts (0 to 124).",
        MceEdit.InvalidSex => string.Create(CultureInfo.InvariantCulture,
            $"{name} INVALID_SEX: the patient's sex must be male or female for a discharge before {MedicareCodeEditor.UnknownSexAcceptedFrom:yyyy-MM-dd}; unknown is accepted from that date."),
        _ => $"{name} INVALID_DISCHARGE_STATUS: the patient discharge status is not a valid status on the discharge date.",
    };

    private static string CodeMessage(MceEdit edit, MceCodeEdits code, MessageFacts facts) => edit switch
    {
        MceEdit.InvalidCode => $"{code.Code} is not a valid code on the discharge date (deleted, not yet in force, a header, or not an ICD-10 code).",
        MceEdit.ECodeAsPdx => $"{code.Code} is an external cause code: it is never the principal diagnosis; list the injury or condition first.",
        MceEdit.ManifestationAsPdx => $"{code.Code} is a manifestation code and cannot be the principal diagnosis: list the underlying condition first, then {code.Code}.",
        MceEdit.NonspecificPdx => $"{code.Code} is a non-specific principal diagnosis: the claim may be reviewed after payment.",
        MceEdit.UnacceptablePdx => $"{code.Code} is unacceptable as principal diagnosis: it does not describe the condition chiefly responsible for the admission. Make that condition the principal diagnosis and list {code.Code} after it.",
        MceEdit.RequiresSdx => $"{code.Code} is acceptable as principal diagnosis only with a secondary diagnosis, and the claim has none: report the condition treated as a secondary diagnosis.",
        MceEdit.QuestionableAdmission => $"{code.Code} as principal diagnosis is a questionable reason for an inpatient admission: the claim may be reviewed; check that the principal diagnosis is the condition that required the stay.",
        MceEdit.AgeConflict => $"{code.Code} is a {code.AgeConflict?.ToCmsName().ToLowerInvariant()} diagnosis ({facts.AgesOf(code.AgeConflict)} on the discharge date), and the patient's age on admission is outside that range.",
        MceEdit.SexConflict => $"{code.Code} is a {facts.SexOnly()} {(code.Position.Role == MceCodeRole.Procedure ? "procedure" : "diagnosis")} on a claim for {facts.Patient()}.",
        MceEdit.DuplicateOfPdx => $"{code.Code} repeats the principal diagnosis: report it once.",
        MceEdit.WrongProcedurePerformed => $"{code.Code} records a wrong procedure (wrong site, wrong patient, wrong procedure): the stay is not paid as coded.",
        MceEdit.Unspecified => $"{code.Code} is unspecified where the classification has specific codes (laterality, type): code the documented specifics.",
        MceEdit.MedicareIsSecondaryPayer => $"{code.Code} suggests another payer may be primary (an injury): check for other insurance.",
        MceEdit.NonCovered => facts.WhyNotCovered(),
        MceEdit.LimitedCoverage => $"{code.Code} is a procedure whose Medicare coverage is limited: Medicare pays only when its coverage conditions are met (for a transplant, an approved transplant center); expect review.",
        MceEdit.QuestionableObstetricAdmission => $"{code.Code} is a delivery procedure, and no secondary diagnosis records the outcome of delivery (Z37.-).",
        MceEdit.InconsistentWithLengthOfStay => $"{code.Code} records more than 96 consecutive hours of ventilation, which needs a stay of more than 4 days, and the length of stay is 4 days or less.",
        MceEdit.NonspecificOr => $"{code.Code} is a non-specific O.R. procedure, and the claim has no specific one: the claim may be reviewed after payment.",
        MceEdit.OpenBiopsy => $"{code.Code} is an open biopsy: the claim may be reviewed after payment.",
        MceEdit.Bilateral => $"{code.Code} is one of two or more bilateral procedures with an MDC 8 principal diagnosis: the claim may be reviewed after payment.",
        _ => $"{code.Code}: {edit.ToCmsName()}.",
    };

    /// <summary>What a message says about the code beyond its edit: its flags on the discharge date, the age group's ages, the claim's other codes.</summary>
    private readonly record struct MessageFacts(MceRelease Release, Claim Claim, DateOnly Date, MceCodeEdits Code)
    {
        private ulong Flags => (Code.Position.Role == MceCodeRole.Procedure ? Release.ProcedureTable : Release.DiagnosisTable)
            .TryFindBits(Code.Code, Date.DayNumber, out var bits) ? bits : 0;

        public string AgesOf(MceAgeConflictType? type)
        {
            foreach (var group in Release.Plan.AgeGroups)
            {
                if (group.Type == type && group.From <= Date.DayNumber && Date.DayNumber <= group.Through)
                {
                    return (group.Minimum == group.Maximum ? "age " : "ages ") + new AgeRange(group.Minimum, group.Maximum).ToString();
                }
            }

            return "ages unknown";
        }

        public string SexOnly() => (Flags & MceFlagBits.Male) != 0 ? "male-only" : "female-only";

        public string Patient() => Claim.Patient.Sex switch
        {
            AdministrativeSex.Female => "a female patient",
            AdministrativeSex.Male => "a male patient",
            _ => "a patient of unknown sex",
        };

        public string WhyNotCovered()
        {
            var (code, flags) = (Code.Code, Flags);
            if ((flags & MceFlagBits.NonCovered) != 0)
            {
                return $"{code} is a procedure Medicare does not cover.";
            }

            if ((flags & MceFlagBits.NonCoveredUnlessKidneyTransplantOrType1Diabetes) != 0)
            {
                return $"{code} is not covered by Medicare unless the claim also has a kidney transplant or a diagnosis of type 1 diabetes.";
            }

            if ((flags & MceFlagBits.NonCoveredWithDiagnosis) != 0)
            {
                var (release, date) = (Release, Date);
                var with = Claim.Diagnoses.FirstOrDefault(d =>
                    release.DiagnosisTable.TryFindBits(d.Code, date.DayNumber, out var bits) && (bits & flags & MceFlagBits.NonCoveredWithDiagnosis) != 0);
                if (with is not null)
                {
                    return $"{code} is not covered by Medicare with {with.Code} on the claim.";
                }
            }

            return (flags & MceFlagBits.NonCoveredOver60) != 0 && Claim.AgeOnAdmission > 60
                ? $"{code} is not covered by Medicare for a patient over 60."
                : $"{code} with the other procedure of the artificial-heart pair is covered by Medicare only in a clinical trial, and no diagnosis of the claim records one.";
        }
    }

    private static string[] BuildRuleIds()
    {
        var ids = new string[Enum.GetValues<MceEdit>().Length];
        foreach (var edit in Enum.GetValues<MceEdit>())
        {
            ids[(int)edit] = edit switch
            {
                MceEdit.InvalidCode => RuleCatalog.MceInvalidCode,
                MceEdit.InvalidAdmitDx => RuleCatalog.MceInvalidAdmittingDiagnosis,
                MceEdit.InvalidAge => RuleCatalog.MceInvalidAge,
                MceEdit.InvalidSex => RuleCatalog.MceInvalidSex,
                MceEdit.InvalidDischargeStatus => RuleCatalog.MceInvalidDischargeStatus,
                MceEdit.ECodeAsPdx => RuleCatalog.DxExternalCauseFirst,
                MceEdit.ManifestationAsPdx => RuleCatalog.DxManifestationFirst,
                MceEdit.NonspecificPdx => RuleCatalog.DxNonspecificPrincipal,
                MceEdit.UnacceptablePdx or MceEdit.RequiresSdx => RuleCatalog.DxPrincipalUnacceptable,
                MceEdit.QuestionableAdmission => RuleCatalog.DxQuestionableAdmission,
                MceEdit.AgeConflict => RuleCatalog.AgeConflict,
                MceEdit.SexConflict => RuleCatalog.SexConflict,
                MceEdit.DuplicateOfPdx => RuleCatalog.DxDuplicateOfPrincipal,
                MceEdit.WrongProcedurePerformed => RuleCatalog.DxWrongProcedurePerformed,
                MceEdit.Unspecified => RuleCatalog.DxUnspecified,
                MceEdit.MedicareIsSecondaryPayer => RuleCatalog.DxMedicareSecondaryPayer,
                MceEdit.NonCovered => RuleCatalog.ProcNoncovered,
                MceEdit.LimitedCoverage => RuleCatalog.ProcLimitedCoverage,
                MceEdit.QuestionableObstetricAdmission => RuleCatalog.ProcQuestionableObstetricAdmission,
                MceEdit.InconsistentWithLengthOfStay => RuleCatalog.ProcInconsistentWithLengthOfStay,
                MceEdit.NonspecificOr => RuleCatalog.ProcNonspecificOperatingRoom,
                MceEdit.OpenBiopsy => RuleCatalog.ProcOpenBiopsy,
                MceEdit.Bilateral => RuleCatalog.ProcBilateral,
                _ => throw new InvalidOperationException($"The MCE edit {edit} has no rule."),
            };
        }

        return ids;
    }
}
