namespace MedCoding.Billing;

/// <summary>
/// Returns the patient when the patient is not the subscriber: a spouse, a child... The birth date and sex are the claim's patient's.
/// </summary>
/// <param name="LastName">The patient's last name.</param>
/// <param name="FirstName">The patient's first name.</param>
/// <param name="Relationship">How the patient is related to the subscriber.</param>
/// <param name="Address">The patient's address, if it differs from the subscriber's.</param>
/// <remarks>Everything here is patient data: <see cref="ToString"/> shows none of it.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Dependent(string LastName, string FirstName, PatientRelationship Relationship, Address? Address = null)
{
    /// <summary>Returns a description without patient data.</summary>
    /// <returns>The relationship only.</returns>
    public override string ToString() => $"Dependent {{ Relationship = {Relationship} }}";
}
