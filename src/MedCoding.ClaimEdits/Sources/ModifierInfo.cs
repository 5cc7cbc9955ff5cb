using System.Collections.Frozen;
using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns one modifier as the claim edits see it.
/// </summary>
/// <param name="Code">The two-character modifier (<c>25</c>, <c>LT</c>).</param>
/// <param name="Categories">What it does.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ModifierInfo(string Code, ModifierCategories Categories)
{
    /// <summary>Returns whether the modifier is in a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool Is(ModifierCategories category) => (Categories & category) == category;
}
