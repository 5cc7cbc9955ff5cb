namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns one value of one axis in an ICD-10-PCS table, as the Tables XML defines it: e.g. position 5, "Approach", <c>0</c> = Open.
/// </summary>
/// <param name="Axis">The position.</param>
/// <param name="AxisTitle">The title the table gives the position, e.g. <c>Body Part</c> or, in the Imaging section, <c>Contrast</c>.</param>
/// <param name="Character">The character, e.g. <c>0</c>.</param>
/// <param name="Label">The value's label, e.g. <c>Open</c>.</param>
/// <param name="Definition">The definition the table gives the value (the root operation's, at position 3), or <see langword="null"/>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record PcsAxisValue(PcsAxis Axis, string AxisTitle, char Character, string Label, string? Definition = null)
{
    /// <summary>Returns the character and label, e.g. <c>0 Open</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Character} {Label}";
}
