using MedCoding.Claims;

namespace MedCoding.Billing;

/// <summary>
/// Returns the coder's product: an encounter with its diagnoses, procedures and services, and who coded it when.
/// </summary>
/// <remarks>
/// A coded encounter carries no charges, payer or place of service: those are the biller's. The biller
/// turns it into a claim with <see cref="ToClaim"/> and then a <see cref="BillingClaim"/>.
/// </remarks>
/// <threadsafety>Immutable and thread-safe: the lists are copied on construction.</threadsafety>
public sealed record CodedEncounter
{
    /// <summary>Initializes a coded encounter.</summary>
    /// <param name="encounter">The encounter coded.</param>
    /// <param name="diagnoses">The ICD-10-CM diagnoses, principal or first-listed first.</param>
    /// <param name="procedures">The ICD-10-PCS procedures (inpatient).</param>
    /// <param name="services">The CPT or HCPCS services.</param>
    /// <param name="codedBy">The coder.</param>
    /// <param name="codedAt">When the coding was finished.</param>
    /// <exception cref="ArgumentException">
    /// The actor is not a coder, or a service points to a diagnosis that does not exist.
    /// </exception>
    public CodedEncounter(
        Encounter encounter,
        IReadOnlyList<ClaimDiagnosis> diagnoses,
        IReadOnlyList<ClaimProcedure>? procedures,
        IReadOnlyList<CodedService>? services,
        Actor codedBy,
        DateTimeOffset codedAt)
    {
        ArgumentNullException.ThrowIfNull(encounter);
        ArgumentNullException.ThrowIfNull(diagnoses);
        ArgumentNullException.ThrowIfNull(codedBy);
        if (codedBy.Role != ActorRole.Coder)
        {
            throw new ArgumentException("An encounter is coded by a coder.", nameof(codedBy));
        }

        Encounter = encounter;
        Diagnoses = diagnoses.ToArray();
        Procedures = procedures?.ToArray() ?? [];
        Services = services?.ToArray() ?? [];
        for (var i = 0; i < Services.Count; i++)
        {
            if (Services[i].DiagnosisPointers.Any(p => p < 1 || p > Diagnoses.Count))
            {
                throw new ArgumentException($"services[{i}] points to a diagnosis that is not coded.", nameof(services));
            }
        }

        CodedBy = codedBy;
        CodedAt = codedAt;
    }

    /// <summary>Gets the encounter coded.</summary>
    public Encounter Encounter { get; }

    /// <summary>Gets the diagnoses, principal or first-listed first.</summary>
    public IReadOnlyList<ClaimDiagnosis> Diagnoses { get; }

    /// <summary>Gets the ICD-10-PCS procedures.</summary>
    public IReadOnlyList<ClaimProcedure> Procedures { get; }

    /// <summary>Gets the CPT or HCPCS services.</summary>
    public IReadOnlyList<CodedService> Services { get; }

    /// <summary>Gets the coder.</summary>
    public Actor CodedBy { get; }

    /// <summary>Gets when the coding was finished.</summary>
    public DateTimeOffset CodedAt { get; }

    /// <summary>Returns the default place-of-service code for a setting (professional claims).</summary>
    /// <param name="setting">The setting.</param>
    /// <returns><c>21</c> inpatient, <c>22</c> outpatient hospital, <c>23</c> emergency room, <c>11</c> office.</returns>
    public static string PlaceOfServiceFor(CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => "21",
        CareSetting.Outpatient => "22",
        CareSetting.Emergency => "23",
        CareSetting.Office => "11",
        _ => throw new ArgumentOutOfRangeException(nameof(setting)),
    };

    /// <summary>Returns the claim content the biller builds from this coding: the codes plus one charge per service.</summary>
    /// <param name="type">Professional or institutional: the biller's choice (an emergency visit gives both).</param>
    /// <param name="charges">One charge per service, in order, from the biller's charge master.</param>
    /// <param name="placeOfService">The place of service for professional lines; by default the one for the setting.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentException">There is not exactly one charge per service, or a charge is negative.</exception>
    public Claim ToClaim(ClaimType type, IEnumerable<decimal> charges, string? placeOfService = null)
    {
        ArgumentNullException.ThrowIfNull(charges);
        var prices = charges.ToArray();
        if (prices.Length != Services.Count || prices.Any(p => p < 0))
        {
            throw new ArgumentException("Expected one non-negative charge per coded service.", nameof(charges));
        }

        var pos = type == ClaimType.Professional ? placeOfService ?? PlaceOfServiceFor(Encounter.Setting) : null;
        var lines = Services.Select((s, i) => new ServiceLine(s.Code, s.Modifiers, s.Units, s.DiagnosisPointers, s.DateOfService ?? Encounter.Start, pos, prices[i]));
        return new Claim(type, Encounter.Start, Encounter.Patient, Diagnoses, Procedures, lines);
    }

    /// <inheritdoc />
    public bool Equals(CodedEncounter? other) =>
        other is not null
        && Encounter == other.Encounter
        && Diagnoses.SequenceEqual(other.Diagnoses)
        && Procedures.SequenceEqual(other.Procedures)
        && Services.SequenceEqual(other.Services)
        && CodedBy == other.CodedBy
        && CodedAt == other.CodedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Encounter, CodedBy, CodedAt, Diagnoses.Count, Services.Count);

    /// <summary>Returns a description without patient data.</summary>
    /// <returns>The encounter id, setting and counts.</returns>
    public override string ToString() => $"CodedEncounter {{ Encounter = {Encounter.Id}, Setting = {Encounter.Setting}, Diagnoses = {Diagnoses.Count}, Services = {Services.Count} }}";
}
