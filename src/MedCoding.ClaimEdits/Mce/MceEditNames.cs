namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns the names CMS's Medicare Code Editor gives its edits and edit types (<c>UNACCEPTABLE_PDX</c>, <c>PREPAYMENT</c>).</summary>
public static class MceEditNames
{
    private static readonly string[] s_names =
    [
        "INVALID_CODE", "INVALID_ADMIT_DX", "INVALID_AGE", "INVALID_SEX", "INVALID_DISCHARGE_STATUS", "E_CODE_AS_PDX",
        "MANIFESTATION_AS_PDX", "NONSPECIFIC_PDX", "UNACCEPTABLE_PDX", "REQUIRES_SDX", "QUESTIONABLE_ADMISSION", "AGE_CONFLICT",
        "SEX_CONFLICT", "DUPLICATE_OF_PDX", "WRONG_PROCEDURE_PERFORMED", "UNSPECIFIED", "MEDICARE_IS_SECONDARY_PAYER",
        "NON_COVERED", "LIMITED_COVERAGE", "QUESTIONABLE_OBSTETRIC_ADMISSION", "INCONSISTENT_WITH_LENGTH_OF_STAY",
        "NONSPECIFIC_OR", "OPEN_BIOPSY", "BILATERAL",
    ];

    /// <summary>Every edit, sorted by CMS's name, as an array for the hot path.</summary>
    internal static readonly MceEdit[] SortedByName = [.. Enum.GetValues<MceEdit>().OrderBy(e => s_names[(int)e], StringComparer.Ordinal)];

    /// <summary>Gets every edit, sorted by CMS's name (the order of CMS's edit counter as the cases write it).</summary>
    public static IReadOnlyList<MceEdit> ByName { get; } = Array.AsReadOnly(SortedByName);

    /// <summary>Returns CMS's name of an edit, e.g. <c>UNACCEPTABLE_PDX</c>.</summary>
    /// <param name="edit">The edit.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an edit.</exception>
    public static string ToCmsName(this MceEdit edit) =>
        (uint)edit < (uint)s_names.Length ? s_names[(int)edit] : throw new ArgumentOutOfRangeException(nameof(edit), "Not a Medicare Code Editor edit.");

    /// <summary>Returns CMS's name of an edit type, e.g. <c>PREPAYMENT</c> or <c>INVALID_DISCHARGE_DATE</c>.</summary>
    /// <param name="type">The edit type.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an edit type.</exception>
    public static string ToCmsName(this MceEditType type) => type switch
    {
        MceEditType.None => "NONE",
        MceEditType.Prepayment => "PREPAYMENT",
        MceEditType.Postpayment => "POSTPAYMENT",
        MceEditType.Both => "BOTH",
        MceEditType.InvalidDischargeDate => "INVALID_DISCHARGE_DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), "Not a Medicare Code Editor edit type."),
    };

    /// <summary>Returns CMS's name of an age conflict type, e.g. <c>MATERNITY</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an age conflict type.</exception>
    public static string ToCmsName(this MceAgeConflictType type) => type switch
    {
        MceAgeConflictType.Newborn => "NEWBORN",
        MceAgeConflictType.Pediatric => "PEDIATRIC",
        MceAgeConflictType.Maternity => "MATERNITY",
        MceAgeConflictType.Adult => "ADULT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), "Not a Medicare Code Editor age conflict type."),
    };

    /// <summary>Returns the edit CMS's software names so, e.g. <c>UNACCEPTABLE_PDX</c>.</summary>
    /// <param name="name">The name, in upper case as CMS writes it.</param>
    /// <param name="edit">The edit, when found.</param>
    /// <returns><see langword="true"/> if the name is an edit's.</returns>
    public static bool TryParse(string? name, out MceEdit edit)
    {
        var index = name is null ? -1 : Array.IndexOf(s_names, name);
        edit = (MceEdit)Math.Max(index, 0);
        return index >= 0;
    }
}
