using System.Text.Json.Serialization;

namespace MedCoding.Billing;

/// <summary>
/// Returns a provider: a person (a physician) or an organization (a hospital, a group practice).
/// </summary>
/// <param name="Npi">The National Provider Identifier.</param>
/// <param name="Name">The organization name, or the person's last name.</param>
/// <param name="FirstName">The person's first name; <see langword="null"/> for an organization.</param>
/// <param name="Address">The address; required for the billing provider.</param>
/// <param name="TaxId">The employer identification number (nine digits); required for the billing provider.</param>
/// <param name="Taxonomy">The health care provider taxonomy code (<c>207Q00000X</c>), if known.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Provider(
    Npi Npi,
    string Name,
    string? FirstName = null,
    Address? Address = null,
    string? TaxId = null,
    string? Taxonomy = null)
{
    /// <summary>Gets whether the provider is a person rather than an organization.</summary>
    [JsonIgnore]
    public bool IsPerson => FirstName is not null;
}
