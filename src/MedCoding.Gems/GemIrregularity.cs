namespace MedCoding.Gems;

/// <summary>
/// Returns a departure from the GEM layout that the loader corrected rather than refused, so that it is
/// reported and never silently absorbed: e.g. line 73170 of <c>2018_I10gem.txt</c> writes the ICD-9-CM code
/// <c>v5889</c> in lower case.
/// </summary>
/// <param name="FilePath">The file.</param>
/// <param name="LineNumber">The 1-based line.</param>
/// <param name="Description">What was found and what the loader made of it.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record GemIrregularity(string FilePath, int LineNumber, string Description)
{
    /// <summary>Returns the file, line and description.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{FilePath}, line {LineNumber}: {Description}";
}
