using MedCoding.Claims;

namespace MedCoding.Billing;

/// <summary>
/// Returns an encounter: a patient seen by a provider in a setting over one or more days. The start of both jobs.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Encounter
{
    /// <summary>Initializes an encounter.</summary>
    /// <param name="id">The encounter (visit or account) id.</param>
    /// <param name="setting">Where the encounter took place.</param>
    /// <param name="provider">The attending or treating provider.</param>
    /// <param name="patient">The patient's birth date and sex.</param>
    /// <param name="start">The first day (visit or admission date).</param>
    /// <param name="end">The last day (discharge date); the start for a one-day encounter.</param>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public Encounter(string id, CareSetting setting, Provider provider, Patient patient, DateOnly start, DateOnly end)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(patient);
        if (end < start)
        {
            throw new ArgumentException("The end of an encounter cannot be before its start.", nameof(end));
        }

        Id = id;
        Setting = setting;
        Provider = provider;
        Patient = patient;
        Start = start;
        End = end;
    }

    /// <summary>Gets the encounter id.</summary>
    public string Id { get; }

    /// <summary>Gets where the encounter took place.</summary>
    public CareSetting Setting { get; }

    /// <summary>Gets the attending or treating provider.</summary>
    public Provider Provider { get; }

    /// <summary>Gets the patient's birth date and sex.</summary>
    public Patient Patient { get; }

    /// <summary>Gets the first day.</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the last day.</summary>
    public DateOnly End { get; }

    /// <summary>Returns a description without patient data.</summary>
    /// <returns>The id, setting and dates.</returns>
    public override string ToString() => $"Encounter {{ Id = {Id}, Setting = {Setting}, Start = {Start:yyyy-MM-dd}, End = {End:yyyy-MM-dd} }}";
}
