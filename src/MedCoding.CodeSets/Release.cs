using System.Globalization;

namespace MedCoding.CodeSets;

/// <summary>
/// Returns one published release of a code system: its version and the dates it is in force.
/// </summary>
/// <remarks>
/// ICD-10-CM and ICD-10-PCS releases follow the federal fiscal year, which starts on October 1:
/// FY2026 is in force from 2025-10-01 to 2026-09-30. Mid-year updates (April 1, 2025) start on their
/// own date and are named by year and month (<c>2025-04</c>).
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Release : IEquatable<Release>
{
    /// <summary>
    /// Initializes a release.
    /// </summary>
    /// <param name="system">The code system.</param>
    /// <param name="version">The version, e.g. <c>2026</c> or <c>2025-04</c>.</param>
    /// <param name="effectiveFrom">The first date of service the release applies to.</param>
    /// <param name="effectiveThrough">The last date of service the release applies to.</param>
    /// <param name="name">A display name; by default the system and version.</param>
    /// <exception cref="ArgumentException"><paramref name="version"/> is empty, or the dates are reversed.</exception>
    public Release(CodeSystem system, string version, DateOnly effectiveFrom, DateOnly effectiveThrough, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        if (effectiveThrough < effectiveFrom)
        {
            throw new ArgumentException(
                $"The release {version} would end ({effectiveThrough:yyyy-MM-dd}) before it starts ({effectiveFrom:yyyy-MM-dd}).",
                nameof(effectiveThrough));
        }

        System = system;
        Version = version;
        EffectiveFrom = effectiveFrom;
        EffectiveThrough = effectiveThrough;
        Name = string.IsNullOrWhiteSpace(name) ? $"{system.DisplayName()} {version}" : name;
    }

    /// <summary>Gets the code system.</summary>
    public CodeSystem System { get; }

    /// <summary>Gets the version, e.g. <c>2026</c> for a fiscal year or <c>2025-04</c> for the April 2025 update.</summary>
    public string Version { get; }

    /// <summary>Gets the display name, e.g. <c>ICD-10-CM FY2026</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the first date of service the release applies to.</summary>
    public DateOnly EffectiveFrom { get; }

    /// <summary>Gets the last date of service the release applies to.</summary>
    public DateOnly EffectiveThrough { get; }

    /// <summary>
    /// Returns the release for a federal fiscal year: October 1 of the year before through September 30.
    /// </summary>
    /// <param name="system">The code system.</param>
    /// <param name="fiscalYear">The fiscal year, e.g. 2026.</param>
    /// <returns>The release, versioned by the year (<c>2026</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 1900-9999.</exception>
    public static Release ForFiscalYear(CodeSystem system, int fiscalYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 9999);
        return new Release(
            system,
            fiscalYear.ToString(CultureInfo.InvariantCulture),
            new DateOnly(fiscalYear - 1, 10, 1),
            new DateOnly(fiscalYear, 9, 30),
            $"{system.DisplayName()} FY{fiscalYear}");
    }

    /// <summary>
    /// Returns a mid-year update, in force from the first day of its month to the end of the fiscal year.
    /// </summary>
    /// <param name="system">The code system.</param>
    /// <param name="year">The calendar year of the update, e.g. 2025.</param>
    /// <param name="month">The month it takes effect, e.g. 4 for April.</param>
    /// <returns>The release, versioned by year and month (<c>2025-04</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static Release ForUpdate(CodeSystem system, int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var from = new DateOnly(year, month, 1);
        var fiscalYear = month >= 10 ? year + 1 : year;
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return new Release(
            system,
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
            from,
            new DateOnly(fiscalYear, 9, 30),
            $"{system.DisplayName()} {monthName} {year} update");
    }

    /// <summary>Returns whether the release applies to a date of service.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns><see langword="true"/> if the date falls within the release's effective dates.</returns>
    public bool IsInForceOn(DateOnly dateOfService) => dateOfService >= EffectiveFrom && dateOfService <= EffectiveThrough;

    /// <summary>Returns a copy of this release that ends on another date (when a later update replaces it).</summary>
    /// <param name="effectiveThrough">The new last date of service.</param>
    /// <returns>The shortened release.</returns>
    public Release EndingOn(DateOnly effectiveThrough) => new(System, Version, EffectiveFrom, effectiveThrough, Name);

    /// <inheritdoc />
    public bool Equals(Release? other) =>
        other is not null && System == other.System && string.Equals(Version, other.Version, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Release);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(System, StringComparer.Ordinal.GetHashCode(Version));

    /// <summary>Returns the name and effective dates, e.g. <c>ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name} ({EffectiveFrom:yyyy-MM-dd} to {EffectiveThrough:yyyy-MM-dd})");
}
