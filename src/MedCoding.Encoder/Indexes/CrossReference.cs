namespace MedCoding.Encoder;

/// <summary>
/// Returns one cross-reference an index term gives: <c>see</c>, <c>see also</c>, <c>see category</c>,
/// <c>see subcategory</c> or the ICD-10-PCS <c>use</c>, with its target as published.
/// </summary>
/// <remarks>
/// Follow a reference with <see cref="AlphabeticIndex.Resolve(CrossReference)"/> (one step) or
/// <see cref="AlphabeticIndex.Follow(IndexTerm)"/> (a whole chain, cycle-safe).
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CrossReference : IEquatable<CrossReference>
{
    /// <summary>Initializes a cross-reference.</summary>
    /// <param name="kind">The instruction.</param>
    /// <param name="target">The target as published, e.g. <c>Pain, abdominal</c>; a category or subcategory code for <see cref="CrossReferenceKind.SeeCategory"/> and <see cref="CrossReferenceKind.SeeSubcategory"/>.</param>
    /// <param name="codes">The ICD-10-PCS table or partial code the reference gives (<c>&lt;codes&gt;</c> or <c>&lt;tab&gt;</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public CrossReference(CrossReferenceKind kind, string target, string? codes = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown cross-reference kind.");
        }

        Kind = kind;
        Target = target;
        Codes = codes;
    }

    /// <summary>Gets the instruction: see, see also, see category, see subcategory or use.</summary>
    public CrossReferenceKind Kind { get; }

    /// <summary>Gets the target as published: an index path such as <c>Pain, abdominal</c>, a PCS value such as <c>Foot Muscle, Right</c>, or a code for a category or subcategory reference.</summary>
    public string Target { get; }

    /// <summary>Gets the ICD-10-PCS table or partial code the reference gives (<c>0UT9</c>, <c>0QB</c>), or <see langword="null"/>.</summary>
    public string? Codes { get; }

    /// <inheritdoc />
    public bool Equals(CrossReference? other) =>
        other is not null && Kind == other.Kind && string.Equals(Target, other.Target, StringComparison.Ordinal) && string.Equals(Codes, other.Codes, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CrossReference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Target), Codes is null ? 0 : StringComparer.Ordinal.GetHashCode(Codes));

    /// <summary>Returns the reference as an index prints it, e.g. <c>see Pain, abdominal</c> or <c>see Resection, Uterus 0UT9</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString()
    {
        var instruction = Kind switch
        {
            CrossReferenceKind.See => "see",
            CrossReferenceKind.SeeAlso => "see also",
            CrossReferenceKind.SeeCategory => "see category",
            CrossReferenceKind.SeeSubcategory => "see subcategory",
            _ => "use",
        };
        return Codes is null ? $"{instruction} {Target}" : $"{instruction} {Target} {Codes}";
    }
}
