using System.Globalization;

namespace MedCoding.CodeSets;

/// <summary>
/// The exception thrown when no known release of a code system is in force on a date of service: the date is
/// before the first release, after the last, or in a gap between two releases that are not consecutive.
/// </summary>
/// <remarks>Derives from <see cref="KeyNotFoundException"/> so existing handlers keep working. The SDK never guesses a nearby release.</remarks>
public sealed class NoReleaseInForceException : KeyNotFoundException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="system">The code system asked for.</param>
    /// <param name="dateOfService">The date of service asked for.</param>
    /// <param name="knownReleases">The releases known, with the dates each is in force, in date order.</param>
    public NoReleaseInForceException(CodeSystem system, DateOnly dateOfService, IReadOnlyList<Release> knownReleases)
        : base(Describe(system, dateOfService, knownReleases))
    {
        ArgumentNullException.ThrowIfNull(knownReleases);
        System = system;
        DateOfService = dateOfService;
        KnownReleases = knownReleases;
    }

    /// <summary>Gets the code system asked for.</summary>
    public CodeSystem System { get; }

    /// <summary>Gets the date of service asked for.</summary>
    public DateOnly DateOfService { get; }

    /// <summary>Gets the releases known, with the dates each is in force, in date order.</summary>
    public IReadOnlyList<Release> KnownReleases { get; }

    /// <summary>Returns the explanation used as the message: where the date falls relative to the known releases.</summary>
    /// <param name="system">The code system.</param>
    /// <param name="date">The date of service.</param>
    /// <param name="known">The known releases, in date order.</param>
    /// <returns>The explanation.</returns>
    internal static string Describe(CodeSystem system, DateOnly date, IReadOnlyList<Release>? known)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (known is null || known.Count == 0)
        {
            return $"No {system.DisplayName()} release is in force on {day}: no release is loaded.";
        }

        var where = date < known[0].EffectiveFrom ? $"it is before the first, {known[0]}"
            : date > known[^1].EffectiveThrough ? $"it is after the last, {known[^1]}"
            : $"it is between {known.Last(r => r.EffectiveThrough < date)} and {known.First(r => r.EffectiveFrom > date)}, a gap with no release";
        return $"No {system.DisplayName()} release known here is in force on {day}: {where}. Known releases: {string.Join("; ", known)}.";
    }
}
