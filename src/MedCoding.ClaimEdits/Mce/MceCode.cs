namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns one row of the Medicare Code Editor's code tables (<c>mce_i10dx.tsv</c>, <c>mce_i10sg.tsv</c>): a code, the
/// dates the row applies to, and the code's flags on those dates. A code may have several rows, never overlapping.
/// </summary>
/// <param name="Code">The undotted, upper-case code (<c>O24410</c>, <c>0UT90ZZ</c>).</param>
/// <param name="EffectiveFrom">The first date (of discharge) the row applies to.</param>
/// <param name="EffectiveThrough">The last date the row applies to, or <see langword="null"/> when it is open.</param>
/// <param name="Flags">The code's flags on those dates.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly record struct MceCode(string Code, DateOnly EffectiveFrom, DateOnly? EffectiveThrough, MceFlags Flags)
{
    /// <summary>Returns whether the row applies to a date.</summary>
    /// <param name="date">The date of discharge or service.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveThrough is not { } through || date <= through);
}
