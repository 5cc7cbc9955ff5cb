using MedCoding.CodeSets;

namespace MedCoding.Encoder;

/// <summary>Returns the path a result shows for a document given one by one: a title, or (tests) the path itself.</summary>
internal static class DocumentPaths
{
    /// <summary>Returns the path of a document's origin.</summary>
    /// <param name="origin">A Tabular entry, the path itself as a string array, or anything else (its text).</param>
    /// <param name="heading">A table cell's column heading, or <see langword="null"/>.</param>
    /// <returns>The path, main term first.</returns>
    public static IReadOnlyList<string> Of(object origin, string? heading) => origin switch
    {
        CodeEntry entry => [entry.Title],
        string[] parts => heading is null ? parts : [.. parts, heading],
        _ => [origin.ToString() ?? string.Empty],
    };
}
