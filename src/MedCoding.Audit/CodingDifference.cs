namespace MedCoding.Audit;

/// <summary>Gets one difference between the coder's version of a case and the auditor's.</summary>
/// <param name="Kind">The class of difference.</param>
/// <param name="Position">
/// Where it is, as a claim says: <c>pdx</c>, <c>sdx1</c>... (the coder's position, or the auditor's for an added code),
/// <c>proc1</c>... for procedures, <c>discharge_status</c>.
/// </param>
/// <param name="From">The coder's code (or POA indicator, or discharge status); <see langword="null"/> for an added code.</param>
/// <param name="To">The auditor's code (or POA indicator, or discharge status); <see langword="null"/> for a removed code.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record CodingDifference(DifferenceKind Kind, string Position, string? From, string? To)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToName()} {Position}: {From ?? "-"} -> {To ?? "-"}";
}
