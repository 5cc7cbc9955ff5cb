using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Poa;

/// <summary>
/// Returns the POA-exempt lists the present-on-admission edit reads: the list in force on a claim's date.
/// </summary>
/// <remarks>
/// <see cref="PoaExemptLists"/> implements it over a <see cref="ReleaseSchedule{T}"/> of <see cref="PoaExemptList"/>
/// (for example <c>MedCoding.Data.PoaExemptData.Default</c>). Implementations must be thread-safe.
/// </remarks>
public interface IPoaExemptSource
{
    /// <summary>Gets the lists known, each with the dates it is in force, oldest first.</summary>
    IReadOnlyList<Release> Releases { get; }

    /// <summary>Returns the list in force on a date (of discharge or service).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The list, or <see langword="null"/> when no list is in force on that date: the POA edit then reports that it could not run.</returns>
    PoaExemptList? FindInForceOn(DateOnly date);
}
