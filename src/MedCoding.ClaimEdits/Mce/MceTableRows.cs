namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns one age group of <c>mce_age_ranges.tsv</c>: the ages it allows, and the dates it applies to.</summary>
/// <param name="Name">The group as the table names it: <c>Newborn</c>, <c>Pediatric</c>, <c>Maternity</c>, <c>Adult</c>.</param>
/// <param name="Ages">The ages allowed, in completed years, bounds included.</param>
/// <param name="EffectiveFrom">The first date (of discharge) the range applies to.</param>
/// <param name="EffectiveThrough">The last date, or <see langword="null"/> when open.</param>
/// <remarks>The diagnoses of a group carry the flag named as the group in lower case (<c>Maternity</c>: <see cref="MceFlagNames.Maternity"/>).</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MceAgeGroup(string Name, AgeRange Ages, DateOnly EffectiveFrom, DateOnly? EffectiveThrough)
{
    /// <summary>Gets the flag of the group's diagnoses: its name in lower case, e.g. <c>maternity</c>.</summary>
    public string Flag => Name.ToLowerInvariant();

    /// <summary>Returns whether the range applies to a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveThrough is not { } through || date <= through);
}

/// <summary>Returns one row of <c>mce_discharge_status.tsv</c>: a patient discharge status code and the dates it is valid.</summary>
/// <param name="Code">The discharge status code, e.g. 1 (home) or 20 (expired).</param>
/// <param name="EffectiveFrom">The first date (of discharge) the code is valid.</param>
/// <param name="EffectiveThrough">The last date, or <see langword="null"/> when open.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MceDischargeStatus(int Code, DateOnly EffectiveFrom, DateOnly? EffectiveThrough)
{
    /// <summary>Returns whether the code is valid on a date.</summary>
    /// <param name="date">The date of discharge.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveThrough is not { } through || date <= through);
}

/// <summary>Returns one edit of the MCE's catalogue, <c>mce_edits.tsv</c>.</summary>
/// <param name="Name">The edit, e.g. <c>AGE_CONFLICT</c>.</param>
/// <param name="CodeType">The codes it applies to: <c>DIAGNOSIS</c>, <c>PROCEDURE</c>, <c>BOTH</c> or <c>NONE</c> (the claim).</param>
/// <param name="EditType">Whether it stops payment: <c>PREPAYMENT</c>, <c>POSTPAYMENT</c> or <c>NONE</c>.</param>
/// <param name="CounterApplicability">Which ICD versions count it: <c>ALL</c>, <c>I9</c> or <c>I10</c>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MceEditDefinition(string Name, string CodeType, string EditType, string CounterApplicability);

/// <summary>Returns one flag of <c>mce_flag_attributes.tsv</c>: the MCE's name for it, the flag as the code tables write it, and the codes that carry it.</summary>
/// <param name="Name">The MCE's name, e.g. <c>NCOV_B_PXP</c>.</param>
/// <param name="Flag">The flag as the code tables write it, e.g. <c>ncov45</c>.</param>
/// <param name="CodeType">The codes that may carry it: <c>DIAGNOSIS</c>, <c>PROCEDURE</c> or <c>BOTH</c>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MceFlagAttribute(string Name, string Flag, string CodeType);
