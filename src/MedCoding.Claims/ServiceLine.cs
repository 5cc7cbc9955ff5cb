namespace MedCoding.Claims;

/// <summary>
/// Returns one service line: a CPT or HCPCS code with its modifiers, units, diagnosis pointers and charge.
/// </summary>
/// <threadsafety>Immutable and thread-safe: the lists are copied on construction.</threadsafety>
public sealed record ServiceLine
{
    /// <summary>Initializes a service line.</summary>
    /// <param name="code">The CPT or HCPCS code as written (<c>99214</c>).</param>
    /// <param name="modifiers">The modifiers in the order reported (<c>25</c>, <c>LT</c>); at most four on a claim.</param>
    /// <param name="units">The units of service.</param>
    /// <param name="diagnosisPointers">1-based pointers into the claim's diagnoses, most important first.</param>
    /// <param name="dateOfService">The line's date of service; the claim's when <see langword="null"/>.</param>
    /// <param name="placeOfService">The two-digit CMS place-of-service code (<c>11</c> = office).</param>
    /// <param name="charge">The billed charge.</param>
    public ServiceLine(
        string code,
        IEnumerable<string>? modifiers = null,
        decimal units = 1,
        IEnumerable<int>? diagnosisPointers = null,
        DateOnly? dateOfService = null,
        string? placeOfService = null,
        decimal? charge = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        Modifiers = modifiers?.ToArray() ?? [];
        Units = units;
        DiagnosisPointers = diagnosisPointers?.ToArray() ?? [];
        DateOfService = dateOfService;
        PlaceOfService = placeOfService;
        Charge = charge;
    }

    /// <summary>Gets the CPT or HCPCS code as written.</summary>
    public string Code { get; }

    /// <summary>Gets the modifiers in the order reported.</summary>
    public IReadOnlyList<string> Modifiers { get; }

    /// <summary>Gets the units of service.</summary>
    public decimal Units { get; }

    /// <summary>Gets the 1-based pointers into the claim's diagnoses.</summary>
    public IReadOnlyList<int> DiagnosisPointers { get; }

    /// <summary>Gets the line's own date of service, or <see langword="null"/> to use the claim's.</summary>
    public DateOnly? DateOfService { get; }

    /// <summary>Gets the place-of-service code.</summary>
    public string? PlaceOfService { get; }

    /// <summary>Gets the billed charge.</summary>
    public decimal? Charge { get; }

    /// <inheritdoc />
    public bool Equals(ServiceLine? other) =>
        other is not null
        && Code == other.Code
        && Modifiers.SequenceEqual(other.Modifiers)
        && Units == other.Units
        && DiagnosisPointers.SequenceEqual(other.DiagnosisPointers)
        && DateOfService == other.DateOfService
        && PlaceOfService == other.PlaceOfService
        && Charge == other.Charge;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Units, DateOfService, PlaceOfService, Charge, Modifiers.Count, DiagnosisPointers.Count);
}
