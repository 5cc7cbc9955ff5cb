namespace MedCoding.Hcpcs.Modifiers;

/// <summary>
/// Returns one CPT or HCPCS Level II modifier with its label and categories.
/// </summary>
/// <remarks>
/// A Level II modifier's label is its long description from the HCPCS file, and <see cref="Record"/> holds the
/// whole record. A CPT modifier's label is a short neutral label of the SDK's own, not the AMA's text.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Modifier
{
    internal Modifier(string code, ModifierSource source, string label, ModifierCategory categories, HcpcsRecord? record)
    {
        Code = code;
        Source = source;
        Label = label;
        Categories = categories;
        Record = record;
    }

    /// <summary>Gets the two-character modifier, e.g. <c>59</c> or <c>LT</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the code set the modifier belongs to.</summary>
    public ModifierSource Source { get; }

    /// <summary>Gets the label: the HCPCS long description for Level II, the SDK's own neutral label for CPT.</summary>
    public string Label { get; }

    /// <summary>Gets the categories the modifier falls into.</summary>
    public ModifierCategory Categories { get; }

    /// <summary>Gets the Level II record from the HCPCS file, or <see langword="null"/> for a CPT modifier.</summary>
    public HcpcsRecord? Record { get; }

    /// <summary>Gets a value indicating whether the modifier may bypass an NCCI procedure-to-procedure edit.</summary>
    public bool IsNcciAssociated => Categories.HasFlag(ModifierCategory.NcciAssociated);

    /// <summary>Returns whether the modifier falls into a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Is(ModifierCategory category) => (Categories & category) == category && category != ModifierCategory.None;

    /// <summary>Returns the code and label.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Code} {Label}";
}
