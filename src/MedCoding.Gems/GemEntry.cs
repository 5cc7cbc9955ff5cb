namespace MedCoding.Gems;

/// <summary>
/// Returns one line of a GEM file: a source code, a target code (or no map) and the flags.
/// </summary>
/// <param name="Source">The source code without a dot, as the file writes it (<c>25000</c>).</param>
/// <param name="Target">The target code without a dot (<c>E119</c>), or <see langword="null"/> for a no-map entry (<c>NoDx</c> in the file).</param>
/// <param name="DisplayTarget">The target in its dotted form (<c>E11.9</c>, <c>250.00</c>), or <see langword="null"/> for a no-map entry.</param>
/// <param name="Flags">The flags.</param>
/// <param name="LineNumber">The 1-based line of the file.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record GemEntry(string Source, string? Target, string? DisplayTarget, GemFlags Flags, int LineNumber)
{
    /// <summary>Returns the entry as the file writes it, e.g. <c>25000 E119 10000</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Source} {Target ?? "NoDx"} {Flags}";
}
