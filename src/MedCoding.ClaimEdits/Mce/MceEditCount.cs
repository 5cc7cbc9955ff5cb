namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns one entry of the Medicare Code Editor's edit counter for a claim: an edit and how many times it was counted.</summary>
/// <param name="Edit">The edit.</param>
/// <param name="Count">The number of times it was counted (more than 0).</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly record struct MceEditCount(MceEdit Edit, int Count)
{
    /// <summary>Returns the entry as CMS's cases write it, e.g. <c>SEX_CONFLICT=3</c>.</summary>
    /// <returns>The entry.</returns>
    public override string ToString() => $"{Edit.ToCmsName()}={Count}";
}
