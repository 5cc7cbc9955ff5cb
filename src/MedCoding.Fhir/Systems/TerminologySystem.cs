using System.Collections.Concurrent;
using System.Net;
using MedCoding.CodeSets;

namespace MedCoding.Fhir.Systems;

/// <summary>
/// A code system the service answers for: its URL and names, and its releases by version or date of service, each
/// seen through a <see cref="SystemRelease"/> created once.
/// </summary>
internal sealed class TerminologySystem
{
    private readonly ConcurrentDictionary<Release, SystemRelease> _views = new();
    private readonly Func<Release, SystemRelease> _view;
    private readonly Func<string, Release?> _findVersion;
    private readonly Func<DateOnly, Release?> _inForce;
    private readonly Func<Release> _newest;
    private readonly Func<DateOnly, string> _noReleaseOn;

    private TerminologySystem(
        string url,
        string name,
        string title,
        string publisher,
        CodeSystem kind,
        IReadOnlyList<Release> releases,
        Func<string, Release?> findVersion,
        Func<DateOnly, Release?> inForce,
        Func<Release> newest,
        Func<DateOnly, string> noReleaseOn,
        Func<TerminologySystem, Release, SystemRelease> view,
        string? unavailable)
    {
        Url = url;
        Name = name;
        Title = title;
        Publisher = publisher;
        Kind = kind;
        Releases = releases;
        _findVersion = findVersion;
        _inForce = inForce;
        _newest = newest;
        _noReleaseOn = noReleaseOn;
        _view = release => view(this, release);
        Unavailable = unavailable;
    }

    public string Url { get; }

    /// <summary>Gets the computer-friendly name (<c>CodeSystem.name</c>), also the <c>name</c> of <c>$lookup</c>.</summary>
    public string Name { get; }

    public string Title { get; }

    public string Publisher { get; }

    public CodeSystem Kind { get; }

    public IReadOnlyList<Release> Releases { get; }

    /// <summary>Gets why the system cannot answer (CPT without a licensed file), or <see langword="null"/>.</summary>
    public string? Unavailable { get; }

    public static TerminologySystem Create<T>(
        string url,
        string name,
        string title,
        string publisher,
        ReleaseSchedule<T> schedule,
        Func<TerminologySystem, Release, T, SystemRelease> view,
        string? unavailableWhenEmpty = null)
        where T : class =>
        new(
            url,
            name,
            title,
            publisher,
            schedule.System,
            schedule.Releases,
            schedule.FindVersion,
            schedule.FindInForceOn,
            () => schedule.NewestRelease,
            schedule.DescribeNoReleaseOn,
            (system, release) => view(system, release, schedule.Load(release)),
            schedule.Count == 0 ? unavailableWhenEmpty ?? $"No {schedule.System.DisplayName()} release is configured." : null);

    /// <summary>Returns the release a request selects: the version when given, else the release in force on the date, else the newest.</summary>
    /// <exception cref="Hl7.Fhir.Rest.FhirOperationException">The system is unavailable, or the version or date selects no release (404).</exception>
    public SystemRelease Resolve(string? version, DateOnly? date)
    {
        if (Unavailable is not null)
        {
            throw Outcomes.Error(HttpStatusCode.NotFound, Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported, Unavailable);
        }

        Release? release;
        if (!string.IsNullOrWhiteSpace(version))
        {
            release = _findVersion(version) ?? throw Outcomes.Error(
                HttpStatusCode.NotFound,
                Hl7.Fhir.Model.OperationOutcome.IssueType.NotFound,
                $"{Title} has no version '{Outcomes.Clip(version)}' here; the versions are {string.Join(", ", Releases.Select(r => r.Version))}.");
        }
        else if (date is { } day)
        {
            release = _inForce(day) ?? throw Outcomes.Error(
                HttpStatusCode.NotFound,
                Hl7.Fhir.Model.OperationOutcome.IssueType.NotFound,
                _noReleaseOn(day));
        }
        else
        {
            release = _newest();
        }

        return _views.GetOrAdd(release, _view);
    }
}
