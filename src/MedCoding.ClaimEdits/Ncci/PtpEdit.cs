namespace MedCoding.ClaimEdits.Ncci;

/// <summary>
/// Returns one row of an NCCI procedure-to-procedure (PTP) edit file.
/// </summary>
/// <param name="Column1">The column 1 code: the one paid.</param>
/// <param name="Column2">The column 2 code: the one denied when both are reported.</param>
/// <param name="ExistedBefore1996">The file's "*" flag: the edit was in existence prior to 1996.</param>
/// <param name="EffectiveDate">The first date of service the edit applies to.</param>
/// <param name="DeletionDate">The date the edit was deleted (it does not apply on or after that date), or <see langword="null"/>.</param>
/// <param name="ModifierIndicator">Whether a modifier may bypass it.</param>
/// <param name="Rationale">The PTP edit rationale, e.g. <c>Misuse of column two code with column one code</c>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PtpEdit(
    string Column1,
    string Column2,
    bool ExistedBefore1996,
    DateOnly EffectiveDate,
    DateOnly? DeletionDate,
    PtpModifierIndicator ModifierIndicator,
    string Rationale)
{
    /// <summary>Returns whether the edit applies on a date of service: on or after its effective date and before its deletion date.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns><see langword="true"/> if it applies.</returns>
    public bool IsInForceOn(DateOnly dateOfService) =>
        dateOfService >= EffectiveDate && (DeletionDate is not { } deleted || dateOfService < deleted);
}
