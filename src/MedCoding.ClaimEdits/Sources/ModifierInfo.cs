using MedCoding.Hcpcs.Modifiers;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns one modifier as the claim edits see it.
/// </summary>
/// <param name="Code">The two-character modifier (<c>25</c>, <c>LT</c>).</param>
/// <param name="Categories">What it does (<see cref="ModifierCatalog.Categorize"/>).</param>
/// <param name="Source">The code set it belongs to (CPT or HCPCS Level II), or <see langword="null"/> when no modifier list was consulted (<see cref="ModifierCatalogSource.Policy"/>).</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ModifierInfo(string Code, ModifierCategory Categories, ModifierSource? Source = null)
{
    /// <summary>Returns whether the modifier is in a category (every flag of it).</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool Is(ModifierCategory category) => (Categories & category) == category;
}
