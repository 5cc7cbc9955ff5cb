namespace MedCoding.Billing;

/// <summary>
/// Returns one service as the coder reported it: a CPT or HCPCS code with modifiers, units and diagnosis pointers. No charge: pricing is the biller's job.
/// </summary>
/// <threadsafety>Immutable and thread-safe: the lists are copied on construction.</threadsafety>
public sealed record CodedService
{
    /// <summary>Initializes a coded service.</summary>
    /// <param name="code">The CPT or HCPCS code (<c>99214</c>).</param>
    /// <param name="modifiers">The modifiers in order, at most four.</param>
    /// <param name="units">The units of service, more than zero.</param>
    /// <param name="diagnosisPointers">1-based pointers into the coded diagnoses, most important first, at most four.</param>
    /// <param name="dateOfService">The date of the service; the encounter's start when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A list is too long or the units are not positive.</exception>
    public CodedService(string code, IReadOnlyList<string>? modifiers = null, decimal units = 1, IReadOnlyList<int>? diagnosisPointers = null, DateOnly? dateOfService = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Modifiers = modifiers?.ToArray() ?? [];
        DiagnosisPointers = diagnosisPointers?.ToArray() ?? [];
        if (Modifiers.Count > 4)
        {
            throw new ArgumentException("A service has at most four modifiers.", nameof(modifiers));
        }

        if (DiagnosisPointers.Count > 4)
        {
            throw new ArgumentException("A service has at most four diagnosis pointers.", nameof(diagnosisPointers));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        Code = code;
        Units = units;
        DateOfService = dateOfService;
    }

    /// <summary>Gets the CPT or HCPCS code.</summary>
    public string Code { get; }

    /// <summary>Gets the modifiers in order.</summary>
    public IReadOnlyList<string> Modifiers { get; }

    /// <summary>Gets the units of service.</summary>
    public decimal Units { get; }

    /// <summary>Gets the 1-based pointers into the coded diagnoses.</summary>
    public IReadOnlyList<int> DiagnosisPointers { get; }

    /// <summary>Gets the date of the service, or <see langword="null"/> for the encounter's start.</summary>
    public DateOnly? DateOfService { get; }

    /// <inheritdoc />
    public bool Equals(CodedService? other) =>
        other is not null
        && Code == other.Code
        && Modifiers.SequenceEqual(other.Modifiers)
        && Units == other.Units
        && DiagnosisPointers.SequenceEqual(other.DiagnosisPointers)
        && DateOfService == other.DateOfService;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Units, DateOfService, Modifiers.Count, DiagnosisPointers.Count);
}
