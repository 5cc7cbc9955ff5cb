using MedCoding.CodeSets;

namespace MedCoding.Encoder;

/// <summary>Returns the path a result shows for a document: an index term's path (and a cell's column heading), or a title.</summary>
internal static partial class DocumentPaths
{
    /// <summary>Returns the path of a document's origin.</summary>
    /// <param name="origin">A Tabular entry, an index term, or (tests) the path itself as a string array.</param>
    /// <param name="heading">A table cell's column heading, or <see langword="null"/>.</param>
    /// <returns>The path, main term first.</returns>
    public static IReadOnlyList<string> Of(object origin, string? heading)
    {
        switch (origin)
        {
            case CodeEntry entry:
                return [entry.Title];
            case string[] parts:
                return heading is null ? parts : [.. parts, heading];
            default:
                return OfIndexTerm(origin, heading) ?? [origin.ToString() ?? string.Empty];
        }
    }

    private static partial IReadOnlyList<string>? OfIndexTerm(object origin, string? heading);
}
