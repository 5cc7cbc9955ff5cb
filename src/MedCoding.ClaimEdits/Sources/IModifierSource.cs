using System.Collections.Frozen;
using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns what is known about a modifier.
/// </summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IModifierSource
{
    /// <summary>Returns the modifier, or <see langword="null"/> when it is not a known modifier.</summary>
    /// <param name="modifier">The modifier as written.</param>
    /// <returns>The modifier, or <see langword="null"/>.</returns>
    ModifierInfo? Find(string modifier);
}
