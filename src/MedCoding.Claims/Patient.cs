using MedCoding.CodeSets;

namespace MedCoding.Claims;

/// <summary>
/// Returns the patient facts the claim edits need: birth date and sex. Nothing that identifies the patient.
/// </summary>
/// <param name="BirthDate">The date of birth.</param>
/// <param name="Sex">The sex reported on the claim.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Patient(DateOnly BirthDate, AdministrativeSex Sex)
{
    /// <summary>Returns the patient's age in completed years on a date (the age the Medicare Code Editor uses).</summary>
    /// <param name="date">The date, usually the date of service or admission.</param>
    /// <returns>The age in years; 0 before the first birthday.</returns>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        // Compare month and day, so that someone born on February 29 is a year older on March 1.
        if (date.Month < BirthDate.Month || (date.Month == BirthDate.Month && date.Day < BirthDate.Day))
        {
            age--;
        }

        return Math.Max(age, 0);
    }
}
