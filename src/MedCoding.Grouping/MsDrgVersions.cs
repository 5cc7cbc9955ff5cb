namespace MedCoding.Grouping;

/// <summary>Picks the MS-DRG version in force on a discharge date, and names versions as CMS does.</summary>
public static class MsDrgVersions
{
    /// <summary>Gets the first discharge date grouped with v43.0 (the start of FY2026).</summary>
    public static DateOnly V430Start { get; } = new(2025, 10, 1);

    /// <summary>Gets the first discharge date grouped with v43.1.</summary>
    public static DateOnly V431Start { get; } = new(2026, 4, 1);

    /// <summary>Returns the version in force on a discharge date: v43.0 before 2026-04-01, v43.1 from then.</summary>
    /// <param name="dischargeDate">The date the patient was discharged.</param>
    /// <returns>The version to group with.</returns>
    /// <remarks>Dates before FY2026 group with v43.0 and dates after it with v43.1: this package carries no other version.</remarks>
    public static MsDrgVersion ForDischargeDate(DateOnly dischargeDate) =>
        dischargeDate < V431Start ? MsDrgVersion.V430 : MsDrgVersion.V431;

    /// <summary>Returns the version's display name, e.g. <c>v43.1</c>.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(this MsDrgVersion version) =>
        $"v{(int)version / 10}.{(int)version % 10}";

    /// <summary>Returns the first discharge date the version groups.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The date.</returns>
    public static DateOnly EffectiveDate(this MsDrgVersion version) =>
        version == MsDrgVersion.V430 ? V430Start : V431Start;
}
