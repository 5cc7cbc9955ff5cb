using System.Collections.Frozen;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Modifiers;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns the modifiers of a <see cref="ModifierCatalog"/> (the CPT modifiers and the Level II modifiers of a
/// HCPCS file) as the claim edits see them: each with its <see cref="ModifierCategory"/> and <see cref="ModifierSource"/>.
/// </summary>
/// <remarks>
/// <para>
/// The categories are the catalogue's own (<see cref="ModifierCatalog.Categorize"/>), including the roles the
/// conflict and bundling edits need: 50 bilateral, 26 professional and TC technical component, 76, 77 and 91
/// repeats, LT left and RT right, the anatomic and the NCCI-associated modifiers.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ModifierCatalogSource : IModifierSource
{
    private readonly FrozenDictionary<string, ModifierInfo> _byCode;
    private readonly FrozenDictionary<string, ModifierInfo>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Initializes the source over a catalogue.</summary>
    /// <param name="catalog">The catalogue, e.g. <c>ModifierCatalog.Create(HcpcsLevel2Release.LoadFolder(...))</c>.</param>
    public ModifierCatalogSource(ModifierCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _byCode = catalog.All.ToFrozenDictionary(m => m.Code, m => new ModifierInfo(m.Code, m.Categories, m.Source), StringComparer.Ordinal);
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Gets a source that knows no list but categorises any modifier by code (<see cref="ModifierCatalog.Categorize"/>):
    /// what the edits use to recognise LT, RT, 50, 26, TC and the NCCI-associated modifiers when no modifier source is given.
    /// It never answers <see langword="null"/>, so it must not be used to call a modifier unknown.
    /// </summary>
    public static IModifierSource Policy { get; } = new PolicyOnly();

    /// <summary>Gets the catalogue.</summary>
    public ModifierCatalog Catalog { get; }

    /// <summary>Returns a source over the CPT modifiers and the Level II modifiers of a HCPCS release.</summary>
    /// <param name="level2">The HCPCS Level II release.</param>
    /// <returns>The source.</returns>
    public static ModifierCatalogSource Create(HcpcsLevel2Release level2) => new(ModifierCatalog.Create(level2));

    /// <inheritdoc />
    public ModifierInfo? Find(string modifier)
    {
        ArgumentNullException.ThrowIfNull(modifier);
        if (_byCode.TryGetValue(modifier, out var info))
        {
            return info;
        }

        Span<char> buffer = stackalloc char[2];
        var trimmed = modifier.AsSpan().Trim();
        return trimmed.Length == 2 && trimmed.ToUpperInvariant(buffer) == 2 && _bySpan.TryGetValue(buffer, out info) ? info : null;
    }

    private sealed class PolicyOnly : IModifierSource
    {
        public ModifierInfo? Find(string modifier)
        {
            ArgumentNullException.ThrowIfNull(modifier);
            var code = modifier.Trim().ToUpperInvariant();
            return new ModifierInfo(code, ModifierCatalog.Categorize(code));
        }
    }
}
