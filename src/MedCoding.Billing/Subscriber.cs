using MedCoding.CodeSets;

namespace MedCoding.Billing;

/// <summary>
/// Returns the insured person as the payer knows them: the patient (relationship 18, self), or the person a <see cref="Dependent"/> patient is covered through.
/// </summary>
/// <param name="MemberId">The member id on the insurance card.</param>
/// <param name="LastName">The last name.</param>
/// <param name="FirstName">The first name.</param>
/// <param name="BirthDate">The date of birth.</param>
/// <param name="Sex">The sex.</param>
/// <param name="Address">The address, if known.</param>
/// <param name="GroupNumber">The insurance group or policy number, if any.</param>
/// <param name="Sequence">Whether the payer is primary, secondary or tertiary for this subscriber.</param>
/// <remarks>Everything here is patient data: <see cref="ToString"/> shows none of it.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Subscriber(
    string MemberId,
    string LastName,
    string FirstName,
    DateOnly BirthDate,
    AdministrativeSex Sex,
    Address? Address = null,
    string? GroupNumber = null,
    PayerSequence Sequence = PayerSequence.Primary)
{
    /// <summary>Returns a description without patient data.</summary>
    /// <returns>The payer sequence only.</returns>
    public override string ToString() => $"Subscriber {{ Sequence = {Sequence} }}";
}
