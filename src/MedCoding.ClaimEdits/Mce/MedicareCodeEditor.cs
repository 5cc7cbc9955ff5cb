using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Edits inpatient claims as CMS's Medicare Code Editor (MCE) does, from the MCE's own tables: the edit type, the edit counter
/// and each code's edits, edit for edit and counted as CMS's software counts them (agreeing with CMS's MCE 43.1 on every one
/// of its expected cases, <c>msdrg/v43/mce/cases/</c>).
/// </summary>
/// <remarks>
/// <para>
/// <b>How a claim is edited.</b> The discharge date must be from <see cref="EarliestDischargeDate"/> through the release's
/// termination date, or the claim is <see cref="MceEditType.InvalidDischargeDate"/> with no edit. Each code is looked up,
/// upper-cased and without dots, in the release's table for its row in force on the discharge date; a code without one is
/// <see cref="MceEdit.InvalidCode"/> (the admitting diagnosis: <see cref="MceEdit.InvalidAdmitDx"/>) and gets no other edit
/// but DUPLICATE_OF_PDX, which compares codes as written.
/// A valid code then meets its place's rules, each a test of its flags and the claim, in CMS's order
/// (<c>MceRules</c>): the principal diagnosis E_CODE_AS_PDX, MANIFESTATION_AS_PDX, UNACCEPTABLE_PDX or REQUIRES_SDX,
/// QUESTIONABLE_ADMISSION, NONSPECIFIC_PDX, AGE_CONFLICT, SEX_CONFLICT, WRONG_PROCEDURE_PERFORMED, UNSPECIFIED,
/// MEDICARE_IS_SECONDARY_PAYER; a secondary diagnosis DUPLICATE_OF_PDX, UNSPECIFIED, WRONG_PROCEDURE_PERFORMED, AGE_CONFLICT,
/// SEX_CONFLICT, MEDICARE_IS_SECONDARY_PAYER; the admitting diagnosis AGE_CONFLICT and SEX_CONFLICT (recorded, not counted);
/// a procedure SEX_CONFLICT, INCONSISTENT_WITH_LENGTH_OF_STAY, NON_COVERED, LIMITED_COVERAGE,
/// QUESTIONABLE_OBSTETRIC_ADMISSION, NONSPECIFIC_OR, OPEN_BIOPSY, BILATERAL. The claim itself: INVALID_AGE (outside the ages
/// of the age groups, 0-124), INVALID_SEX (before <see cref="UnknownSexAcceptedFrom"/> only male and female; from then also
/// unknown), INVALID_DISCHARGE_STATUS (not valid on the discharge date). The edit type is prepayment or postpayment when every
/// counted edit with a type (the release's catalogue) is of that type, both when both occur, none otherwise.
/// </para>
/// <para>
/// The postpayment edits (NONSPECIFIC_PDX, MEDICARE_IS_SECONDARY_PAYER, NONSPECIFIC_OR, OPEN_BIOPSY, BILATERAL) follow CMS's
/// <i>Definitions of Medicare Code Edits</i>; no code of the 43.1 tables carries their flags, so CMS's cases cannot show them
/// and they are tested on synthetic tables.
/// </para>
/// <para>
/// <b>Which release edits a claim.</b> The release in force on the discharge date; for a date no release is in force on, the
/// first later release whose tables list every valid code with its dates (an MCE version carries each code's history, and
/// CMS's software of that version edits such discharges). A claim with no such release is edited by the newest, as CMS's
/// newest software would: <see cref="MceEditType.InvalidDischargeDate"/> after its termination date.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MedicareCodeEditor
{
    /// <summary>Initializes the editor over the MCE releases by date (for example <c>MedCoding.Data.MceData.Default</c>).</summary>
    /// <param name="releases">The releases; with none, <see cref="FindRelease"/> finds none and <see cref="Edit(MceClaim)"/> throws.</param>
    public MedicareCodeEditor(ReleaseSchedule<MceRelease> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        Releases = releases;
    }

    /// <summary>Gets the first discharge date CMS's MCE software edits: October 1, 1985.</summary>
    public static DateOnly EarliestDischargeDate { get; } = new(1985, 10, 1);

    /// <summary>Gets the first discharge date on which an unknown sex (0) is valid: October 1, 2024 (before it only male and female are).</summary>
    public static DateOnly UnknownSexAcceptedFrom { get; } = new(2024, 10, 1);

    /// <summary>Gets the MCE releases by date.</summary>
    public ReleaseSchedule<MceRelease> Releases { get; }

    /// <summary>
    /// Returns the release that edits a discharge date: the one in force on it, or else the first later release whose tables
    /// list every valid code with its dates; <see langword="null"/> when there is none (after the newest release).
    /// </summary>
    /// <param name="dischargeDate">The discharge date.</param>
    /// <returns>The release, or <see langword="null"/>.</returns>
    public MceRelease? FindRelease(DateOnly dischargeDate)
    {
        if (dischargeDate < EarliestDischargeDate || Releases.Count == 0)
        {
            return null;
        }

        if (Releases.TryGetInForceOn(dischargeDate, out var inForce, out _))
        {
            return inForce;
        }

        foreach (var release in Releases.Releases)
        {
            if (release.EffectiveFrom > dischargeDate && Releases.Load(release) is { ListsEveryValidCode: true } later)
            {
                return later;
            }
        }

        return null;
    }

    /// <summary>Edits a claim with the release for its discharge date (<see cref="FindRelease"/>), or the newest when there is none.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">The editor has no MCE release at all.</exception>
    public MceResult Edit(MceClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (Releases.Count == 0)
        {
            throw new InvalidOperationException("No Medicare Code Editor release is configured: give the editor MCE releases (for example MedCoding.Data.MceData.Default).");
        }

        var release = claim.DischargeDate is { } date ? FindRelease(date) : null;
        return Edit(claim, release ?? Releases.Newest);
    }

    /// <summary>Edits a claim with one release, as CMS's software of that version does, whatever the discharge date.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="release">The release.</param>
    /// <returns>The result.</returns>
    public static MceResult Edit(MceClaim claim, MceRelease release)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(release);
        var plan = release.Plan;
        var counts = new int[MceEditNames.ByName.Count];
        if (claim.DischargeDate is not { } date || date < EarliestDischargeDate || (plan.LastDischargeDate is { } last && date > last))
        {
            return new MceResult(release.Release, MceEditType.InvalidDischargeDate, counts, []);
        }

        var facts = new MceClaimFacts(plan, claim, date.DayNumber);

        // Each code's flags on the date, looked up once: Found marks a code with a row (its flags may be none).
        var secondaryCount = claim.SecondaryDiagnoses.Count;
        var procedureCount = claim.Procedures.Count;
        var rows = secondaryCount + procedureCount <= 128 ? stackalloc ulong[secondaryCount + procedureCount] : new ulong[secondaryCount + procedureCount];
        var secondary = rows[..secondaryCount];
        var procedures = rows[secondaryCount..];
        var day = date.DayNumber;
        facts.Touched = Touch(release, claim);
        var principal = IsBlankOrZeros(claim.PrincipalDiagnosis) ? 0 : Row(release.DiagnosisTable, claim.PrincipalDiagnosis!, day);
        facts.PrincipalFlags = principal & ~Found;
        facts.DiagnosisFlags = facts.PrincipalFlags;
        for (var i = 0; i < secondaryCount; i++)
        {
            var code = claim.SecondaryDiagnoses[i];
            if (!IsBlankOrZeros(code))
            {
                facts.HasSecondaryDiagnosis = true;
                secondary[i] = Row(release.DiagnosisTable, code, day);
                facts.SecondaryDiagnosisFlags |= secondary[i] & ~Found;
            }
        }

        facts.DiagnosisFlags |= facts.SecondaryDiagnosisFlags;
        for (var i = 0; i < procedureCount; i++)
        {
            if (!IsBlankOrZeros(claim.Procedures[i]))
            {
                var flags = (procedures[i] = Row(release.ProcedureTable, claim.Procedures[i], day)) & ~Found;
                facts.ProcedureFlags |= flags;
                facts.BilateralProcedures += (flags & MceFlagBits.Bilateral) != 0 ? 1 : 0;
                facts.HasSpecificOperatingRoomProcedure |= (flags & MceFlagBits.OperatingRoom) != 0 && (flags & MceFlagBits.Nonspecific) == 0;
            }
        }

        List<MceCodeEdits>? codeEdits = null;
        EditCode(new(MceCodeRole.PrincipalDiagnosis, 0), claim.PrincipalDiagnosis ?? string.Empty, principal, MceRules.PrincipalDiagnosis, MceEdit.InvalidCode, counted: true);
        if (!IsBlankOrZeros(claim.AdmittingDiagnosis))
        {
            var admitting = Row(release.DiagnosisTable, claim.AdmittingDiagnosis!, day);
            EditCode(new(MceCodeRole.AdmittingDiagnosis, 0), claim.AdmittingDiagnosis!, admitting, MceRules.AdmittingDiagnosis, MceEdit.InvalidAdmitDx, counted: false);
        }

        for (var i = 0; i < secondaryCount; i++)
        {
            if (!IsBlankOrZeros(claim.SecondaryDiagnoses[i]))
            {
                EditCode(new(MceCodeRole.SecondaryDiagnosis, i + 1), claim.SecondaryDiagnoses[i], secondary[i], MceRules.SecondaryDiagnosis, MceEdit.InvalidCode, counted: true);
            }
        }

        for (var i = 0; i < procedureCount; i++)
        {
            if (!IsBlankOrZeros(claim.Procedures[i]))
            {
                EditCode(new(MceCodeRole.Procedure, i + 1), claim.Procedures[i], procedures[i], MceRules.Procedure, MceEdit.InvalidCode, counted: true);
            }
        }

        if (claim.Age < plan.YoungestAge || claim.Age > plan.OldestAge)
        {
            counts[(int)MceEdit.InvalidAge]++;
        }

        if (claim.Sex is not (MceClaim.Male or MceClaim.Female) && !(claim.Sex == MceClaim.UnknownSex && date >= UnknownSexAcceptedFrom))
        {
            counts[(int)MceEdit.InvalidSex]++;
        }

        if (!plan.IsValidDischargeStatus(claim.DischargeStatus, facts.Day))
        {
            counts[(int)MceEdit.InvalidDischargeStatus]++;
        }

        return new MceResult(release.Release, EditTypeOf(plan, counts), counts, (IReadOnlyList<MceCodeEdits>?)codeEdits ?? []);

        // Applies one code's edits: invalid, or each rule of its place in order; the admitting diagnosis's conflicts are not counted.
        void EditCode(MceCodePosition position, string code, ulong row, MceRule[] rules, MceEdit invalid, bool counted)
        {
            var valid = (row & Found) != 0;
            var flags = row & ~Found;
            List<MceEdit>? edits = null;
            MceAgeConflictType? ageConflict = null;
            if (!valid)
            {
                counts[(int)invalid]++;
                edits = [invalid];
            }

            foreach (var rule in rules)
            {
                if ((valid || rule.AppliesToInvalidCode) && rule.Applies(flags, code, facts))
                {
                    (edits ??= new List<MceEdit>(2)).Add(rule.Edit);
                    counts[(int)rule.Edit] += counted ? 1 : 0;
                    ageConflict ??= rule.Edit == MceEdit.AgeConflict ? facts.AgeConflictOf(flags) : null;
                }
            }

            if (edits is not null)
            {
                (codeEdits ??= []).Add(new MceCodeEdits(position, code, edits, ageConflict));
            }
        }
    }

    private static MceEditType EditTypeOf(MceEditPlan plan, int[] counts)
    {
        bool prepayment = false, postpayment = false;
        for (var edit = 0; edit < counts.Length; edit++)
        {
            if (counts[edit] > 0)
            {
                var type = plan.EditTypeOf((MceEdit)edit);
                prepayment |= type == MceEditType.Prepayment;
                postpayment |= type == MceEditType.Postpayment;
            }
        }

        return (prepayment, postpayment) switch
        {
            (true, true) => MceEditType.Both,
            (true, false) => MceEditType.Prepayment,
            (false, true) => MceEditType.Postpayment,
            _ => MceEditType.None,
        };
    }

    /// <summary>
    /// Reads the table slot of every code of the claim before any is looked up: the claim's codes fall anywhere in tables of
    /// 85,000 codes, and reading their slots one after the other, independently, lets their cache misses overlap (a third
    /// less time a claim on CMS's cases). The tags read are returned so that the reads are kept.
    /// </summary>
    private static ulong Touch(MceRelease release, MceClaim claim)
    {
        var tags = claim.PrincipalDiagnosis is { } principal ? release.DiagnosisTable.Touch(principal) : 0;
        var (secondary, procedures) = (claim.SecondaryDiagnoses, claim.Procedures);
        for (var i = 0; i < secondary.Count; i++)
        {
            tags ^= release.DiagnosisTable.Touch(secondary[i]);
        }

        for (var i = 0; i < procedures.Count; i++)
        {
            tags ^= release.ProcedureTable.Touch(procedures[i]);
        }

        return tags;
    }

    /// <summary>Marks a code that has a row on the date (its flags may be none); no flag uses this bit.</summary>
    private const ulong Found = 1UL << 63;

    /// <summary>Returns the flags of a code's row in force on the day with <see cref="Found"/>, or 0 when it has none (looked up as <see cref="MceCodeTable.TryFindBits"/> does).</summary>
    private static ulong Row(MceCodeTable table, string code, int day) => table.TryFindBits(code, day, out var bits) ? bits | Found : 0;

    private static bool IsBlankOrZeros(string? code) => code is null || code.AsSpan().Trim().IndexOfAnyExcept('0') < 0;
}
