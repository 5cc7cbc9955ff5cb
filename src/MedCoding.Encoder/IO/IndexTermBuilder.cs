namespace MedCoding.Encoder.IO;

/// <summary>
/// A term being read from a file written in pre-order with levels (CMS's CSV of the Table of Drugs): its fields and the
/// subterms read so far, made an <see cref="IndexTermNode"/> once the next term of its level or higher closes it.
/// </summary>
internal sealed class IndexTermBuilder
{
    public string Title { get; set; } = string.Empty;

    public string? Modifiers { get; set; }

    public int ModifiersPosition { get; set; }

    public string? Code { get; set; }

    public string? PcsCodes { get; set; }

    public string? Manifestation { get; set; }

    public string? Warning { get; set; }

    public CrossReference[]? References { get; set; }

    public string?[]? Cells { get; set; }

    public List<IndexTermNode> Subterms { get; } = [];

    /// <summary>Closes every open term of <paramref name="level"/> or deeper, innermost first, adding each to its parent or to the main terms.</summary>
    public static void Close(List<IndexTermBuilder> open, int level, List<IndexTermNode> mainTerms)
    {
        while (open.Count > level)
        {
            var last = open[^1];
            open.RemoveAt(open.Count - 1);
            var term = last.Build();
            if (open.Count == 0)
            {
                mainTerms.Add(term);
            }
            else
            {
                open[^1].Subterms.Add(term);
            }
        }
    }

    private IndexTermNode Build() => new(
        Title,
        Modifiers,
        Modifiers is null ? 0 : ModifiersPosition,
        Code,
        PcsCodes,
        Manifestation,
        Warning,
        References,
        Cells,
        Subterms.Count == 0 ? null : Subterms.ToArray());
}
