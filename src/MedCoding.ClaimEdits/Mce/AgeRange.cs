using System.Collections.Frozen;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns an inclusive range of ages in completed years.</summary>
/// <param name="Minimum">The youngest age allowed.</param>
/// <param name="Maximum">The oldest age allowed.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly record struct AgeRange(int Minimum, int Maximum)
{
    /// <summary>Returns whether an age is in the range.</summary>
    /// <param name="age">The age in completed years.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool Contains(int age) => age >= Minimum && age <= Maximum;

    /// <summary>Returns the range as text, e.g. <c>12-55</c>.</summary>
    /// <returns>The range.</returns>
    public override string ToString() => Minimum == Maximum ? $"{Minimum}" : $"{Minimum}-{Maximum}";
}
