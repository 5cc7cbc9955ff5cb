namespace MedCoding.Encoder;

internal static partial class DocumentPaths
{
    private static partial IReadOnlyList<string>? OfIndexTerm(object origin, string? heading)
    {
        if (origin is not IndexTerm term)
        {
            return null;
        }

        // A PCS Index line may have no title of its own (Abdominoplasty, then "see Alteration, Abdominal Wall"): left out.
        var path = term.Path;
        var titles = new List<string>(path.Count + 1);
        foreach (var step in path)
        {
            if (step.Title.Length > 0)
            {
                titles.Add(step.Title);
            }
        }

        if (heading is not null)
        {
            titles.Add(heading);
        }

        return titles;
    }
}
