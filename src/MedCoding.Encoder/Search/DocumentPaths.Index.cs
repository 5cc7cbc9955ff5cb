namespace MedCoding.Encoder;

internal static partial class DocumentPaths
{
    private static partial IReadOnlyList<string>? OfIndexTerm(object origin, string? heading)
    {
        if (origin is not IndexTerm term)
        {
            return null;
        }

        var path = term.Path;
        var count = path.Count + (heading is null ? 0 : 1);
        var titles = new string[count];
        for (var i = 0; i < path.Count; i++)
        {
            titles[i] = path[i].Title;
        }

        if (heading is not null)
        {
            titles[^1] = heading;
        }

        return titles;
    }
}
