namespace MedCoding.Billing;

/// <summary>
/// Returns a postal address as X12 writes it (N3 and N4 segments).
/// </summary>
/// <param name="Line1">The first street line.</param>
/// <param name="City">The city.</param>
/// <param name="State">The two-letter state code.</param>
/// <param name="PostalCode">The ZIP code, five or nine digits.</param>
/// <param name="Line2">The second street line, if any.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Address(string Line1, string City, string State, string PostalCode, string? Line2 = null);
