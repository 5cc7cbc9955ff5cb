using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// What the rules of one MCE release read besides the code tables, prepared once per release: the edit type of each edit
/// (<c>mce_edits.tsv</c>), the age groups (<c>mce_age_ranges.tsv</c>), the valid ages, the discharge status codes by date
/// (<c>mce_discharge_status.tsv</c>) and the last discharge date the release edits (<c>mce_info.tsv</c>).
/// </summary>
internal sealed class MceEditPlan
{
    /// <summary>
    /// The edit types of CMS's catalogue for a release that has none (the v37 lists of <see cref="MceCodeLists"/>):
    /// every edit is prepayment except the postpayment five and <c>INVALID_ADMIT_DX</c>, which has no type.
    /// </summary>
    private static readonly Dictionary<MceEdit, MceEditType> s_catalogueDefaults = new()
    {
        [MceEdit.InvalidAdmitDx] = MceEditType.None,
        [MceEdit.NonspecificPdx] = MceEditType.Postpayment,
        [MceEdit.MedicareIsSecondaryPayer] = MceEditType.Postpayment,
        [MceEdit.NonspecificOr] = MceEditType.Postpayment,
        [MceEdit.OpenBiopsy] = MceEditType.Postpayment,
        [MceEdit.Bilateral] = MceEditType.Postpayment,
    };

    private readonly MceEditType[] _editTypes;
    private readonly Dictionary<int, (int From, int Through)[]> _dischargeStatuses = [];

    public MceEditPlan(MceRelease release)
    {
        Release = release;
        _editTypes = new MceEditType[Enum.GetValues<MceEdit>().Length];
        foreach (var edit in Enum.GetValues<MceEdit>())
        {
            var definition = release.Edits.FirstOrDefault(d => d.Name == edit.ToCmsName());
            _editTypes[(int)edit] = definition?.EditType switch
            {
                "PREPAYMENT" => MceEditType.Prepayment,
                "POSTPAYMENT" => MceEditType.Postpayment,
                "NONE" => MceEditType.None,
                _ => s_catalogueDefaults.GetValueOrDefault(edit, MceEditType.Prepayment),
            };
        }

        AgeGroups = [.. release.AgeGroups.Select(g => new AgeGroup(
            MceFlagBits.Of(g.Flag), TypeOf(g.Name), g.Ages.Minimum, g.Ages.Maximum, g.EffectiveFrom.DayNumber, g.EffectiveThrough?.DayNumber ?? int.MaxValue))];
        (YoungestAge, OldestAge) = release.AgeGroups.Count == 0 ? (0, int.MaxValue)
            : (release.AgeGroups.Min(g => g.Ages.Minimum), release.AgeGroups.Max(g => g.Ages.Maximum));
        foreach (var group in release.DischargeStatuses.GroupBy(s => s.Code))
        {
            _dischargeStatuses[group.Key] = [.. group.Select(s => (s.EffectiveFrom.DayNumber, s.EffectiveThrough?.DayNumber ?? int.MaxValue))];
        }

        LastDischargeDate = release.TerminationDate ?? release.Release.EffectiveThrough;
    }

    /// <summary>Gets the release.</summary>
    public MceRelease Release { get; }

    /// <summary>Gets the age groups, in file order, with their flag bit and dates as day numbers.</summary>
    public AgeGroup[] AgeGroups { get; }

    /// <summary>Gets the youngest age any age group allows: younger is <c>INVALID_AGE</c>.</summary>
    public int YoungestAge { get; }

    /// <summary>Gets the oldest age any age group allows (124): older is <c>INVALID_AGE</c>.</summary>
    public int OldestAge { get; }

    /// <summary>Gets the last discharge date the release edits (<c>terminationDate</c>), if known.</summary>
    public DateOnly? LastDischargeDate { get; }

    /// <summary>Returns the edit type of an edit, from the release's catalogue.</summary>
    public MceEditType EditTypeOf(MceEdit edit) => _editTypes[(int)edit];

    /// <summary>Returns whether a discharge status code is valid on a day.</summary>
    public bool IsValidDischargeStatus(int code, int day)
    {
        if (_dischargeStatuses.TryGetValue(code, out var ranges))
        {
            foreach (var (from, through) in ranges)
            {
                if (from <= day && day <= through)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static MceAgeConflictType TypeOf(string group) => group.ToUpperInvariant() switch
    {
        "NEWBORN" => MceAgeConflictType.Newborn,
        "PEDIATRIC" => MceAgeConflictType.Pediatric,
        "MATERNITY" => MceAgeConflictType.Maternity,
        "ADULT" => MceAgeConflictType.Adult,
        _ => throw new CodeSets.DataFileException("mce_age_ranges.tsv", null, $"the age group {MessageText.Quote(group)} is not one the Medicare Code Editor knows (Newborn, Pediatric, Maternity, Adult)."),
    };

    /// <summary>One age group: the flag of its diagnoses, its conflict type, its ages and its dates.</summary>
    internal readonly record struct AgeGroup(ulong Flag, MceAgeConflictType Type, int Minimum, int Maximum, int From, int Through);
}
